import type { BusinessArea, PainPointMatrix, PainPointMatrixCell } from '@xinzhi/shared-contracts';
import type { EChartsCoreOption } from 'echarts/core';

export interface MatrixGridRow {
  section: string;
  cells: (PainPointMatrixCell | null)[];
}

/** The matrix as a grid: one row per industry section, a cell (or null) per business area, in the matrix's order. */
export function matrixGrid(m: PainPointMatrix): MatrixGridRow[] {
  const byKey = new Map(m.cells.map((c) => [`${c.industrySection}|${c.businessArea}`, c]));
  return m.industrySections.map((section) => ({ section, cells: m.businessAreas.map((a) => byKey.get(`${section}|${a}`) ?? null) }));
}

/** The query that lists a cell's pain points on the park's pain-point page. */
export function drillQuery(cell: Pick<PainPointMatrixCell, 'industrySection' | 'businessArea'>): Record<string, string> {
  return { status: 'open', businessArea: cell.businessArea, industrySection: cell.industrySection };
}

/** Heatmap: business areas across, industry sections down, colour by count; unmet cells outlined in red. */
export function heatmapOption(
  m: PainPointMatrix,
  areaLabel: (a: BusinessArea) => string,
  sectionLabel: (s: string) => string,
  unmetLabel: string,
): EChartsCoreOption {
  const max = Math.max(1, ...m.cells.map((c) => c.count));
  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: m.businessAreas.map(areaLabel), splitArea: { show: true }, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'category', data: m.industrySections.map(sectionLabel), splitArea: { show: true } },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#fff7e6', '#fa541c'] },
    },
    series: [
      {
        type: 'heatmap',
        label: {
          show: true,
          formatter: (p: { data: { unmet: boolean; value: number[] } }) => `${p.data.value[2]}${p.data.unmet ? ' !' : ''}`,
        },
        tooltip: {
          formatter: (p: { data: { unmet: boolean; value: number[]; meanSeverity: number } }) =>
            `${areaLabel(m.businessAreas[p.data.value[0]])} · ${sectionLabel(m.industrySections[p.data.value[1]])}: ${p.data.value[2]} (${p.data.meanSeverity.toFixed(1)})${p.data.unmet ? ` — ${unmetLabel}` : ''}`,
        },
        data: m.cells.map((c) => ({
          value: [m.businessAreas.indexOf(c.businessArea), m.industrySections.indexOf(c.industrySection), c.count],
          unmet: c.unmet,
          meanSeverity: c.meanSeverity,
          industrySection: c.industrySection,
          businessArea: c.businessArea,
          itemStyle: c.unmet ? { borderColor: '#cf1322', borderWidth: 2 } : undefined,
        })),
      },
    ],
  };
}
