import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CATCH_UP_PRIORITY,
  CATCH_UP_SWEEP_EVERY_MS,
  JobHandler,
  JobProcessor,
  JobProducer,
  LiveEventPublisher,
  ProgressJobs,
  QueueNames,
} from '@xinzhi/server-queue';
import { EvaluationResult, evaluateIncentives } from './evaluate';
import { changedSince, unevaluatedProjects } from './evaluate.data';

/** The sweep's own job id (not deduplicated against a direct request that may be running). */
export const incentivesSweepJobId = (projectId: string) => `incentives-sweep-${projectId}`;

/**
 * Worker side: `progress/evaluate-incentives`, queued after each recompute of a project. Runs the
 * rules in the tenant's context, which the consumer host entered from the payload; when the project
 * changed again while this ran (its request may have been deduplicated against this very job), it
 * evaluates once more, a few times at most — the sweep takes anything later.
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'evaluate-incentives')
export class EvaluateIncentivesHandler implements JobHandler<ProgressJobs['evaluate-incentives']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: LiveEventPublisher,
    private readonly clock: Clock,
  ) {}

  async handle(job: Job<ProgressJobs['evaluate-incentives']>): Promise<EvaluationResult & { runs: number }> {
    const { tenantId, projectId } = job.data;
    const total = await this.evaluate(job);
    // Open award queues and "my awards" pages of the tenant hear of new proposals as they are written.
    if (total.proposed > 0) await this.events.publish(tenantId, { type: 'awards', projectId, at: new Date().toISOString() });
    return total;
  }

  private async evaluate(job: Job<ProgressJobs['evaluate-incentives']>): Promise<EvaluationResult & { runs: number }> {
    const { projectId } = job.data;
    let total = { found: false, evaluatedFor: null as string | null, proposed: 0, skipped: 0, runs: 0 };
    for (let run = 1; run <= 3; run++) {
      const result = await this.tx.run((m) => evaluateIncentives(m, projectId, this.clock.today()));
      total = { ...result, proposed: total.proposed + result.proposed, runs: run };
      if (!result.found) return total;
      if (!(await this.tx.run((m) => changedSince(m, projectId, result.evaluatedFor)))) return total;
    }
    return total;
  }
}

/**
 * `progress/sweep-incentives`: finds projects whose current state the incentive rules have not
 * seen — after a Redis outage, a dropped request, a scheme change or a rejection that freed budget —
 * and queues their evaluation at the catch-up priority. A job scheduler runs it every two seconds,
 * once for the whole cluster; a failed run is not retried (the next one is two seconds away).
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'sweep-incentives', {
  schedule: {
    id: 'incentives-sweep',
    every: CATCH_UP_SWEEP_EVERY_MS,
    data: { tenantId: null },
    priority: CATCH_UP_PRIORITY,
    attempts: 1,
    keepCompleted: 100,
  },
})
export class IncentiveEvaluationSweep implements JobHandler<ProgressJobs['sweep-incentives']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const due = await this.tx.run((m) => unevaluatedProjects(m));
    for (const row of due) {
      await this.producer.enqueue(
        QueueNames.progress,
        'evaluate-incentives',
        { tenantId: row.tenant_id, projectId: row.project_id },
        {
          jobId: incentivesSweepJobId(row.project_id),
          removeOnComplete: true,
          removeOnFail: 100,
          priority: CATCH_UP_PRIORITY,
        },
      );
    }
    return { queued: due.length };
  }
}

/** The worker side of incentives: rule evaluation and its catch-up sweep (both `@JobProcessor`s). */
@Module({
  providers: [EvaluateIncentivesHandler, IncentiveEvaluationSweep, JobProducer, LiveEventPublisher],
})
export class IncentiveJobsModule {}
