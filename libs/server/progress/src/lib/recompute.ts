import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job } from 'bullmq';
import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { CATCH_UP_PRIORITY, incentivesJobId, JobHandler, JobProducer, LiveEventPublisher, ProgressJobs, QueueNames, sweepJobId } from '@xinzhi/server-queue';
import { isStale, recomputeProject, staleProjects } from './progress.data';


/** Worker side: the `progress/recompute-project` job. Idempotent: recomputing twice gives the same numbers. */
@Injectable()
export class RecomputeProjectHandler implements JobHandler<ProgressJobs['recompute-project']> {
  readonly queue = QueueNames.progress;
  readonly jobName = 'recompute-project';

  constructor(private readonly tx: TransactionRunner, private readonly events: LiveEventPublisher, private readonly producer: JobProducer) {}

  async handle(job: Job<ProgressJobs['recompute-project']>): Promise<{ runs: number; found: boolean }> {
    const result = await this.recompute(job);
    if (!result.found) return result; // not a project of this tenant (or deleted): nothing to announce
    // The incentive rules look at the new state (idempotent); if this enqueue fails, the incentive sweep catches up.
    await this.producer
      .enqueue(QueueNames.progress, 'evaluate-incentives', { tenantId: job.data.tenantId, projectId: job.data.projectId }, { jobId: incentivesJobId(job.data.projectId), removeOnComplete: true, removeOnFail: 100 })
      .catch(() => undefined);
    // Open dashboards of the tenant hear that the numbers changed.
    await this.events.publish(job.data.tenantId, { type: 'project.progress', projectId: job.data.projectId, at: new Date().toISOString() });
    return result;
  }

  private async recompute(job: Job<ProgressJobs['recompute-project']>): Promise<{ runs: number; found: boolean }> {
    const { tenantId, projectId } = job.data;
    // Changes that landed while this ran are picked up here, in this job, a few times at most;
    // anything later is found by the sweep.
    for (let run = 1; run <= 5; run++) {
      const found = await this.tx.runAs(RequestContext.forTenant(tenantId, `job-${job.id}`), (m) => recomputeProject(m, projectId));
      // Not visible in this tenant's context: deleted meanwhile, or a job naming another tenant's project.
      if (!found) return { runs: run, found: false };
      const again = await this.tx.runAs(RequestContext.forTenant(tenantId, `job-${job.id}`), (m) => isStale(m, projectId));
      if (!again) return { runs: run, found: true };
    }
    return { runs: 5, found: true };
  }
}

/**
 * Finds projects whose numbers are older than their last change — after a Redis outage, a lost
 * job, or a killed worker — and queues their recompute. Runs every two seconds in the worker.
 */
@Injectable()
export class StaleProjectSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProgressSweep');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private readonly tx: TransactionRunner, private readonly producer: JobProducer) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), 2000);
    void this.sweep();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const stale = await this.tx.runAs(RequestContext.system('sweep'), staleProjects);
      for (const row of stale) {
        await this.producer.enqueue(QueueNames.progress, 'recompute-project', { tenantId: row.tenant_id, projectId: row.project_id }, { jobId: sweepJobId(row.project_id), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY });
      }
      return stale.length;
    } catch (error) {
      this.logger.warn(`sweep failed, will retry: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
