import { z } from 'zod';
import { KPI_CATEGORIES, KPI_DIRECTIONS } from './kpis';
import { PROJECT_PHASES, PROJECT_STATUSES } from './projects';
import { CalendarDateSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Showcases (样板间) and the tenant's peer benchmark.
 *
 * A showcase is a tenant owner's revocable consent to show one project to the other tenants of the
 * same park. What crosses the tenant boundary is exactly what `ShowcasePageSchema` lists: the
 * tenant's name and industry, the project's name, goal, phase, progress and index, the names of the
 * adopted solutions, KPI attainment over time (values, units, baselines and targets only when the
 * owner ticked `showAbsolute`) and the first and latest scored maturity. Never tasks, people,
 * comments, awards or training.
 *
 * Routes: GET/PUT/DELETE /api/showcase (the owner writes, leaders read), GET /api/showcases and
 * GET /api/showcases/:id (any member), GET /api/park/showcases, GET /api/park/showcases/:id and
 * PATCH /api/park/showcases/:id (the park administrator's benchmark mark), GET /api/benchmarks.
 */

// ---------------------------------------------------------------------------------------------
// The owner's consent

export const ShowcaseConsentSchema = z.strictObject({
  id: UuidSchema,
  projectId: UuidSchema,
  projectName: z.string(),
  showAbsolute: z.boolean(),
  consentedAt: TimestampSchema,
  benchmark: z.boolean(),
  benchmarkAt: TimestampSchema.nullable(),
});
export type ShowcaseConsent = z.infer<typeof ShowcaseConsentSchema>;

/** GET /api/showcase: the tenant's active consent, or null when it shows nothing. */
export const ShowcaseSettingsSchema = z.strictObject({ active: ShowcaseConsentSchema.nullable() });
export type ShowcaseSettings = z.infer<typeof ShowcaseSettingsSchema>;

/** PUT /api/showcase: the project to show (null revokes) and whether absolute KPI values are shown. */
export const PutShowcaseRequestSchema = z.strictObject({
  projectId: UuidSchema.nullable(),
  showAbsolute: z.boolean().default(false),
});
export type PutShowcaseRequest = z.input<typeof PutShowcaseRequestSchema>;

// ---------------------------------------------------------------------------------------------
// What others see

export const ShowcaseCardSchema = z.strictObject({
  id: UuidSchema,
  tenantName: z.string(),
  industrySection: z.string(),
  industryDivision: z.string(),
  projectName: z.string(),
  goal: z.string(),
  phase: z.enum(PROJECT_PHASES),
  /** 0–1; null before the first recompute. */
  progress: z.number().nullable(),
  transformationIndex: z.number().nullable(),
  benchmark: z.boolean(),
  benchmarkAt: TimestampSchema.nullable(),
  consentedAt: TimestampSchema,
  /** The acting tenant's own showcase. */
  own: z.boolean(),
});
export type ShowcaseCard = z.infer<typeof ShowcaseCardSchema>;
export const ShowcaseListSchema = z.array(ShowcaseCardSchema);

/** One reading of a showcased KPI: attainment toward the target (0–1, may exceed 1); `value` only with consent. */
export const ShowcaseKpiPointSchema = z.strictObject({
  takenOn: CalendarDateSchema,
  attainment: z.number().nullable(),
  value: z.number().optional(),
});

export const ShowcaseKpiSchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  category: z.enum(KPI_CATEGORIES),
  direction: z.enum(KPI_DIRECTIONS),
  /** Only when the owner ticked absolute values. */
  unit: z.string().optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  points: z.array(ShowcaseKpiPointSchema),
});
export type ShowcaseKpi = z.infer<typeof ShowcaseKpiSchema>;

export const ShowcaseMaturitySchema = z.strictObject({
  level: z.number().int().nullable(),
  points: z.number().nullable(),
  assessedOn: CalendarDateSchema.nullable(),
});
export type ShowcaseMaturity = z.infer<typeof ShowcaseMaturitySchema>;

export const ShowcasePageSchema = z.strictObject({
  ...ShowcaseCardSchema.shape,
  status: z.enum(PROJECT_STATUSES),
  startDate: CalendarDateSchema,
  targetDate: CalendarDateSchema,
  kpiAttainment: z.number().nullable(),
  showAbsolute: z.boolean(),
  /** Names of the catalog solutions adopted into the project. */
  solutions: z.array(z.string()),
  kpis: z.array(ShowcaseKpiSchema),
  /** The tenant's first and latest scored assessment (the same one when it has one). */
  maturityBefore: ShowcaseMaturitySchema.nullable(),
  maturityAfter: ShowcaseMaturitySchema.nullable(),
});
export type ShowcasePage = z.infer<typeof ShowcasePageSchema>;

/** PATCH /api/park/showcases/:id */
export const MarkShowcaseRequestSchema = z.strictObject({ benchmark: z.boolean() });
export type MarkShowcaseRequest = z.infer<typeof MarkShowcaseRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Peer benchmark

/** A cohort is compared only when it has at least this many tenants with the number besides the acting one. */
export const BENCHMARK_MIN_PEERS = 5;

export const BENCHMARK_MEASURES = ['transformationIndex', 'maturityPoints', 'maturityLevel'] as const;
export type BenchmarkMeasure = (typeof BENCHMARK_MEASURES)[number];

/**
 * One cohort's figures for one measure. `enough` false: "too few peers to compare" — then no
 * number at all (not even how many peers there are).
 */
export const BenchmarkCohortSchema = z.strictObject({
  enough: z.boolean(),
  /** Tenants other than the acting one with the number; null when not enough. */
  peers: z.number().int().nullable(),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
});
export type BenchmarkCohort = z.infer<typeof BenchmarkCohortSchema>;

export const BenchmarkRowSchema = z.strictObject({
  measure: z.enum(BENCHMARK_MEASURES),
  /** The acting tenant's own value; null when it has none yet. */
  own: z.number().nullable(),
  section: BenchmarkCohortSchema,
  park: BenchmarkCohortSchema,
});
export type BenchmarkRow = z.infer<typeof BenchmarkRowSchema>;

export const BenchmarkSchema = z.strictObject({
  industrySection: z.string(),
  rows: z.array(BenchmarkRowSchema),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/** Whether a cohort with this many other tenants may be shown. */
export function enoughPeers(otherTenants: number): boolean {
  return otherTenants >= BENCHMARK_MIN_PEERS;
}

/**
 * Quartiles by linear interpolation between order statistics (Hyndman–Fan type 7, PostgreSQL's
 * `percentile_cont`, Excel's QUARTILE.INC): sort ascending, the p-quantile sits at position
 * h = (n − 1)·p (0-based) and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Null for no values.
 */
export function quartiles(values: readonly number[]): { q1: number; median: number; q3: number } | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const at = (p: number): number => {
    const h = (xs.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, xs.length - 1);
    return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}
