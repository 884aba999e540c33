import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock } from '@xinzhi/server-core';
import { TransactionRunner, workerTenantIds } from '@xinzhi/server-db';
import {
  CATCH_UP_PRIORITY,
  CATCH_UP_SWEEP_EVERY_MS,
  JobHandler,
  JobProcessor,
  JobProducer,
  ParkJobs,
  QueueNames,
  tenantSummaryJobId,
  tenantSummarySweepJobId,
} from '@xinzhi/server-queue';
import { buildRollup } from './rollup-rules';
import {
  ensureSummaryRow,
  readRollupInput,
  staleSummaryTenants,
  summaryChangedAt,
  summaryIsStale,
  writeParkSnapshots,
  writeSummary,
} from './rollups.data';

/** Refreshes at most this many times in one job when changes keep landing; the sweep takes over after. */
const MAX_RUNS = 5;
/** Stale tenants the sweep queues per run. */
const SWEEP_BATCH = 200;

/**
 * `park/refresh-tenant-summary`, in the tenant's context (the consumer host entered it from the
 * payload): recomputes the tenant's `park_tenant_summaries` row from its projects' cached numbers,
 * KPIs and readings, latest scored assessment, pain points and adoptions. Idempotent. Like the
 * projects' recompute, it stores the `changed_at` it started from as `computed_at` and checks again
 * after writing: a change that committed meanwhile makes it run once more.
 */
@Injectable()
@JobProcessor(QueueNames.park, 'refresh-tenant-summary')
export class RefreshTenantSummaryHandler implements JobHandler<ParkJobs['refresh-tenant-summary']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async handle(job: Job<ParkJobs['refresh-tenant-summary']>): Promise<{ runs: number; found: boolean }> {
    const found = await this.tx.run((m) => ensureSummaryRow(m));
    if (!found) return { runs: 0, found: false };
    for (let run = 1; run <= MAX_RUNS; run++) {
      await this.tx.run(async (m) => {
        const covered = await summaryChangedAt(m);
        if (covered === null) return;
        const input = await readRollupInput(m, job.data.tenantId, this.clock.timeZone);
        await writeSummary(m, buildRollup(input, this.clock.today()), covered);
      });
      if (!(await this.tx.run((m) => summaryIsStale(m)))) return { runs: run, found: true };
    }
    return { runs: MAX_RUNS, found: true };
  }
}

/**
 * `park/sweep-tenant-summaries`: every two seconds, once for the cluster, queues a refresh (at the
 * catch-up priority) of every tenant whose rollup is missing — a tenant created or seeded without
 * a job — or older than its last change (a lost job, Redis away, a killed worker).
 */
@Injectable()
@JobProcessor(QueueNames.park, 'sweep-tenant-summaries', {
  schedule: {
    id: 'park-summary-sweep',
    every: CATCH_UP_SWEEP_EVERY_MS,
    data: { tenantId: null },
    priority: CATCH_UP_PRIORITY,
    attempts: 1,
    keepCompleted: 100,
  },
})
export class TenantSummarySweep implements JobHandler<ParkJobs['sweep-tenant-summaries']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const stale = await this.tx.run((m) => staleSummaryTenants(m, SWEEP_BATCH));
    for (const tenantId of stale) {
      await this.producer.enqueue(
        QueueNames.park,
        'refresh-tenant-summary',
        { tenantId },
        { jobId: tenantSummarySweepJobId(tenantId), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY },
      );
    }
    return { queued: stale.length };
  }
}

/**
 * `park/refresh-all-tenant-summaries`, nightly at 00:05 (APP_TIME_ZONE): a refresh of every tenant,
 * because a KPI's staleness and a tenant's inactivity change with the day alone.
 */
@Injectable()
@JobProcessor(QueueNames.park, 'refresh-all-tenant-summaries', {
  schedule: { id: 'park-nightly-refresh', pattern: '5 0 * * *', data: { tenantId: null } },
})
export class RefreshAllTenantSummaries implements JobHandler<ParkJobs['refresh-all-tenant-summaries']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  async handle(): Promise<{ queued: number }> {
    const tenants = await this.tx.run((m) => workerTenantIds(m));
    for (const tenantId of tenants) {
      await this.producer.enqueue(
        QueueNames.park,
        'refresh-tenant-summary',
        { tenantId },
        { jobId: tenantSummaryJobId(tenantId), removeOnComplete: true, removeOnFail: 100, priority: CATCH_UP_PRIORITY },
      );
    }
    return { queued: tenants.length };
  }
}

/**
 * `park/snapshot-park`, nightly at 00:30 (after the nightly refresh): each park's averages from its
 * rollups for the day (`day`, default today). A second run of the day overwrites that day's row.
 */
@Injectable()
@JobProcessor(QueueNames.park, 'snapshot-park', {
  schedule: { id: 'park-nightly-snapshot', pattern: '30 0 * * *', data: { tenantId: null } },
})
export class SnapshotParkHandler implements JobHandler<ParkJobs['snapshot-park']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async handle(job: Job<ParkJobs['snapshot-park']>): Promise<{ day: string; parks: number }> {
    const day = job.data.day ?? this.clock.today();
    const parks = await this.tx.run((m) => writeParkSnapshots(m, day));
    return { day, parks };
  }
}
