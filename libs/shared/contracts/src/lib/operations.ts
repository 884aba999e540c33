/** Job counts of one BullMQ queue (GET /api/platform/queues), for the platform operator. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  prioritized: number;
  completed: number;
  failed: number;
}

/** A repeating job: the daily snapshot, the morning overdue notices, the heartbeat. */
export interface QueueSchedule {
  id: string;
  jobName: string;
  /** Cron pattern or `every <ms>`. */
  pattern: string;
  timeZone: string | null;
  nextRunAt: string | null;
}

/** A failed job, kept (trimmed to the last 100 per queue) so an operator can see why and retry. */
export interface FailedJob {
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
  /** The job's payload with nothing but ids in it (tenant and project ids; never personal data). */
  data: Record<string, unknown>;
}

export interface QueueStatus {
  name: string;
  /** A paused queue takes no jobs until it is resumed. */
  paused: boolean;
  counts: QueueCounts;
  schedules: QueueSchedule[];
  failed: FailedJob[];
}

export interface QueueOverview {
  /** When this was read. */
  at: string;
  /** The worker's last heartbeat, as `/api/health` reports it. */
  workerHeartbeatAt: string | null;
  queues: QueueStatus[];
}
