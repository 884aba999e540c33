/**
 * Exact arithmetic for points. Fractions and points in a framework are decimals (0.7, 1.875, 0.07 …),
 * which binary floating point cannot add exactly (0.7 × 14 + 0.9 ≠ 10). Scoring therefore counts in
 * integer millionths of a point ("micro-points"), sums integers, and rounds to two decimals only for
 * what it reports.
 */

/** Micro-points per point. Every MIIT value (1.875, 0.7, 1.25 …) is a whole number of them. */
export const MICRO = 1_000_000;

/** A point value (or a product of two decimals) in micro-points. */
export function toMicro(points: number): number {
  return Math.round(points * MICRO);
}

/** Micro-points as points rounded to two decimals (half away from zero). */
export function microToPoints(micro: number): number {
  const hundredths = Math.round(Math.abs(micro) / (MICRO / 100));
  return (Math.sign(micro) * hundredths) / 100 || 0;
}

/** Any number rounded to `decimals` places, half away from zero, without the 1.005 × 100 trap. */
export function round(value: number, decimals = 2): number {
  const micro = Math.round(value * MICRO);
  const unit = MICRO / 10 ** decimals;
  return (Math.sign(micro) * Math.round(Math.abs(micro) / unit)) / 10 ** decimals || 0;
}
