import type { PainPointMatrix } from '@xinzhi/shared-contracts';
import { drillQuery, heatmapOption, matrixGrid } from './matrix-view';

const matrix: PainPointMatrix = {
  industrySections: ['C', 'I'],
  businessAreas: ['production', 'finance'] as PainPointMatrix['businessAreas'],
  unmetAreas: ['finance'],
  cells: [
    { industrySection: 'C', businessArea: 'production', count: 3, meanSeverity: 4, unmet: false },
    { industrySection: 'I', businessArea: 'finance', count: 1, meanSeverity: 2, unmet: true },
  ],
  total: 4,
};

describe('the pain-point matrix view', () => {
  it('lays out a grid of sections × areas', () => {
    expect(matrixGrid(matrix).map((r) => r.cells.map((c) => c?.count ?? 0))).toEqual([
      [3, 0],
      [0, 1],
    ]);
  });

  it('drills to the open pain points of the cell’s area and industry', () => {
    expect(drillQuery(matrix.cells[0])).toEqual({ status: 'open', businessArea: 'production', industrySection: 'C' });
  });

  it('colours by count and outlines unmet cells', () => {
    const option = heatmapOption(
      matrix,
      (a) => a,
      (s) => s,
      'unmet',
    ) as {
      series: { data: { value: number[]; itemStyle?: object; industrySection: string }[] }[];
      visualMap: { max: number };
    };
    expect(option.visualMap.max).toBe(3);
    expect(option.series[0].data.map((d) => d.value)).toEqual([
      [0, 0, 3],
      [1, 1, 1],
    ]);
    expect(option.series[0].data[1].itemStyle).toEqual({ borderColor: '#cf1322', borderWidth: 2 });
    expect(option.series[0].data[0].itemStyle).toBeUndefined();
  });
});
