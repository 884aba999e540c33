import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import { JobData, JobName, parsePayload, QueueName } from './queues';
import { QueueRegistry } from './queue.module';

/**
 * Typed enqueueing: the payload's shape is checked against the queue and job name at compile time,
 * and against the job's schema before it is queued (the worker checks it again when the job runs).
 */
@Injectable()
export class JobProducer {
  constructor(private readonly registry: QueueRegistry) {}

  async enqueue<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    options: JobsOptions = {},
  ): Promise<string> {
    const job = await this.registry.get(queue).add(name, parsePayload(queue, name, data), options);
    return job.id ?? '';
  }
}
