import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CATCH_UP_PRIORITY,
  CATCH_UP_SWEEP_EVERY_MS,
  incentivesJobId,
  JobHandler,
  JobProcessor,
  JobProducer,
  LiveEventPublisher,
  painPointsJobId,
  ProgressJobs,
  QueueNames,
  sweepJobId,
  tenantSummaryJobId,
} from '@xinzhi/server-queue';
import { isStale, recomputeProject, staleProjects } from './progress.data';

/**
 * Worker side: the `progress/recompute-project` job, run in the tenant's context the payload names.
 * Idempotent: recomputing twice gives the same numbers. Planned value is measured on the business
 * calendar's day (Clock.today()).
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'recompute-project')
export class RecomputeProjectHandler implements JobHandler<ProgressJobs['recompute-project']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly events: LiveEventPublisher,
    private readonly producer: JobProducer,
    private readonly clock: Clock,
  ) {}

  async handle(job: Job<ProgressJobs['recompute-project']>): Promise<{ runs: number; found: boolean }> {
    const result = await this.recompute(job);
    if (!result.found) return result; // not a project of this tenant (or deleted): nothing to announce
    // The incentive rules look at the new state (idempotent); if this enqueue fails, the incentive sweep catches up.
    await this.producer
      .enqueue(
        QueueNames.progress,
        'evaluate-incentives',
        { tenantId: job.data.tenantId, projectId: job.data.projectId },
        { jobId: incentivesJobId(job.data.projectId), removeOnComplete: true, removeOnFail: 100 },
      )
      .catch(() => undefined);
    // Pain points answered by the project's adoptions may now be addressed (idempotent; a sweep catches up too).
    await this.producer
      .enqueue(
        QueueNames.progress,
        'address-pain-points',
        { tenantId: job.data.tenantId, projectId: job.data.projectId },
        { jobId: painPointsJobId(job.data.projectId), removeOnComplete: true, removeOnFail: 100 },
      )
      .catch(() => undefined);
    // The park's rollup of the tenant reads the project's new numbers (coalesced per tenant; the park's sweep catches up).
    await this.producer
      .enqueue(
        QueueNames.park,
        'refresh-tenant-summary',
        { tenantId: job.data.tenantId },
        { jobId: tenantSummaryJobId(job.data.tenantId), removeOnComplete: true, removeOnFail: 100 },
      )
      .catch(() => undefined);
    // Open dashboards of the tenant hear that the numbers changed.
    await this.events.publish(job.data.tenantId, { type: 'project.progress', projectId: job.data.projectId, at: new Date().toISOString() });
    return result;
  }

  private async recompute(job: Job<ProgressJobs['recompute-project']>): Promise<{ runs: number; found: boolean }> {
    const { projectId } = job.data;
    // Changes that landed while this ran are picked up here, in this job, a few times at most;
    // anything later is found by the sweep.
    for (let run = 1; run <= 5; run++) {
      const found = await this.tx.run((m) => recomputeProject(m, projectId, this.clock.today()));
      // Not visible in this tenant's context: deleted meanwhile, or a job naming another tenant's project.
      if (!found) return { runs: run, found: false };
      const again = await this.tx.run((m) => isStale(m, projectId));
      if (!again) return { runs: run, found: true };
    }
    return { runs: 5, found: true };
  }
}

/**
 * `progress/sweep-stale-projects`: finds projects whose numbers are older than their last change —
 * after a Redis outage, a lost job, or a killed worker — and queues their recompute at the catch-up
 * priority. A job scheduler runs it every two seconds, once for the whole cluster; a run that fails
 * is not retried (the next one is two seconds away).
 */
@Injectable()
@JobProcessor(QueueNames.progress, 'sweep-stale-projects', {
  schedule: {
    id: 'progress-sweep',
    every: CATCH_UP_SWEEP_EVERY_MS,
    data: { tenantId: null },
    priority: CATCH_UP_PRIORITY,
    attempts: 1,
    keepCompleted: 100,
  },
})
export class StaleProjectSweep implements JobHandler<ProgressJobs['sweep-stale-projects']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const stale = await this.tx.run(staleProjects);
    for (const row of stale) {
      await this.producer.enqueue(
        QueueNames.progress,
        'recompute-project',
        { tenantId: row.tenant_id, projectId: row.project_id },
        { jobId: sweepJobId(row.project_id), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY },
      );
    }
    return { queued: stale.length };
  }
}
