import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CATCH_UP_PRIORITY,
  CATCH_UP_SWEEP_EVERY_MS,
  JobHandler,
  JobProcessor,
  JobProducer,
  ProgressJobs,
  QueueNames,
} from '@xinzhi/server-queue';
import { addressAnsweredPainPoints, projectsAnsweringPainPoints } from './adoptions/adoptions.data';

/** The sweep's own job id (not deduplicated against a direct request that may be running). */
export const painPointsSweepJobId = (projectId: string) => `pain-points-sweep-${projectId}`;

/**
 * Worker side: `progress/address-pain-points`, queued after each recompute of a project. In the
 * tenant's context (entered by the consumer host from the payload), every open pain point answered
 * by an adoption of the project becomes `addressed` once all tasks of all its adoptions are done
 * (cancelled ones left out, at least one done). Idempotent: a pain point already addressed is left alone.
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'address-pain-points')
export class AddressPainPointsHandler implements JobHandler<ProgressJobs['address-pain-points']> {
  constructor(private readonly tx: TransactionRunner) {}

  async handle(job: Job<ProgressJobs['address-pain-points']>): Promise<{ addressed: number }> {
    const ids = await this.tx.run((m) => addressAnsweredPainPoints(m, job.data.projectId));
    return { addressed: ids.length };
  }
}

/**
 * `progress/sweep-pain-points`: finds projects whose adoptions now answer an open pain point that
 * the job has not marked — after a Redis outage or a lost job — and queues the job for them at the
 * catch-up priority. A job scheduler runs it every two seconds, once for the whole cluster; a failed
 * run is not retried (the next one is two seconds away).
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'sweep-pain-points', {
  schedule: {
    id: 'pain-points-sweep',
    every: CATCH_UP_SWEEP_EVERY_MS,
    data: { tenantId: null },
    priority: CATCH_UP_PRIORITY,
    attempts: 1,
    keepCompleted: 100,
  },
})
export class PainPointSweep implements JobHandler<ProgressJobs['sweep-pain-points']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const due = await this.tx.run((m) => projectsAnsweringPainPoints(m));
    for (const row of due) {
      await this.producer.enqueue(
        QueueNames.progress,
        'address-pain-points',
        { tenantId: row.tenant_id, projectId: row.project_id },
        {
          jobId: painPointsSweepJobId(row.project_id),
          removeOnComplete: true,
          removeOnFail: 100,
          priority: CATCH_UP_PRIORITY,
        },
      );
    }
    return { queued: due.length };
  }
}

/** The worker side of solutions: pain points addressed by adoptions, and its catch-up sweep (both `@JobProcessor`s). */
@Module({
  providers: [AddressPainPointsHandler, PainPointSweep, JobProducer],
})
export class SolutionsJobsModule {}
