import fc from 'fast-check';
import {
  ANALYSIS_MEASURES,
  CLASSIFICATION_DIMENSIONS,
  ENTERPRISE_SCALES,
  HEALTH_STATES,
  MANUFACTURING_TYPES,
} from '@xinzhi/shared-contracts';
import { AnalysisTenant, dimensionKeys, levelCounts, measureOf, pivot } from './pivot';

const tenant = (over: Partial<AnalysisTenant>): AnalysisTenant => ({
  id: '00000000-0000-4000-8000-000000000000',
  name: 'T',
  industrySection: 'C',
  scale: 'small',
  region: '苏州',
  emerging: false,
  manufacturingType: 'discrete',
  transformationIndex: null,
  maturityLevel: null,
  maturityPoints: null,
  health: null,
  openPainPoints: 0,
  ...over,
});

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const sample: AnalysisTenant[] = [
  tenant({
    id: uuid(1),
    name: '甲',
    industrySection: 'C',
    scale: 'small',
    transformationIndex: 0.4,
    maturityLevel: 2,
    maturityPoints: 2.4,
    health: 'late',
    openPainPoints: 3,
  }),
  tenant({
    id: uuid(2),
    name: '乙',
    industrySection: 'C',
    scale: 'small',
    transformationIndex: 0.6,
    maturityLevel: 3,
    maturityPoints: 3.1,
    health: 'on_track',
    openPainPoints: 1,
  }),
  tenant({ id: uuid(3), name: '丙', industrySection: 'C', scale: 'medium', transformationIndex: null, health: null, openPainPoints: 0 }),
  tenant({
    id: uuid(4),
    name: '丁',
    industrySection: 'I',
    scale: 'micro',
    emerging: true,
    manufacturingType: 'none',
    transformationIndex: 0.9,
    maturityLevel: 2,
    maturityPoints: 2.0,
    health: 'at_risk',
    openPainPoints: 2,
  }),
];

describe('the cross-analysis pivot', () => {
  it('counts tenants per cell, worked by hand', () => {
    const a = pivot(sample, 'industry', 'scale', 'tenantCount');
    expect(a.rowKeys).toEqual(['C', 'I']);
    expect(a.colKeys).toEqual(['micro', 'small', 'medium']); // the scale's own order, not the alphabet
    expect(a.cells.map((c) => [c.row, c.col, c.value])).toEqual([
      ['C', 'small', 2],
      ['C', 'medium', 1],
      ['I', 'micro', 1],
    ]);
    expect(a.cells[0].tenants.map((t) => t.id)).toEqual([uuid(1), uuid(2)]);
    expect(a.rowTotals.map((r) => [r.key, r.value])).toEqual([
      ['C', 3],
      ['I', 1],
    ]);
    expect(a.total.value).toBe(4);
  });

  it('means only over tenants with the number, null when none has it', () => {
    const a = pivot(sample, 'industry', 'scale', 'meanIndex');
    expect(a.cells.find((c) => c.row === 'C' && c.col === 'small')?.value).toBeCloseTo(0.5);
    expect(a.cells.find((c) => c.row === 'C' && c.col === 'medium')?.value).toBeNull();
    expect(a.total.value).toBeCloseTo((0.4 + 0.6 + 0.9) / 3);
  });

  it('shares late among tenants with an active project, sums pain points, distributes levels', () => {
    expect(measureOf(sample, 'shareLate').value).toBeCloseTo(1 / 3);
    expect(measureOf([sample[2]], 'shareLate').value).toBeNull();
    expect(measureOf(sample, 'painPoints').value).toBe(6);
    expect(measureOf(sample, 'meanMaturityPoints').value).toBeCloseTo((2.4 + 3.1 + 2.0) / 3);
    const levels = measureOf(sample, 'levelDistribution');
    expect(levels.value).toBe(3);
    expect(levels.levels).toEqual([
      { level: 2, count: 2 },
      { level: 3, count: 1 },
      { level: null, count: 1 },
    ]);
  });

  it('keys emerging and traditional by name, in that order', () => {
    expect(dimensionKeys(sample, 'emerging')).toEqual(['emerging', 'traditional']);
    expect(dimensionKeys(sample, 'manufacturingType')).toEqual(['discrete', 'none']);
  });

  const arbTenant = fc.record({
    id: fc.uuid(),
    name: fc.string({ maxLength: 4 }),
    industrySection: fc.constantFrom('A', 'C', 'F', 'I', 'M'),
    scale: fc.constantFrom(...ENTERPRISE_SCALES),
    region: fc.constantFrom('苏州', '无锡', '南京'),
    emerging: fc.boolean(),
    manufacturingType: fc.constantFrom(...MANUFACTURING_TYPES),
    transformationIndex: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    maturityLevel: fc.option(fc.integer({ min: 0, max: 5 })),
    maturityPoints: fc.option(fc.double({ min: 0, max: 5, noNaN: true })),
    health: fc.option(fc.constantFrom(...HEALTH_STATES)),
    openPainPoints: fc.nat(20),
  });
  const arbDims = fc
    .tuple(fc.constantFrom(...CLASSIFICATION_DIMENSIONS), fc.constantFrom(...CLASSIFICATION_DIMENSIONS))
    .filter(([r, c]) => r !== c);

  it('puts every tenant in exactly one cell: cell counts add up to the row, column and grand totals', () => {
    fc.assert(
      fc.property(
        fc.array(arbTenant, { maxLength: 60 }),
        arbDims,
        fc.constantFrom(...ANALYSIS_MEASURES),
        (tenants, [rows, cols], measure) => {
          const a = pivot(tenants, rows, cols, measure);
          const sum = (xs: { tenantCount: number }[]) => xs.reduce((s, x) => s + x.tenantCount, 0);
          expect(sum(a.cells)).toBe(tenants.length);
          expect(a.total.tenantCount).toBe(tenants.length);
          expect(sum(a.rowTotals)).toBe(tenants.length);
          expect(sum(a.colTotals)).toBe(tenants.length);
          for (const r of a.rowTotals) expect(sum(a.cells.filter((c) => c.row === r.key))).toBe(r.tenantCount);
          expect(a.cells.flatMap((c) => c.tenants.map((t) => t.id)).sort()).toEqual(tenants.map((t) => t.id).sort());
          for (const c of a.cells) expect(c.tenants.length).toBe(c.tenantCount);
        },
      ),
    );
  });

  it('sums pain points and level counts consistently with the total', () => {
    fc.assert(
      fc.property(fc.array(arbTenant, { maxLength: 60 }), arbDims, (tenants, [rows, cols]) => {
        const p = pivot(tenants, rows, cols, 'painPoints');
        expect(p.cells.reduce((s, c) => s + (c.value ?? 0), 0)).toBe(p.total.value);
        const l = levelCounts(tenants);
        expect(l.reduce((s, x) => s + x.count, 0)).toBe(tenants.length);
      }),
    );
  });
});
