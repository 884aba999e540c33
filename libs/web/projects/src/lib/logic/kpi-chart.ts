import type { Health } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** A value at a position of a line chart. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

/** Health thresholds of the schedule performance index (the same as the worker's, docs/domain.md). */
export const SPI_ON_TRACK = 0.95;
export const SPI_AT_RISK = 0.8;

/** The vertical range to draw: the values, plus any reference lines, with a little room when flat. */
export function valueRange(values: readonly number[], extra: readonly number[] = []): { min: number; max: number } {
  const all = [...values, ...extra].filter((v) => Number.isFinite(v));
  if (!all.length) return { min: 0, max: 1 };
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  return { min, max };
}

/**
 * Points of a line through `values` (oldest first) in a `width` × `height` box with `padding` on each
 * side; higher values are drawn higher (smaller y). A single value is drawn as a flat line.
 */
export function linePoints(
  values: readonly number[],
  width: number,
  height: number,
  padding = 2,
  range: { min: number; max: number } = valueRange(values),
): ChartPoint[] {
  if (!values.length) return [];
  const innerW = Math.max(0, width - 2 * padding);
  const innerH = Math.max(0, height - 2 * padding);
  const span = range.max - range.min || 1;
  const y = (value: number) => round(padding + innerH - ((value - range.min) / span) * innerH);
  if (values.length === 1) {
    const only = y(values[0] as number);
    return [
      { x: round(padding), y: only },
      { x: round(padding + innerW), y: only },
    ];
  }
  const step = innerW / (values.length - 1);
  return values.map((value, index) => ({ x: round(padding + index * step), y: y(value) }));
}

/** The y of one value in the same box (for baseline and target lines). */
export function valueY(value: number, height: number, padding: number, range: { min: number; max: number }): number {
  const innerH = Math.max(0, height - 2 * padding);
  const span = range.max - range.min || 1;
  return round(padding + innerH - ((value - range.min) / span) * innerH);
}

/** The `points` attribute of an SVG polyline. */
export function polyline(points: readonly ChartPoint[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/** Sparkline `points` for a card: empty when there are no readings. */
export function sparkline(values: readonly number[], width = 120, height = 32): string {
  return polyline(linePoints(values, width, height, 2));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Health the API would give this SPI (null when it is unknown). */
export function healthOf(spi: number | null | undefined): Health | null {
  if (spi === null || spi === undefined || Number.isNaN(spi)) return null;
  if (spi >= SPI_ON_TRACK) return 'on_track';
  if (spi >= SPI_AT_RISK) return 'at_risk';
  return 'late';
}

/** One sentence of the health explanation, with its parameters. */
export interface HealthLine {
  readonly key: TranslationKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * What the health badge's popover says: what SPI is, its value and the verdict, and the thresholds.
 */
export function healthExplanation(health: Health | null, spi: number | null): HealthLine[] {
  const lines: HealthLine[] = [{ key: 'dashboard.health.what' }];
  if (health === null || spi === null) {
    lines.push({ key: 'dashboard.health.unknown' });
  } else {
    lines.push({ key: `dashboard.health.now.${health}`, params: { spi: spi.toFixed(2) } });
  }
  lines.push({ key: 'dashboard.health.thresholds', params: { onTrack: SPI_ON_TRACK.toFixed(2), atRisk: SPI_AT_RISK.toFixed(2) } });
  return lines;
}
