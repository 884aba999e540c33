import { z } from 'zod';
import { HEALTH_STATES } from './projects';
import { CalendarDateSchema, UuidSchema } from './schema';

/**
 * One project's numbers at the end of one day (GET /api/projects/:id/snapshots). Written by the
 * worker: each night for the day that ended, and once backfilled from task and reading history.
 */
export const ProgressSnapshotSchema = z.strictObject({
  /** The day the numbers describe (state at its end). */
  day: CalendarDateSchema,
  /** Task progress P, a fraction. */
  progress: z.number(),
  /** Planned progress PV / Σ weight, a fraction: where the plan says P should be. */
  planned: z.number(),
  kpiAttainment: z.number().nullable(),
  transformationIndex: z.number(),
  spi: z.number(),
  health: z.enum(HEALTH_STATES),
});
export type ProgressSnapshot = z.infer<typeof ProgressSnapshotSchema>;

export const SnapshotSeriesSchema = z.strictObject({
  projectId: UuidSchema,
  /** Oldest first, at most one per day, up to `days` back from yesterday. */
  items: z.array(ProgressSnapshotSchema),
});
export type SnapshotSeries = z.infer<typeof SnapshotSeriesSchema>;

/** How many days back a series reaches unless asked, and at most. */
export const SNAPSHOT_DAYS_DEFAULT = 90;
export const SNAPSHOT_MAX_DAYS = 366;

/** Query of GET /api/projects/:id/snapshots. */
export const SnapshotQuerySchema = z.strictObject({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(SNAPSHOT_MAX_DAYS)
    .optional()
    .describe(`how many days back; ${SNAPSHOT_DAYS_DEFAULT} unless given`),
});
export type SnapshotQuery = z.infer<typeof SnapshotQuerySchema>;
