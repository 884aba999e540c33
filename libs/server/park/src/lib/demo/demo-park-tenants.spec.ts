import { ENTERPRISE_SCALES, MANUFACTURING_TYPES } from '@xinzhi/shared-contracts';
import { creditCode, demoParkTenants } from './demo-park-tenants';

describe('the demo park’s generated enterprises', () => {
  const tenants = demoParkTenants();

  it('are the same on every run', () => {
    expect(demoParkTenants()).toEqual(tenants);
  });

  it('are about twenty, with unique names, keys and credit codes', () => {
    expect(tenants.length).toBe(20);
    for (const field of ['name', 'key', 'creditCode'] as const) expect(new Set(tenants.map((t) => t[field])).size).toBe(20);
    for (const t of tenants) expect(t.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
  });

  it('spread over sections, scales, regions, emerging and traditional, and every manufacturing type', () => {
    expect(new Set(tenants.map((t) => t.section)).size).toBeGreaterThanOrEqual(6);
    expect([...new Set(tenants.map((t) => t.scale))].sort()).toEqual([...ENTERPRISE_SCALES].sort());
    expect([...new Set(tenants.map((t) => t.manufacturingType))].sort()).toEqual([...MANUFACTURING_TYPES].sort());
    expect(new Set(tenants.map((t) => t.emerging))).toEqual(new Set([true, false]));
    expect(new Set(tenants.map((t) => t.region)).size).toBeGreaterThanOrEqual(3);
  });

  it('each have a project, pain points with severities 1–5, and an owner and a leader', () => {
    for (const t of tenants) {
      expect(t.painPoints.length).toBeGreaterThanOrEqual(1);
      for (const p of t.painPoints) expect(p.severity).toBeGreaterThanOrEqual(1);
      for (const p of t.painPoints) expect(p.severity).toBeLessThanOrEqual(5);
      expect(t.project.targetInDays).toBeGreaterThan(0);
      expect(t.people.map((p) => p.role)).toEqual(['owner', 'leader']);
    }
  });

  it('compute the GB 32100 check character', () => {
    // A published example code.
    expect(creditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
  });
});
