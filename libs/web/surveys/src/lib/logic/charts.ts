import type { SurveyOptionCount, SurveyQuestionKind } from '@xinzhi/shared-contracts';

const COLORS = [
  '#1677ff',
  '#52c41a',
  '#fa8c16',
  '#eb2f96',
  '#722ed1',
  '#13c2c2',
  '#faad14',
  '#2f54eb',
  '#a0d911',
  '#f5222d',
  '#8c8c8c',
  '#597ef7',
];

/** A label with its count and percent, as the chart's tooltip and labels show it. */
export const countLabel = (c: SurveyOptionCount) => `${c.count} (${c.percent}%)`;

/**
 * The ECharts option of one question: a pie for a single choice (its shares add up to 100 %), a
 * horizontal bar per option for a multiple choice (shares of those that answered; they may add up to
 * more) and a bar per point 1–5 for a scale. Each label carries the count and the percent.
 */
export function questionChartOption(kind: SurveyQuestionKind, counts: readonly SurveyOptionCount[]) {
  if (kind === 'single') {
    return {
      animation: false,
      color: COLORS,
      tooltip: { trigger: 'item' as const, formatter: '{b}: {c} ({d}%)' },
      series: [
        {
          type: 'pie' as const,
          radius: ['0%', '62%'],
          label: {
            formatter: (p: { name: string; data: { count: number; percent: number } }) => `${p.name}\n${p.data.count} (${p.data.percent}%)`,
          },
          data: counts.map((c) => ({ name: c.label, value: c.count, count: c.count, percent: c.percent })),
        },
      ],
    };
  }
  const horizontal = kind === 'multiple';
  const category = {
    type: 'category' as const,
    data: counts.map((c) => c.label),
    axisLabel: { width: 120, overflow: 'truncate' as const },
  };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    animation: false,
    color: COLORS,
    tooltip: { trigger: 'axis' as const },
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 36,
        label: {
          show: true,
          position: horizontal ? ('right' as const) : ('top' as const),
          formatter: (p: { data: { count: number; percent: number } }) => `${p.data.count} (${p.data.percent}%)`,
        },
        data: counts.map((c) => ({ value: c.count, count: c.count, percent: c.percent })),
      },
    ],
  };
}
