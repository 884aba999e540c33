import type { BenchmarkCohort, BenchmarkMeasure } from '@xinzhi/shared-contracts';

/** The top of the scale a measure is drawn on: the index is 0–1, maturity points 0–100, levels 0–5 (wider if a value is). */
const SCALE: Record<BenchmarkMeasure, number> = { transformationIndex: 1, maturityPoints: 100, maturityLevel: 5 };

/** Positions (percent of the track's width) of a cohort's box and the tenant's own marker. */
export interface BoxGeometry {
  readonly box: { left: number; width: number } | null;
  readonly median: number | null;
  readonly own: number | null;
}

const clamp = (v: number) => Math.max(0, Math.min(100, v));

export function boxGeometry(measure: BenchmarkMeasure, own: number | null, cohort: BenchmarkCohort): BoxGeometry {
  const top = Math.max(SCALE[measure], own ?? 0, cohort.q3 ?? 0);
  const at = (v: number) => clamp((v / top) * 100);
  const box =
    cohort.enough && cohort.q1 != null && cohort.q3 != null
      ? { left: at(cohort.q1), width: Math.max(at(cohort.q3) - at(cohort.q1), 0.5) }
      : null;
  return { box, median: cohort.enough && cohort.median != null ? at(cohort.median) : null, own: own == null ? null : at(own) };
}

/** Where the tenant stands in a cohort it may be compared with. */
export function standing(own: number | null, cohort: BenchmarkCohort): 'top' | 'upper' | 'lower' | 'bottom' | null {
  if (own == null || !cohort.enough || cohort.q1 == null || cohort.median == null || cohort.q3 == null) return null;
  if (own >= cohort.q3) return 'top';
  if (own >= cohort.median) return 'upper';
  if (own >= cohort.q1) return 'lower';
  return 'bottom';
}
