import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { JobBase, QueueName } from './queues';
import { createRedis } from './redis';
import { QUEUE_SETTINGS, QueueSettings } from './queue.module';

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** A feature's job handler: which queue and job name it takes, and what it does. */
export interface JobHandler<T extends JobBase = JobBase> {
  readonly queue: QueueName;
  readonly jobName: string;
  handle(job: Job<T>): Promise<unknown>;
}

/**
 * Runs one BullMQ Worker per queue that has handlers, and dispatches by job name. Only the worker
 * app imports this, so no queue processing ever runs inside the API process.
 */
@Injectable()
export class JobConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandler[],
  ) {}

  onApplicationBootstrap(): void {
    const byQueue = new Map<QueueName, Map<string, JobHandler>>();
    for (const handler of this.handlers) {
      const map = byQueue.get(handler.queue) ?? new Map<string, JobHandler>();
      if (map.has(handler.jobName)) throw new Error(`Two handlers for ${handler.queue}/${handler.jobName}`);
      map.set(handler.jobName, handler);
      byQueue.set(handler.queue, map);
    }
    for (const [queue, map] of byQueue) {
      const worker = new Worker(
        queue,
        async (job: Job<JobBase>) => {
          const handler = map.get(job.name);
          if (!handler) throw new Error(`No handler for job ${queue}/${job.name}`);
          return handler.handle(job);
        },
        {
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
        },
      );
      worker.on('completed', (job) => this.logger.debug({ queue, job: job.name, id: job.id, tenantId: job.data?.tenantId ?? null }, 'job completed'));
      worker.on('failed', (job, err) => this.logger.warn({ queue, job: job?.name, id: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'));
      worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'worker error'));
      this.workers.push(worker);
      this.logger.log(`consuming queue "${queue}" (${[...map.keys()].join(', ')})`);
    }
  }

  /** Graceful: lets running jobs finish, then closes the connections. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
  }
}
