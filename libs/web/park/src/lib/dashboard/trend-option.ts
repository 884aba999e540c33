import type { ParkTrendPoint } from '@xinzhi/shared-contracts';

export interface TrendLabels {
  meanIndex: string;
  meanProgress: string;
  shareLate: string;
}

/** The ECharts option of the park's trend: mean index, mean progress and share late per day, as percents. */
export function trendOption(points: readonly ParkTrendPoint[], labels: TrendLabels) {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${v as number}%`) },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => p.day), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.meanIndex, type: 'line', showSymbol: points.length < 2, data: points.map((p) => pct(p.meanIndex)) },
      { name: labels.meanProgress, type: 'line', showSymbol: points.length < 2, data: points.map((p) => pct(p.meanProgress)) },
      { name: labels.shareLate, type: 'line', showSymbol: points.length < 2, data: points.map((p) => pct(p.shareLate)) },
    ],
  };
}
