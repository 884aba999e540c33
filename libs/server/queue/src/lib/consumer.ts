import { Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { ActorContext, AppConfig, InjectConfig, RequestContext } from '@xinzhi/server-core';
import { InvalidJobPayloadError, JobBase, JobData, JobName, parsePayload, QueueName } from './queues';
import { createRedis } from './redis';
import { QUEUE_SETTINGS, QueueRegistry, QueueSettings } from './queue.module';
import { JobSchedule, ScheduleSpec, SchedulesKeeper } from './schedules';

/**
 * A feature's job handler. The consumer host has already checked the payload against its schema and
 * entered the job's context (its tenant, or none for a platform job) when `handle` runs, so the
 * handler's `TransactionRunner.run()` works in that tenant exactly as a request would.
 */
export interface JobHandler<T extends JobBase = JobBase> {
  handle(job: Job<T>): Promise<unknown>;
}

/** What `@JobProcessor` records on a handler class. */
export interface JobProcessorMeta {
  queue: QueueName;
  jobName: string;
  schedule?: JobSchedule<JobBase>;
}

const JobProcessorMarker = DiscoveryService.createDecorator<JobProcessorMeta>();

/**
 * The one registration of a job handler: which queue and job name it takes (its payload schema is
 * the one `JobPayloads` holds for that name) and, for periodic work, its schedule. The worker's
 * consumer host finds every provider carrying it; the class only has to be a provider of a module
 * the worker imports. The handler's `handle` must accept that job's payload type.
 */
export function JobProcessor<Q extends QueueName, N extends JobName<Q>>(
  queue: Q,
  jobName: N,
  options: { schedule?: JobSchedule<JobData<Q, N> & JobBase> } = {},
) {
  return (target: abstract new (...args: never[]) => JobHandler<JobData<Q, N> & JobBase>): void => {
    JobProcessorMarker({ queue, jobName, schedule: options.schedule as JobSchedule<JobBase> | undefined })(target);
  };
}

/** The context a job runs in: its tenant's, or a platform context when it names none. */
export function jobContext(data: JobBase, jobId: string | undefined): ActorContext {
  const requestId = `job-${jobId ?? 'unknown'}`;
  return data.tenantId ? RequestContext.forTenant(data.tenantId, requestId) : RequestContext.system(requestId);
}

/**
 * Runs one job: finds its handler, checks the payload against the job's schema and runs the handler
 * inside the job's context. An unknown job name or a malformed payload can never succeed however
 * often it is tried, so both fail the job at once (BullMQ `UnrecoverableError`, no retries) with a
 * reason that names the wrong fields.
 */
export async function dispatchJob(queue: QueueName, handlers: ReadonlyMap<string, JobHandler>, job: Job<JobBase>): Promise<unknown> {
  const handler = handlers.get(job.name);
  if (!handler) throw new UnrecoverableError(`No handler for job ${queue}/${job.name}`);
  let data: JobBase;
  try {
    data = parsePayload(queue, job.name, job.data);
  } catch (error) {
    if (error instanceof InvalidJobPayloadError) throw new UnrecoverableError(error.message);
    throw error;
  }
  job.data = data;
  return RequestContext.run(jobContext(data, job.id), () => handler.handle(job));
}

/**
 * The worker's side of the queues. Finds every `@JobProcessor` provider through Nest's discovery,
 * runs one BullMQ Worker per queue that has handlers and dispatches by job name (`dispatchJob`),
 * and keeps the handlers' schedules registered in Redis (`SchedulesKeeper`). Only the worker app
 * imports this, so no queue processing ever runs inside the API process.
 */
@Injectable()
export class JobConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly workers: Worker[] = [];
  private schedules: SchedulesKeeper | null = null;

  constructor(
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueRegistry,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Every discovered handler by queue and job name; two handlers for one job stop the start. */
  discover(): { byQueue: Map<QueueName, Map<string, JobHandler>>; schedules: ScheduleSpec[] } {
    const byQueue = new Map<QueueName, Map<string, JobHandler>>();
    const schedules: ScheduleSpec[] = [];
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobProcessorMarker.KEY })) {
      const meta = this.discovery.getMetadataByDecorator(JobProcessorMarker, wrapper);
      const handler = wrapper.instance as JobHandler | undefined;
      if (!meta || !handler) continue;
      if (typeof handler.handle !== 'function') throw new Error(`${wrapper.name} is a @JobProcessor without a handle() method`);
      const map = byQueue.get(meta.queue) ?? new Map<string, JobHandler>();
      if (map.has(meta.jobName)) throw new Error(`Two handlers for ${meta.queue}/${meta.jobName}`);
      map.set(meta.jobName, handler);
      byQueue.set(meta.queue, map);
      if (meta.schedule) {
        // A schedule whose own payload is wrong would fail every run: refuse to start instead.
        parsePayload(meta.queue, meta.jobName, meta.schedule.data);
        schedules.push({ ...meta.schedule, queue: meta.queue, jobName: meta.jobName });
      }
    }
    const ids = schedules.map((s) => s.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new Error(`Two schedules with the id "${twice}"`);
    return { byQueue, schedules };
  }

  async onApplicationBootstrap(): Promise<void> {
    const { byQueue, schedules } = this.discover();
    for (const [queue, handlers] of byQueue) {
      const worker = new Worker(queue, (job: Job<JobBase>) => dispatchJob(queue, handlers, job), {
        connection: createRedis(this.settings.redisUrl, 'consumer', this.settings.service),
        prefix: this.settings.prefix,
        concurrency: 4,
        autorun: true,
        // An idle worker re-checks for due delayed jobs at least every second (default 5 s), so a
        // coalesced recompute is never left waiting on a missed wake-up.
        drainDelay: 1,
        // Jobs take milliseconds, so a job held by a worker that died (SIGKILL, OOM) is handed to a
        // live worker after ~10–15 s instead of BullMQ's default 30–60 s.
        lockDuration: 10_000,
        stalledInterval: 5_000,
      });
      worker.on('completed', (job) =>
        this.logger.debug({ queue, job: job.name, id: job.id, tenantId: job.data?.tenantId ?? null }, 'job completed'),
      );
      worker.on('failed', (job, err) => {
        const final =
          err instanceof UnrecoverableError ||
          err.name === 'UnrecoverableError' ||
          (job ? job.attemptsMade >= (job.opts.attempts ?? 1) : false);
        const entry = { queue, job: job?.name, id: job?.id, attempts: job?.attemptsMade, err: err.message };
        if (final) this.logger.error(entry, 'job failed, not retried');
        else this.logger.warn(entry, 'job failed, will be retried');
      });
      worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'worker error'));
      this.workers.push(worker);
      this.logger.log(`consuming queue "${queue}" (${[...handlers.keys()].join(', ')})`);
    }
    this.schedules = new SchedulesKeeper(this.queues, schedules, this.config.appTimeZone, this.logger);
    await this.schedules.start();
  }

  /** Graceful: stops re-registering schedules, lets running jobs finish, then closes the connections. */
  async onApplicationShutdown(): Promise<void> {
    this.schedules?.stop();
    await Promise.allSettled(this.workers.map((w) => w.close()));
  }
}

/** What the worker app imports to consume jobs: the host and the discovery it needs. */
@Module({ imports: [DiscoveryModule], providers: [JobConsumerHost] })
export class JobConsumerModule {}
