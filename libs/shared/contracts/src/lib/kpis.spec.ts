import { kpiAttainment } from './kpis';

describe('KPI attainment', () => {
  const up = { baseline: 35, target: 80, direction: 'higher_is_better' as const };
  const down = { baseline: 12, target: 6, direction: 'lower_is_better' as const };

  it('measures the way from baseline to target', () => {
    expect(kpiAttainment(up, 57.5)).toBeCloseTo(0.5, 10);
    expect(kpiAttainment(down, 9)).toBeCloseTo(0.5, 10);
  });
  it('stands at the baseline without readings and is capped at 0 and 1', () => {
    expect(kpiAttainment(up, null)).toBe(0);
    expect(kpiAttainment(up, 95)).toBe(1);
    expect(kpiAttainment(up, 20)).toBe(0);
    expect(kpiAttainment(down, 4)).toBe(1);
    expect(kpiAttainment(down, 14)).toBe(0);
  });
  it('is 1 once a target equal to the baseline is reached, else 0', () => {
    expect(kpiAttainment({ baseline: 5, target: 5, direction: 'higher_is_better' }, 5)).toBe(1);
    expect(kpiAttainment({ baseline: 5, target: 5, direction: 'higher_is_better' }, 4)).toBe(0);
    expect(kpiAttainment({ baseline: 5, target: 5, direction: 'lower_is_better' }, 4)).toBe(1);
    expect(kpiAttainment({ baseline: 5, target: 5, direction: 'lower_is_better' }, 6)).toBe(0);
  });
});
