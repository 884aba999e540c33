import { Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { CATCH_UP_PRIORITY, JobHandler, JobProducer, LiveEventPublisher, ProgressJobs, QueueNames } from '@xinzhi/server-queue';
import { EvaluationResult, evaluateIncentives } from './evaluate';

/** The sweep's own job id (not deduplicated against a direct request that may be running). */
export const incentivesSweepJobId = (projectId: string) => `incentives-sweep-${projectId}`;

/**
 * Worker side: `progress/evaluate-incentives`, queued after each recompute of a project. Runs the
 * rules in the tenant's context; when the project changed again while this ran (its request may
 * have been deduplicated against this very job), it evaluates once more, a few times at most — the
 * sweep takes anything later.
 */
@Injectable()
export class EvaluateIncentivesHandler implements JobHandler<ProgressJobs['evaluate-incentives']> {
  readonly queue = QueueNames.progress;
  readonly jobName = 'evaluate-incentives';

  constructor(private readonly tx: TransactionRunner, private readonly events: LiveEventPublisher, private readonly clock: Clock) {}

  async handle(job: Job<ProgressJobs['evaluate-incentives']>): Promise<EvaluationResult & { runs: number }> {
    const { tenantId, projectId } = job.data;
    const total = await this.evaluate(job);
    // Open award queues and "my awards" pages of the tenant hear of new proposals as they are written.
    if (total.proposed > 0) await this.events.publish(tenantId, { type: 'awards', projectId, at: new Date().toISOString() });
    return total;
  }

  private async evaluate(job: Job<ProgressJobs['evaluate-incentives']>): Promise<EvaluationResult & { runs: number }> {
    const { tenantId, projectId } = job.data;
    const context = RequestContext.forTenant(tenantId, `job-${job.id}`);
    let total = { found: false, evaluatedFor: null as string | null, proposed: 0, skipped: 0, runs: 0 };
    for (let run = 1; run <= 3; run++) {
      const result = await this.tx.runAs(context, (m) => evaluateIncentives(m, projectId, this.clock.today()));
      total = { ...result, proposed: total.proposed + result.proposed, runs: run };
      if (!result.found) return total;
      const again: Array<{ newer: boolean }> = await this.tx.runAs(context, (m) =>
        m.query(`SELECT progress_computed_at > coalesce($2::timestamptz, '-infinity'::timestamptz) AS newer FROM projects WHERE id = $1`, [projectId, result.evaluatedFor]),
      );
      if (!again[0]?.newer) return total;
    }
    return total;
  }
}

/**
 * Finds projects whose current state the incentive rules have not seen — after a Redis outage, a
 * dropped request, a scheme change or a rejection that freed budget — and queues their evaluation.
 */
@Injectable()
export class IncentiveEvaluationSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IncentiveSweep');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private readonly tx: TransactionRunner, private readonly producer: JobProducer) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), 2000);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const due: Array<{ tenant_id: string; project_id: string }> = await this.tx.runAs(RequestContext.system('incentive-sweep'), (m) =>
        m.query('SELECT tenant_id, project_id FROM worker_unevaluated_incentive_projects(200)'),
      );
      for (const row of due) {
        await this.producer.enqueue(QueueNames.progress, 'evaluate-incentives', { tenantId: row.tenant_id, projectId: row.project_id }, {
          jobId: incentivesSweepJobId(row.project_id), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY,
        });
      }
      return due.length;
    } catch (error) {
      this.logger.warn(`sweep failed, will retry: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}

/** The worker side of incentives: rule evaluation and its catch-up sweep. */
@Module({
  providers: [EvaluateIncentivesHandler, IncentiveEvaluationSweep, JobProducer, LiveEventPublisher],
  exports: [EvaluateIncentivesHandler],
})
export class IncentiveJobsModule {}

export const INCENTIVE_JOB_HANDLERS = [EvaluateIncentivesHandler];
