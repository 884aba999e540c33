import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { Clock, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { CATCH_UP_PRIORITY, incentivesJobId, JobHandler, JobProducer, LiveEventPublisher, ProgressJobs, QueueNames, sweepJobId } from '@xinzhi/server-queue';


/**
 * Recomputes one project's numbers in one transaction: lock the project row, read the `changed_at`
 * it was computed for, run the set-based computation, store the result with
 * `progress_computed_at = changed_at`. A change that commits meanwhile sets a later `changed_at`
 * (it waits for the lock), so the project stays stale and is computed again — never swallowed.
 * `today` is the business calendar's day (Clock.today()): the day planned value is measured on.
 */
export async function recomputeProject(m: EntityManager, projectId: string, today: string): Promise<boolean> {
  // FOR NO KEY UPDATE: serialises recomputes of one project, yet does not wait for the key-share
  // locks that inserting rows referencing the project takes (snapshots, tasks).
  const locked: Array<{ id: string }> = await m.query('SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
  if (!locked.length) return false;
  // The row is locked, so `changed_at` is the very value this computation covers; it is copied in
  // the database, at full (microsecond) precision.
  await m.query(
    `UPDATE projects p
        SET progress = c.progress, spi = c.spi, health = c.health, kpi_attainment = k.a,
            -- α·P + (1 − α)·KPI attainment; task progress alone while the project has no KPIs.
            transformation_index = CASE WHEN k.a IS NULL THEN c.progress ELSE p.task_weight * c.progress + (1 - p.task_weight) * k.a END,
            progress_computed_at = p.changed_at
       FROM compute_project_progress($1, $2::date) c, (SELECT compute_project_kpi_attainment($1) AS a) k
      WHERE p.id = $1`,
    [projectId, today],
  );
  return true;
}

/** Worker side: the `progress/recompute-project` job. Idempotent: recomputing twice gives the same numbers. */
@Injectable()
export class RecomputeProjectHandler implements JobHandler<ProgressJobs['recompute-project']> {
  readonly queue = QueueNames.progress;
  readonly jobName = 'recompute-project';

  constructor(private readonly tx: TransactionRunner, private readonly events: LiveEventPublisher, private readonly producer: JobProducer, private readonly clock: Clock) {}

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
      const found = await this.tx.runAs(RequestContext.forTenant(tenantId, `job-${job.id}`), (m) => recomputeProject(m, projectId, this.clock.today()));
      // Not visible in this tenant's context: deleted meanwhile, or a job naming another tenant's project.
      if (!found) return { runs: run, found: false };
      const again: Array<{ stale: boolean }> = await this.tx.runAs(RequestContext.forTenant(tenantId, `job-${job.id}`), (m) =>
        m.query('SELECT changed_at > progress_computed_at AS stale FROM projects WHERE id = $1', [projectId]),
      );
      if (!again[0]?.stale) return { runs: run, found: true };
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
      const stale: Array<{ tenant_id: string; project_id: string }> = await this.tx.runAs(
        RequestContext.system('sweep'),
        (m) => m.query('SELECT tenant_id, project_id FROM worker_stale_projects(200)'),
      );
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
