import { z } from 'zod';
import { CalendarDateSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * KPIs of a transformation project and their dated readings.
 * Shapes of /api/projects/:id/kpis, /api/kpis/:id and /api/kpis/:id/readings.
 */

export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export const KPI_CATEGORIES = ['efficiency', 'quality', 'cost', 'green', 'digital_foundation'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];
export const READING_SOURCES = ['manual', 'import', 'api'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];
/** How often a KPI is expected to get a reading; without one in that interval it counts as stale for the park. */
export const READING_INTERVALS = ['weekly', 'monthly', 'quarterly'] as const;
export type ReadingInterval = (typeof READING_INTERVALS)[number];

/** Longest KPI name and unit; the API refuses longer ones and the KPI form stops at the same length. */
export const KPI_NAME_MAX = 200;
export const KPI_UNIT_MAX = 40;
/** Largest magnitude of a reading's value the API stores. */
export const KPI_VALUE_MAX = 999_999_999_999_999;

export const KpiSchema = z.strictObject({
  id: UuidSchema,
  projectId: UuidSchema,
  name: z.string(),
  unit: z.string(),
  direction: z.enum(KPI_DIRECTIONS),
  category: z.enum(KPI_CATEGORIES),
  baseline: z.number(),
  target: z.number(),
  targetDate: CalendarDateSchema.nullable(),
  /** How often a reading is expected (default monthly). */
  readingInterval: z.enum(READING_INTERVALS),
  ownerId: UuidSchema.nullable(),
  ownerName: z.string().nullable(),
  /** The team of the project the KPI belongs to: reaching the target proposes its members' awards besides the owner's. */
  teamId: UuidSchema.nullable(),
  teamName: z.string().nullable(),
  /** The newest reading, or null while there is none. */
  latest: z.strictObject({ takenOn: CalendarDateSchema, value: z.number() }).nullable(),
  /** clamp((latest − baseline) / (target − baseline), 0, 1), signs flipped for lower-is-better. */
  attainment: z.number().min(0).max(1),
  /** Provenance: the adopted solution whose template KPI this is, with its name; null for a KPI defined by hand. */
  origin: z
    .strictObject({ type: z.literal('solution'), adoptionId: UuidSchema, solutionId: UuidSchema, solutionName: z.string() })
    .nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Kpi = z.infer<typeof KpiSchema>;

export const CreateKpiRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(KPI_NAME_MAX),
  unit: z.string().trim().min(1).max(KPI_UNIT_MAX),
  direction: z.enum(KPI_DIRECTIONS),
  category: z.enum(KPI_CATEGORIES),
  baseline: z.number(),
  target: z.number(),
  targetDate: CalendarDateSchema.nullable().optional(),
  /** Default monthly. */
  readingInterval: z.enum(READING_INTERVALS).optional(),
  ownerId: UuidSchema.nullable().optional(),
  /** A team of the same project (400 otherwise); null or absent: the KPI belongs to its owner alone. */
  teamId: UuidSchema.nullable().optional(),
});
export type CreateKpiRequest = z.infer<typeof CreateKpiRequestSchema>;

export const UpdateKpiRequestSchema = CreateKpiRequestSchema.partial();
export type UpdateKpiRequest = z.infer<typeof UpdateKpiRequestSchema>;

export const KpiReadingSchema = z.strictObject({
  id: UuidSchema,
  kpiId: UuidSchema,
  takenOn: CalendarDateSchema,
  value: z.number(),
  source: z.enum(READING_SOURCES),
  recordedBy: UuidSchema.nullable(),
  recordedByName: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type KpiReading = z.infer<typeof KpiReadingSchema>;

/** A reading; `takenOn` must not be after today (the API checks that against its calendar). */
export const CreateReadingRequestSchema = z.strictObject({
  takenOn: CalendarDateSchema,
  value: z.number().min(-KPI_VALUE_MAX).max(KPI_VALUE_MAX),
  source: z.enum(READING_SOURCES).optional(),
});
export type CreateReadingRequest = z.infer<typeof CreateReadingRequestSchema>;

/**
 * A correction of a reading (`PATCH /api/kpi-readings/:id`): its date, its value or both, by whoever
 * may record the KPI's readings. The date must not be after today nor another reading's date (409).
 */
export const UpdateReadingRequestSchema = z.strictObject({
  takenOn: CalendarDateSchema.optional(),
  value: z.number().min(-KPI_VALUE_MAX).max(KPI_VALUE_MAX).optional(),
});
export type UpdateReadingRequest = z.infer<typeof UpdateReadingRequestSchema>;

export const KPI_READING_EVENT_ACTIONS = ['corrected', 'deleted'] as const;
export type KpiReadingEventAction = (typeof KPI_READING_EVENT_ACTIONS)[number];

/**
 * The history of a KPI's readings after they were recorded (`GET /api/kpis/:id/reading-events`,
 * oldest first): a correction with the date and value before and after, a deletion with what was removed.
 */
export const KpiReadingEventSchema = z.strictObject({
  id: UuidSchema,
  kpiId: UuidSchema,
  readingId: UuidSchema,
  action: z.enum(KPI_READING_EVENT_ACTIONS),
  before: z.strictObject({ takenOn: CalendarDateSchema, value: z.number() }),
  /** Null for a deletion. */
  after: z.strictObject({ takenOn: CalendarDateSchema, value: z.number() }).nullable(),
  actorId: UuidSchema.nullable(),
  actorName: z.string().nullable(),
  at: TimestampSchema,
});
export type KpiReadingEvent = z.infer<typeof KpiReadingEventSchema>;

/**
 * KPI attainment a: how far the newest value has come from the baseline towards the
 * target, clamped to [0, 1]. Without readings the baseline stands. When target equals baseline, 1
 * once the target is reached, else 0.
 */
export function kpiAttainment(kpi: { baseline: number; target: number; direction: KpiDirection }, latest: number | null): number {
  const value = latest ?? kpi.baseline;
  const sign = kpi.direction === 'lower_is_better' ? -1 : 1;
  if (kpi.target === kpi.baseline) return sign * (value - kpi.target) >= 0 ? 1 : 0;
  const a = (value - kpi.baseline) / (kpi.target - kpi.baseline);
  return Math.min(1, Math.max(0, a));
}
