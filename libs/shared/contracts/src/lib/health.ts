/** Status of one dependency as reported by `GET /api/health`. */
export type DependencyState = 'up' | 'down';

export interface DependencyHealth {
  status: DependencyState;
  /** Round-trip time of the probe in milliseconds, when it answered. */
  latencyMs?: number;
  /** Human-readable reason when the dependency is down. */
  error?: string;
}

export interface WorkerHealth {
  status: DependencyState;
  /** When the worker's heartbeat job last ran (ISO 8601 UTC), or null if it never ran. */
  lastHeartbeatAt: string | null;
  /** Which worker process wrote the last heartbeat. */
  instance: string | null;
}

/** Body of `GET /api/health`: 200 when database and Redis are up, 503 otherwise. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  version: string;
  checkedAt: string;
  database: DependencyHealth;
  redis: DependencyHealth;
  worker: WorkerHealth;
}

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
