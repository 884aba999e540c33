import { z } from 'zod';
import { TimestampSchema } from './schema';

/** Status of one dependency as reported by `GET /api/health`. */
export const DEPENDENCY_STATES = ['up', 'down'] as const;
export type DependencyState = (typeof DEPENDENCY_STATES)[number];

export const DependencyHealthSchema = z.strictObject({
  status: z.enum(DEPENDENCY_STATES),
  /** Round-trip time of the probe in milliseconds, when it answered. */
  latencyMs: z.number().min(0).optional(),
  /** Human-readable reason when the dependency is down. */
  error: z.string().optional(),
});
export type DependencyHealth = z.infer<typeof DependencyHealthSchema>;

export const WorkerHealthSchema = z.strictObject({
  status: z.enum(DEPENDENCY_STATES),
  /** When the worker's heartbeat job last ran (ISO 8601 UTC), or null if it never ran. */
  lastHeartbeatAt: TimestampSchema.nullable(),
  /** Which worker process wrote the last heartbeat. */
  instance: z.string().nullable(),
});
export type WorkerHealth = z.infer<typeof WorkerHealthSchema>;

/** Body of `GET /api/health`, the same shape with 200 when database and Redis are up and 503 otherwise. */
export const HealthResponseSchema = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  checkedAt: TimestampSchema,
  database: DependencyHealthSchema,
  redis: DependencyHealthSchema,
  worker: WorkerHealthSchema,
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** A worker heartbeat older than this counts as a dead worker. */
export const WORKER_HEARTBEAT_INTERVAL_MS = 5_000;
export const WORKER_STALE_AFTER_MS = 20_000;

/** Overall status from the two hard dependencies; the worker is reported but does not fail health. */
export function overallStatus(database: DependencyHealth, redis: DependencyHealth): HealthResponse['status'] {
  return database.status === 'up' && redis.status === 'up' ? 'ok' : 'degraded';
}

/** The worker counts as up while its last heartbeat is recent enough. */
export function workerState(lastHeartbeatAt: Date | null, now: Date): DependencyState {
  if (!lastHeartbeatAt) return 'down';
  return now.getTime() - lastHeartbeatAt.getTime() <= WORKER_STALE_AFTER_MS ? 'up' : 'down';
}
