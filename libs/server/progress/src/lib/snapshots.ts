import { Controller, Get, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Job } from 'bullmq';
import {
  addDays,
  AnyTenantMember,
  AppConfig,
  Clock,
  InjectConfig,
  ProblemException,
  RequestContext,
  Responds,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { eachTenant, TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, JobProcessor, QueueNames, QueueRegistry, SystemJobs } from '@xinzhi/server-queue';
import {
  IdParams,
  IdParamsSchema,
  SNAPSHOT_DAYS_DEFAULT,
  SnapshotQuery,
  SnapshotQuerySchema,
  SnapshotSeries,
  SnapshotSeriesSchema,
} from '@xinzhi/shared-contracts';
import { projectExists, projectsToSnapshot, snapshotSeries, writeSnapshots } from './progress.data';

/**
 * `system/snapshot-projects`: scheduled for 00:10 each night in APP_TIME_ZONE, and run once when a
 * worker starts so a new database shows its history at once. Idempotent: days already written stay.
 */
@Injectable()
@JobProcessor(QueueNames.system, 'snapshot-projects', {
  schedule: { id: 'nightly-snapshots', pattern: '10 0 * * *', data: { tenantId: null } },
})
export class SnapshotProjectsHandler implements JobHandler<SystemJobs['snapshot-projects']>, OnApplicationBootstrap {
  private readonly logger = new Logger('Snapshots');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly queues: QueueRegistry,
    @InjectConfig() private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .get(QueueNames.system)
      .add(
        'snapshot-projects',
        { tenantId: null },
        { jobId: `snapshots-at-start-${this.clock.today()}`, removeOnComplete: true, removeOnFail: 50 },
      )
      .catch((error: Error) => this.logger.warn(`could not queue the start-up snapshot run: ${error.message}`));
  }

  async handle(job: Job<SystemJobs['snapshot-projects']>): Promise<{ day: string; written: number }> {
    const day = job.data.day ?? addDays(this.clock.today(), -1);
    const requestId = `job-${job.id}`;
    const { results: tenants, failures } = await eachTenant(this.tx, requestId, (m) => projectsToSnapshot(m, day));
    let written = 0;
    for (const { tenantId, value: projects } of tenants) {
      for (const { id } of projects) {
        try {
          written += await this.tx.runAs(RequestContext.forTenant(tenantId, requestId), (m) =>
            writeSnapshots(m, id, day, this.config.snapshotBackfillDays),
          );
        } catch (error) {
          failures.push({ tenantId, error: error as Error });
        }
      }
    }
    for (const f of failures) this.logger.warn({ tenantId: f.tenantId, err: f.error.message }, 'snapshots failed');
    // What failed is retried with the job (its days are still missing); what was written is not rewritten.
    if (failures.length) throw new Error(`snapshots failed ${failures.length} time(s): ${failures[0].error.message}`);
    return { day, written };
  }
}

/** `GET /api/projects/:id/snapshots`: the daily series behind the dashboard's trend chart. */
@Injectable()
export class SnapshotsService {
  constructor(private readonly tx: TransactionRunner) {}

  series(projectId: string, days: number): Promise<SnapshotSeries> {
    return this.tx.run(async (m) => {
      if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
      return { projectId, items: await snapshotSeries(m, projectId, days) };
    });
  }
}

@ApiTags('projects')
@Controller('projects')
export class SnapshotsController {
  constructor(private readonly snapshots: SnapshotsService) {}

  @Get(':id/snapshots')
  @AnyTenantMember()
  @Responds(
    SnapshotSeriesSchema,
    200,
    'Daily numbers of the project, oldest first (today is not included: the project itself carries today’s).',
  )
  list(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidQuery(SnapshotQuerySchema) query: SnapshotQuery): Promise<SnapshotSeries> {
    return this.snapshots.series(id, query.days ?? SNAPSHOT_DAYS_DEFAULT);
  }
}
