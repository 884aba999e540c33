import { z } from 'zod';
import { TimestampSchema } from './schema';

/**
 * The platform operator's view of the job queues: GET /api/platform/queues and
 * POST /api/platform/queues/:queue/jobs/:id/retry.
 */

/** The BullMQ queues (the server's `QueueNames` are checked against this list). */
export const QUEUE_NAMES = ['system', 'progress', 'assessment', 'park', 'imports'] as const;
export type QueueNameValue = (typeof QUEUE_NAMES)[number];

/** Longest job or schedule id accepted in a path. */
export const JOB_ID_MAX = 200;
/**
 * A BullMQ job or schedule id: not a UUID but a key such as `probe-<uuid>`, `recompute-<uuid>`, a
 * counter, or `repeat:<scheduler>:<time>` for a job a schedule made.
 */
export const JobIdSchema = z
  .string()
  .min(1)
  .max(JOB_ID_MAX)
  .regex(/^[A-Za-z0-9_:-]+$/);

/** Job counts of one BullMQ queue. */
export const QueueCountsSchema = z.strictObject({
  waiting: z.number().int().min(0),
  active: z.number().int().min(0),
  delayed: z.number().int().min(0),
  prioritized: z.number().int().min(0),
  completed: z.number().int().min(0),
  failed: z.number().int().min(0),
});
export type QueueCounts = z.infer<typeof QueueCountsSchema>;

/** A repeating job: the daily snapshot, the morning overdue notices, the heartbeat. */
export const QueueScheduleSchema = z.strictObject({
  id: JobIdSchema,
  jobName: z.string(),
  /** Cron pattern or `every <ms>`. */
  pattern: z.string(),
  timeZone: z.string().nullable(),
  nextRunAt: TimestampSchema.nullable(),
});
export type QueueSchedule = z.infer<typeof QueueScheduleSchema>;

/** A failed job, kept (trimmed to the last 100 per queue) so an operator can see why and retry. */
export const FailedJobSchema = z.strictObject({
  id: JobIdSchema,
  name: z.string(),
  failedReason: z.string(),
  attemptsMade: z.number().int().min(0),
  failedAt: TimestampSchema.nullable(),
  /** The job's ids and days (tenant and project ids, a `day`; never personal data), by key. */
  data: z.record(z.string(), z.string().nullable()),
});
export type FailedJob = z.infer<typeof FailedJobSchema>;

export const QueueStatusSchema = z.strictObject({
  name: z.enum(QUEUE_NAMES),
  /** A paused queue takes no jobs until it is resumed. */
  paused: z.boolean(),
  counts: QueueCountsSchema,
  schedules: z.array(QueueScheduleSchema),
  failed: z.array(FailedJobSchema),
});
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

export const QueueOverviewSchema = z.strictObject({
  /** When this was read. */
  at: TimestampSchema,
  /** The worker's last heartbeat, as `/api/health` reports it. */
  workerHeartbeatAt: TimestampSchema.nullable(),
  queues: z.array(QueueStatusSchema),
});
export type QueueOverview = z.infer<typeof QueueOverviewSchema>;

/** `:queue` and `:id` of the retry route. */
export const QueueJobParamsSchema = z.strictObject({ queue: z.enum(QUEUE_NAMES), id: JobIdSchema });
export type QueueJobParams = z.infer<typeof QueueJobParamsSchema>;
