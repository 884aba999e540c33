import fc from 'fast-check';
import { BUSINESS_AREAS } from '@xinzhi/shared-contracts';
import { MatrixTenant, painPointMatrix, unmetAreas } from './matrix';

describe('the pain-point matrix', () => {
  const tenants: MatrixTenant[] = [
    { industrySection: 'C', painPointsByArea: { production: { count: 2, severitySum: 7 }, finance: { count: 1, severitySum: 2 } } },
    { industrySection: 'C', painPointsByArea: { production: { count: 1, severitySum: 5 } } },
    { industrySection: 'I', painPointsByArea: { sales_marketing: { count: 1, severitySum: 3 } } },
    { industrySection: 'F', painPointsByArea: {} },
  ];

  it('adds counts and severities per industry section × business area, worked by hand', () => {
    const m = painPointMatrix(tenants, ['finance']);
    expect(m.industrySections).toEqual(['C', 'I']);
    expect(m.cells).toEqual([
      { industrySection: 'C', businessArea: 'production', count: 3, meanSeverity: 4, unmet: false },
      { industrySection: 'C', businessArea: 'finance', count: 1, meanSeverity: 2, unmet: true },
      { industrySection: 'I', businessArea: 'sales_marketing', count: 1, meanSeverity: 3, unmet: false },
    ]);
    expect(m.total).toBe(5);
    expect(m.unmetAreas).toEqual(['finance']);
  });

  it('marks as unmet the areas no published solution covers', () => {
    expect(unmetAreas([['production', 'finance'], ['hr']])).toEqual(
      BUSINESS_AREAS.filter((a) => !['production', 'finance', 'hr'].includes(a)),
    );
    expect(unmetAreas([])).toEqual([...BUSINESS_AREAS]);
  });

  it('keeps every open pain point: the cells add up to the tenants’ counts', () => {
    const arbArea = fc.record({ count: fc.integer({ min: 1, max: 9 }), severity: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ industrySection: fc.constantFrom('A', 'C', 'I'), areas: fc.dictionary(fc.constantFrom(...BUSINESS_AREAS), arbArea) }),
        ),
        (raw) => {
          const ts: MatrixTenant[] = raw.map((r) => ({
            industrySection: r.industrySection,
            painPointsByArea: Object.fromEntries(
              Object.entries(r.areas).map(([a, v]) => [a, { count: v.count, severitySum: v.count * v.severity }]),
            ),
          }));
          const m = painPointMatrix(ts, []);
          const expected = raw.reduce((s, r) => s + Object.values(r.areas).reduce((x, v) => x + v.count, 0), 0);
          expect(m.total).toBe(expected);
          for (const c of m.cells) expect(c.meanSeverity).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
