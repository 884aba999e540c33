import { z } from 'zod';

/**
 * Queue names and the payload of every job, written once as a zod schema: the TypeScript types
 * below are derived from the schemas, the producer checks a payload against its schema before it
 * queues it, and the worker's consumer host checks it again when the job runs (a job can also come
 * from an older release, a retry of a changed job, or someone adding it by hand). Each payload says
 * which tenant it belongs to (null only for platform jobs); the host enters that tenant's context
 * before the handler runs.
 */
export const QueueNames = {
  system: 'system',
  progress: 'progress',
  assessment: 'assessment',
  park: 'park',
  imports: 'imports',
} as const;
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames];

const id = () => z.guid({ error: 'must be a UUID' });
const day = () => z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
/** A platform job: it acts for no tenant. */
const platform = { tenantId: z.null({ error: 'must be null (a platform job)' }) };
/** A job on behalf of one tenant. */
const tenant = { tenantId: id() };

/** The schema of every job's payload, by queue and job name. */
export const JobPayloads = {
  system: {
    heartbeat: z.object({ ...platform }),
    'diagnostic-probe': z.object({ ...platform, probeId: id() }),
    /** Nightly: each project's numbers for the day that ended (`day`, default yesterday in APP_TIME_ZONE), backfilling gaps. */
    'snapshot-projects': z.object({ ...platform, day: day().optional() }),
    /** Each morning: in-app notices of overdue tasks for assignees and team leads (`day`, default today). */
    'notify-overdue': z.object({ ...platform, day: day().optional() }),
  },
  progress: {
    /** Recompute one project's derived numbers; coalesced by the job id `recompute-<projectId>`. */
    'recompute-project': z.object({ ...tenant, projectId: id() }),
    /** Turn the project's achievements into proposed incentive awards; idempotent (one award per achievement and recipient). */
    'evaluate-incentives': z.object({ ...tenant, projectId: id() }),
    /** Catch-up: queue a recompute of every project whose numbers are older than its last change. */
    'sweep-stale-projects': z.object({ ...platform }),
    /** Catch-up: queue an evaluation of every project whose current state the incentive rules have not seen. */
    'sweep-incentives': z.object({ ...platform }),
    /** Mark the open pain points answered by the project's adoptions `addressed` once all their tasks are done; idempotent. */
    'address-pain-points': z.object({ ...tenant, projectId: id() }),
    /** Catch-up: queue that for every project whose adoptions now answer an open pain point. */
    'sweep-pain-points': z.object({ ...platform }),
  },
  assessment: {
    /** Score a submitted assessment (points, scene levels, level, gaps); idempotent, coalesced by the job id `score-<assessmentId>`. */
    'score-assessment': z.object({ ...tenant, assessmentId: id() }),
    /** Catch-up: queue the scoring of every submitted assessment whose job was lost. */
    'sweep-unscored-assessments': z.object({ ...platform }),
  },
  park: {
    /** Rewrite the tenant's park rollup (`park_tenant_summaries`); coalesced by the job id `summary-<tenantId>`. */
    'refresh-tenant-summary': z.object({ ...tenant }),
    /** Catch-up: queue a refresh of every tenant whose rollup is missing or older than its last change. */
    'sweep-tenant-summaries': z.object({ ...platform }),
    /** Nightly: queue a refresh of every tenant (staleness of KPIs and inactivity move with the day alone). */
    'refresh-all-tenant-summaries': z.object({ ...platform }),
    /** Nightly, after the refreshes: each park's averages from the rollups for `day` (default today in APP_TIME_ZONE). */
    'snapshot-park': z.object({ ...platform, day: day().optional() }),
  },
  imports: {
    /** Read and check every row of an uploaded file; the import moves to `preview` (counts) or `failed` (errors). */
    'validate-import': z.object({ ...tenant, importId: id() }),
    /** Write a previewed import in one transaction; the import moves to `done`. */
    'apply-import': z.object({ ...tenant, importId: id() }),
  },
} as const satisfies Record<QueueName, Record<string, z.ZodType<{ tenantId: string | null }>>>;

type Payloads<Q extends QueueName> = { [N in keyof (typeof JobPayloads)[Q]]: z.infer<(typeof JobPayloads)[Q][N]> };

export interface JobBase {
  /** The tenant the job acts for, or null for platform jobs. */
  tenantId: string | null;
}
export type SystemJobs = Payloads<'system'>;
export type ProgressJobs = Payloads<'progress'>;
export type AssessmentJobs = Payloads<'assessment'>;
export type ParkJobs = Payloads<'park'>;
export type ImportJobs = Payloads<'imports'>;
export interface JobsByQueue {
  system: SystemJobs;
  progress: ProgressJobs;
  assessment: AssessmentJobs;
  park: ParkJobs;
  imports: ImportJobs;
}

/** The job id that coalesces every recompute request of one project into one waiting job. */
export const recomputeJobId = (projectId: string) => `recompute-${projectId}`;
/**
 * Priority of catch-up work (the sweeps and what they queue). BullMQ runs jobs without a priority
 * before any job with one, so a recompute asked for by a change someone just made never waits
 * behind a backlog the sweep found after an outage.
 */
export const CATCH_UP_PRIORITY = 10;
/** How often each catch-up sweep runs: once per period for the whole cluster (a job scheduler). */
export const CATCH_UP_SWEEP_EVERY_MS = 2000;
/**
 * The sweep's own id for a stale project. It differs from `recomputeJobId` on purpose: a recompute
 * job left active by a killed worker keeps its id until BullMQ declares it stalled, and the sweep
 * must not be deduplicated against it. Two recomputes of one project are harmless (row lock, idempotent).
 */
export const sweepJobId = (projectId: string) => `sweep-${projectId}`;
/** The job id that coalesces incentive evaluations of one project queued after its recomputes. */
export const incentivesJobId = (projectId: string) => `incentives-${projectId}`;
/** The job id that coalesces the pain-point check of one project queued after its recomputes. */
export const painPointsJobId = (projectId: string) => `pain-points-${projectId}`;
/** The job id of an assessment's scoring on submit (a second submit cannot happen: the status moves on). */
export const scoreAssessmentJobId = (assessmentId: string) => `score-${assessmentId}`;
/** The sweep's own id for an assessment left unscored (not deduplicated against a job that may still be active). */
export const scoreSweepJobId = (assessmentId: string) => `score-sweep-${assessmentId}`;

/**
 * The job id that coalesces every refresh request of one tenant's park rollup into one waiting job.
 * Features that change what the rollup derives from queue `park/refresh-tenant-summary` with this id
 * (best effort: the sweep catches up on a lost one).
 */
export const tenantSummaryJobId = (tenantId: string) => `summary-${tenantId}`;
/** The sweep's own id for a stale rollup (not deduplicated against a refresh that may still be active). */
export const tenantSummarySweepJobId = (tenantId: string) => `summary-sweep-${tenantId}`;

export type JobName<Q extends QueueName> = keyof JobsByQueue[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobsByQueue[Q][N];

/** The payload schema of a job, or undefined for a name the queue does not know. */
export function payloadSchema(queue: QueueName, name: string): z.ZodType<JobBase> | undefined {
  const schemas: Record<string, z.ZodType<JobBase>> = JobPayloads[queue];
  return Object.prototype.hasOwnProperty.call(schemas, name) ? schemas[name] : undefined;
}

/** What is wrong with a payload, field by field: `tenantId: must be a UUID; projectId: …`. */
export function describePayloadIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`).join('; ');
}

/** Thrown for a payload that does not match its job's schema; the message names each wrong field. */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly queue: QueueName,
    readonly jobName: string,
    readonly issues: string,
  ) {
    super(`invalid payload of ${queue}/${jobName}: ${issues}`);
    this.name = 'InvalidJobPayloadError';
  }
}

/** Checks `data` against the job's schema and returns the parsed payload; throws `InvalidJobPayloadError`. */
export function parsePayload<Q extends QueueName, N extends JobName<Q>>(queue: Q, name: N, data: unknown): JobData<Q, N>;
export function parsePayload(queue: QueueName, name: string, data: unknown): JobBase;
export function parsePayload(queue: QueueName, name: string, data: unknown): JobBase {
  const schema = payloadSchema(queue, name);
  if (!schema) throw new InvalidJobPayloadError(queue, name, 'the queue has no job of this name');
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InvalidJobPayloadError(queue, name, describePayloadIssues(parsed.error));
  return parsed.data;
}

/** Completed and failed jobs are trimmed so Redis (noeviction) never fills up. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} as const;
