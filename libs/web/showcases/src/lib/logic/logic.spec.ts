import type { BenchmarkCohort } from '@xinzhi/shared-contracts';
import { boxGeometry, standing } from './benchmark';
import { decimal, percent } from './format';
import { trendLines, trendOption } from './trend';

const cohort = (q1: number, median: number, q3: number): BenchmarkCohort => ({ enough: true, peers: 5, q1, median, q3 });
const hidden: BenchmarkCohort = { enough: false, peers: null, q1: null, median: null, q3: null };

describe('showcase formatting', () => {
  it('writes shares as whole percents and unknowns as a dash', () => {
    expect(percent(0.3725)).toBe('37%');
    expect(percent(null)).toBe('—');
    expect(decimal(61.26)).toBe('61.3');
  });
});

describe('KPI trend lines', () => {
  it('turns attainment into percent of target and leaves out KPIs without readings', () => {
    const lines = trendLines([
      {
        id: 'k1',
        name: 'OEE',
        category: 'efficiency',
        direction: 'higher_is_better',
        points: [
          { takenOn: '2026-03-01', attainment: 0.3725 },
          { takenOn: '2026-04-01', attainment: null },
        ],
      },
      { id: 'k2', name: 'Scrap', category: 'quality', direction: 'lower_is_better', points: [] },
    ]);
    expect(lines).toEqual([{ name: 'OEE', points: [['2026-03-01', 37.3]] }]);
    const option = trendOption(lines, 'Target') as { series: Array<{ data: unknown; markLine?: unknown }> };
    expect(option.series[0].data).toEqual([['2026-03-01', 37.3]]);
    expect(option.series[0].markLine).toBeTruthy();
  });
});

describe('benchmark box', () => {
  it('places the quartile box, the median and the own marker on the measure’s scale', () => {
    expect(boxGeometry('transformationIndex', 0.5, cohort(0.25, 0.4, 0.75))).toEqual({ box: { left: 25, width: 50 }, median: 40, own: 50 });
  });

  it('draws no box for a hidden cohort but still the own value', () => {
    expect(boxGeometry('maturityPoints', 50, hidden)).toEqual({ box: null, median: null, own: 50 });
  });

  it('says where the tenant stands', () => {
    expect(standing(0.8, cohort(0.2, 0.4, 0.6))).toBe('top');
    expect(standing(0.5, cohort(0.2, 0.4, 0.6))).toBe('upper');
    expect(standing(0.3, cohort(0.2, 0.4, 0.6))).toBe('lower');
    expect(standing(0.1, cohort(0.2, 0.4, 0.6))).toBe('bottom');
    expect(standing(0.1, hidden)).toBeNull();
  });
});
