/**
 * Queue names and the typed payload of every job. Each payload says which tenant it belongs to
 * (null only for platform jobs), and the consumer re-enters that tenant's context before it touches
 * the database.
 */
export const QueueNames = {
  system: 'system',
  progress: 'progress',
} as const;
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames];

export interface JobBase {
  /** The tenant the job acts for, or null for platform jobs. */
  tenantId: string | null;
}

export interface SystemJobs {
  heartbeat: JobBase & { tenantId: null };
  'diagnostic-probe': JobBase & { tenantId: null; probeId: string };
  /** Nightly: each project's numbers for the day that ended (`day`, default yesterday in APP_TIME_ZONE), backfilling gaps. */
  'snapshot-projects': JobBase & { tenantId: null; day?: string };
  /** Each morning: in-app notices of overdue tasks for assignees and team leads (`day`, default today). */
  'notify-overdue': JobBase & { tenantId: null; day?: string };
}

export interface ProgressJobs {
  /** Recompute one project's derived numbers; coalesced by the job id `recompute-<projectId>`. */
  'recompute-project': JobBase & { tenantId: string; projectId: string };
  /** Turn the project's achievements into proposed incentive awards; idempotent (one award per achievement and recipient). */
  'evaluate-incentives': JobBase & { tenantId: string; projectId: string };
}

export interface JobsByQueue {
  system: SystemJobs;
  progress: ProgressJobs;
}

/** The job id that coalesces every recompute request of one project into one waiting job. */
export const recomputeJobId = (projectId: string) => `recompute-${projectId}`;
/**
 * The sweep's own id for a stale project. It differs from `recomputeJobId` on purpose: a recompute
 * job left active by a killed worker keeps its id until BullMQ declares it stalled, and the sweep
 * must not be deduplicated against it. Two recomputes of one project are harmless (row lock, idempotent).
 */
/**
 * Priority of catch-up work (the sweeps). BullMQ runs jobs without a priority before any job with
 * one, so a recompute asked for by a change someone just made never waits behind a backlog the
 * sweep found after an outage.
 */
export const CATCH_UP_PRIORITY = 10;
export const sweepJobId = (projectId: string) => `sweep-${projectId}`;
/** The job id that coalesces incentive evaluations of one project queued after its recomputes. */
export const incentivesJobId = (projectId: string) => `incentives-${projectId}`;

export type JobName<Q extends QueueName> = keyof JobsByQueue[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobsByQueue[Q][N];

/** Completed and failed jobs are trimmed so Redis (noeviction) never fills up. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} as const;
