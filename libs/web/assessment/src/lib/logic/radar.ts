import type { DimensionScore } from '@xinzhi/shared-contracts';

/** One polygon of the radar: a name and, per dimension, the share of its points reached in percent. */
export interface RadarSeries {
  readonly name: string;
  readonly values: readonly number[];
}

/** Percent of each dimension's points, in the framework's order (0 for a dimension without a score). */
export function radarValues(dimensionIds: readonly string[], scores: readonly DimensionScore[]): number[] {
  const byId = new Map(scores.map((s) => [s.dimensionId, s]));
  return dimensionIds.map((id) => {
    const score = byId.get(id);
    return score ? Math.round(score.share * 1000) / 10 : 0;
  });
}

const COLORS = ['#1677ff', '#fa8c16'];

/** The ECharts option of the radar: one axis per dimension scaled 0–100 %, one polygon per series. */
export function radarOption(indicators: readonly string[], series: readonly RadarSeries[]) {
  return {
    animation: false,
    color: COLORS,
    tooltip: { trigger: 'item' as const },
    legend: series.length > 1 ? { bottom: 0, data: series.map((s) => s.name) } : undefined,
    radar: {
      indicator: indicators.map((name) => ({ name, max: 100 })),
      radius: '62%',
      axisName: { color: 'rgba(0,0,0,0.75)' },
    },
    series: [
      {
        type: 'radar' as const,
        areaStyle: { opacity: 0.15 },
        data: series.map((s) => ({ name: s.name, value: [...s.values] })),
      },
    ],
  };
}
