import type { Analysis } from '@xinzhi/shared-contracts';
import { chartNumber, formatValue, keyLabel, pivotBarOption, pivotGrid } from './pivot-view';

const t = (key: string, params?: Readonly<Record<string, string | number>>) => (params ? `${key}:${JSON.stringify(params)}` : key);

const analysis: Analysis = {
  rows: 'industry',
  cols: 'scale',
  measure: 'meanIndex',
  rowKeys: ['C', 'I'],
  colKeys: ['micro', 'small'],
  cells: [
    { row: 'C', col: 'small', tenantCount: 2, value: 0.5, levels: null, tenants: [] },
    { row: 'I', col: 'micro', tenantCount: 1, value: null, levels: null, tenants: [] },
  ],
  rowTotals: [
    { key: 'C', tenantCount: 2, value: 0.5, levels: null },
    { key: 'I', tenantCount: 1, value: null, levels: null },
  ],
  colTotals: [
    { key: 'micro', tenantCount: 1, value: null, levels: null },
    { key: 'small', tenantCount: 2, value: 0.5, levels: null },
  ],
  total: { tenantCount: 3, value: 0.5, levels: null },
};

describe('the pivot view', () => {
  it('lays the cells out as a grid with gaps where no tenant is', () => {
    const grid = pivotGrid(analysis);
    expect(grid.map((r) => r.cells.map((c) => c?.tenantCount ?? null))).toEqual([
      [null, 2],
      [1, null],
    ]);
  });

  it('formats the index as percent, missing means as a dash, levels as a list', () => {
    expect(formatValue({ tenantCount: 2, value: 0.5, levels: null }, 'meanIndex', 'en-US', t)).toBe('50%');
    expect(formatValue({ tenantCount: 2, value: null, levels: null }, 'meanIndex', 'en-US', t)).toBe('analysis.noValue');
    expect(formatValue({ tenantCount: 3, value: 3, levels: null }, 'tenantCount', 'zh-CN', t)).toBe('3');
    expect(
      formatValue(
        {
          tenantCount: 3,
          value: 2,
          levels: [
            { level: 2, count: 2 },
            { level: null, count: 1 },
          ],
        },
        'levelDistribution',
        'en-US',
        t,
      ),
    ).toBe('analysis.level:{"level":2} ×2 · analysis.levelNone ×1');
  });

  it('names the keys of each dimension', () => {
    expect(keyLabel('industry', 'C', 'zh-CN', t)).toBe('C 制造业');
    expect(keyLabel('emerging', 'traditional', 'en-US', t)).toBe('analysis.key.traditional');
    expect(keyLabel('region', '苏州', 'en-US', t)).toBe('苏州');
  });

  it('draws one bar series per column, each bar carrying its row and column', () => {
    const option = pivotBarOption(analysis, (_, k) => k, 'Mean index') as {
      series: { name: string; data: { value: number | null; row: string; col: string }[] }[];
    };
    expect(option.series.map((s) => s.name)).toEqual(['micro', 'small']);
    expect(option.series[1].data).toEqual([
      { value: 50, row: 'C', col: 'small' },
      { value: null, row: 'I', col: 'small' },
    ]);
    expect(chartNumber({ tenantCount: 1, value: 2.345, levels: null }, 'meanMaturityPoints')).toBe(2.35);
  });
});
