import type { ProgressSnapshot, ProjectOverview } from '@xinzhi/shared-contracts';
import type { EChartsCoreOption } from 'echarts/core';

/** How far back the project's trend chart goes, in days. */
export const TREND_DAYS = 90;

/** One day of the trend chart, in percent (0–100, one decimal). */
export interface TrendPoint {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  readonly progress: number;
  /** Where the plan says progress should be; null when it cannot be told (today, before any work is done). */
  readonly planned: number | null;
  readonly index: number;
  /** Null while the project has no KPIs. */
  readonly kpi: number | null;
  /** Today's point, from the live figures rather than a snapshot. */
  readonly live: boolean;
}

/** A fraction as percent with one decimal, clamped to 0–100. */
export function asPercent(fraction: number): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  return Math.round(clamped * 1000) / 10;
}

/**
 * Planned progress (PV / Σ weight) from the live figures: P = EV / Σ weight and SPI = EV / PV, so
 * PV / Σ weight = P / SPI. SPI is 1 while PV is 0, so no work and SPI 1 means a plan of 0; no work with
 * SPI 0 means some plan that cannot be told from these two numbers.
 */
export function plannedFromSpi(progress: number | null, spi: number | null): number | null {
  if (progress === null || spi === null || !Number.isFinite(spi) || spi <= 0) return null;
  if (progress === 0) return 0;
  return Math.min(1, progress / spi);
}

/**
 * The points of the trend chart: the daily snapshots (oldest first, each the state at the end of its
 * day) followed by today from the figures the dashboard shows now. A snapshot dated today or later
 * gives way to the live point; the live point is left out until the worker has computed the project.
 */
export function trendPoints(snapshots: readonly ProgressSnapshot[], live: ProjectOverview | null, today: string): TrendPoint[] {
  const byDay = new Map<string, ProgressSnapshot>();
  for (const snapshot of snapshots) byDay.set(snapshot.day, snapshot);
  const livePoint = live && live.progress !== null ? live : null;
  const points: TrendPoint[] = [...byDay.values()]
    .filter((snapshot) => !livePoint || snapshot.day < today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((snapshot) => ({
      day: snapshot.day,
      progress: asPercent(snapshot.progress),
      planned: asPercent(snapshot.planned),
      index: asPercent(snapshot.transformationIndex),
      kpi: snapshot.kpiAttainment === null ? null : asPercent(snapshot.kpiAttainment),
      live: false,
    }));
  if (livePoint && livePoint.progress !== null) {
    const planned = plannedFromSpi(livePoint.progress, livePoint.spi);
    points.push({
      day: today,
      progress: asPercent(livePoint.progress),
      planned: planned === null ? null : asPercent(planned),
      // The index is P alone while the project has no KPIs.
      index: asPercent(livePoint.transformationIndex ?? livePoint.progress),
      kpi: livePoint.kpiAttainment === null ? null : asPercent(livePoint.kpiAttainment),
      live: true,
    });
  }
  return points;
}

/** The names the chart shows, in the reader's language. */
export interface TrendLabels {
  readonly progress: string;
  readonly planned: string;
  readonly index: string;
  readonly kpi: string;
  readonly today: string;
}

export const TREND_COLORS = {
  progress: '#1677ff',
  planned: '#8c8c8c',
  index: '#722ed1',
  kpi: '#52c41a',
} as const;

/** `2026-03-05` → `03-05` (the axis has no room for years; the tooltip shows the whole date). */
export function shortDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day.slice(5) : day;
}

const percentText = (value: unknown): string => (typeof value === 'number' ? `${value}%` : '—');

/** Rows the legend is given room for below the chart (it wraps onto a second row on phones). */
const LEGEND_ROWS = 2;

/**
 * Which category labels the x axis shows: the first, about `slots` evenly spaced ones, and always the
 * last (today) — a spaced label too close to the last gives way to it.
 */
export function axisLabelShown(index: number, count: number, slots: number): boolean {
  if (count <= 0) return false;
  const last = count - 1;
  if (index === last || index === 0) return true;
  const step = Math.max(1, Math.ceil(count / Math.max(1, slots)));
  return index % step === 0 && last - index >= step / 2;
}

/**
 * ECharts option of the trend: task progress, planned progress (dashed), transformation index and —
 * when the project has KPIs — KPI attainment, on a 0–100 % axis, with tooltip and legend. The legend
 * is a plain one below the chart that wraps onto a second row, so every series name stays readable
 * on a phone. Today's live point is labelled "Today" on the axis and in the tooltip.
 * `compact` is for phones: a smaller legend and fewer axis labels.
 */
export function trendChartOption(points: readonly TrendPoint[], labels: TrendLabels, compact = false): EChartsCoreOption {
  const liveIndex = points.findIndex((point) => point.live);
  const days = points.map((point) => (point.live ? labels.today : point.day));
  const fontSize = compact ? 11 : 12;
  const itemHeight = compact ? 10 : 12;
  const itemGap = compact ? 8 : 10;
  // Room below the plot: the axis labels, then up to LEGEND_ROWS rows of legend.
  const legendHeight = LEGEND_ROWS * Math.max(itemHeight, fontSize + 4) + (LEGEND_ROWS - 1) * itemGap;
  const axisLabelHeight = compact ? 22 : 26;
  const showSymbol = points.length <= 31;
  const line = (name: string, color: string, data: Array<number | null>, dashed = false) => ({
    name,
    type: 'line',
    data,
    showSymbol,
    symbolSize: 5,
    connectNulls: false,
    itemStyle: { color },
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
    emphasis: { focus: 'series' },
  });
  const series = [
    line(
      labels.progress,
      TREND_COLORS.progress,
      points.map((point) => point.progress),
    ),
    line(
      labels.planned,
      TREND_COLORS.planned,
      points.map((point) => point.planned),
      true,
    ),
    line(
      labels.index,
      TREND_COLORS.index,
      points.map((point) => point.index),
    ),
  ];
  if (points.some((point) => point.kpi !== null)) {
    series.push(
      line(
        labels.kpi,
        TREND_COLORS.kpi,
        points.map((point) => point.kpi),
      ),
    );
  }
  return {
    animationDuration: 400,
    grid: { left: 8, right: compact ? 12 : 24, top: 16, bottom: legendHeight + axisLabelHeight + 4 },
    legend: {
      // Plain (not paged): it wraps within the chart's width instead of hiding names behind "1/3".
      type: 'plain',
      orient: 'horizontal',
      bottom: 0,
      left: compact ? 0 : 'center',
      ...(compact ? { right: 0 } : {}),
      itemWidth: compact ? 16 : 25,
      itemHeight,
      itemGap,
      padding: [0, 0, 0, 0],
      textStyle: { fontSize },
      data: series.map((item) => item.name),
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: percentText,
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: days,
      axisLabel: {
        fontSize: compact ? 10 : 12,
        // A few evenly spaced days and always the last one, so "Today" is never hidden by an overlap.
        interval: (index: number) => axisLabelShown(index, days.length, compact ? 4 : 8),
        formatter: (value: string, index: number) => (index === liveIndex ? labels.today : shortDay(value)),
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: compact ? 50 : 25,
      axisLabel: { formatter: '{value}%', fontSize: compact ? 10 : 12 },
    },
    series,
  };
}
