import type { ShowcaseKpi } from '@xinzhi/shared-contracts';

/** One line of the KPI trend chart: attainment as percent of target over reading dates. */
export interface TrendLine {
  readonly name: string;
  readonly points: ReadonlyArray<readonly [string, number]>;
}

/** KPIs with at least one reading, as percent-of-target lines (readings without an attainment are skipped). */
export function trendLines(kpis: readonly ShowcaseKpi[]): TrendLine[] {
  return kpis
    .map((k) => ({
      name: k.name,
      points: k.points
        .filter((p) => p.attainment != null)
        .map((p) => [p.takenOn, Math.round((p.attainment as number) * 1000) / 10] as const),
    }))
    .filter((line) => line.points.length > 0);
}

/** The ECharts option: a time axis, percent of target on the value axis, the 100 % target as a dashed mark. */
export function trendOption(lines: readonly TrendLine[], targetLabel: string): Record<string, unknown> {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 44, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: lines.map((line, i) => ({
      name: line.name,
      type: 'line',
      showSymbol: true,
      data: line.points.map(([day, value]) => [day, value]),
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dashed' },
              label: { formatter: targetLabel },
              data: [{ yAxis: 100 }],
            },
          }
        : {}),
    })),
  };
}
