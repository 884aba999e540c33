import { Controller, Get, Injectable, Logger, OnApplicationBootstrap, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { addDays, AnyTenantMember, AppConfig, Clock, IdParam, InjectConfig, ProblemException, RequestContext } from '@xinzhi/server-core';
import { eachTenant, TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, QueueNames, QueueRegistry, registerSchedule, SystemJobs } from '@xinzhi/server-queue';
import type { Health, ProgressSnapshot, SnapshotQuery, SnapshotSeries } from '@xinzhi/shared-contracts';

/** At most this many days of history are read or backfilled. */
export const SNAPSHOT_MAX_DAYS = 366;

/**
 * One set-based statement per project (a short transaction each, so no lock is held for long):
 * each day from the day after its newest snapshot (or, the first time, from `backfill` days back, not before the project's
 * start) up to `$1` gets its end-of-day numbers, replayed from history by the SQL functions of the
 * trends migration. Existing rows are never rewritten, so a second run of the same night adds nothing.
 */
const WRITE_SNAPSHOTS = `
  WITH written AS (
    INSERT INTO progress_snapshots (tenant_id, project_id, day, progress, planned, earned_value, planned_value,
                                    kpi_attainment, transformation_index, spi, health, source)
    SELECT p.tenant_id, p.id, d.day, c.progress, c.planned, c.earned_value, c.planned_value, k.a,
           CASE WHEN k.a IS NULL THEN c.progress ELSE p.task_weight * c.progress + (1 - p.task_weight) * k.a END,
           c.spi, c.health, CASE WHEN d.day = $1::date THEN 'nightly' ELSE 'backfill' END
      FROM projects p
      CROSS JOIN LATERAL (
        SELECT g::date AS day
          FROM generate_series(
                 greatest(p.start_date, $1::date - $2::int,
                          (SELECT max(s.day) + 1 FROM progress_snapshots s WHERE s.tenant_id = p.tenant_id AND s.project_id = p.id)),
                 $1::date, interval '1 day') g
      ) d
      CROSS JOIN LATERAL compute_project_progress_on(p.id, d.day) c
      CROSS JOIN LATERAL (SELECT compute_project_kpi_attainment_on(p.id, d.day) AS a) k
     WHERE p.id = $3
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS n FROM written`;

/** Writes one project's missing snapshots up to `day`; returns how many rows were added. */
export async function writeSnapshots(m: EntityManager, projectId: string, day: string, backfillDays: number): Promise<number> {
  const [{ n }] = await m.query(WRITE_SNAPSHOTS, [day, backfillDays, projectId]);
  return n;
}

/**
 * `system/snapshot-projects`: scheduled for 00:10 each night in APP_TIME_ZONE, and run once when a
 * worker starts so a new database shows its history at once. Idempotent: days already written stay.
 */
@Injectable()
export class SnapshotProjectsHandler implements JobHandler<SystemJobs['snapshot-projects']>, OnApplicationBootstrap {
  readonly queue = QueueNames.system;
  readonly jobName = 'snapshot-projects';
  private readonly logger = new Logger('Snapshots');

  constructor(private readonly tx: TransactionRunner, private readonly queues: QueueRegistry, @InjectConfig() private readonly config: AppConfig, private readonly clock: Clock) {}

  async onApplicationBootstrap(): Promise<void> {
    await registerSchedule(this.queues, {
      id: 'nightly-snapshots', queue: QueueNames.system, jobName: 'snapshot-projects', data: { tenantId: null }, pattern: '10 0 * * *', timeZone: this.config.appTimeZone,
    }, this.logger);
    await this.queues.get(QueueNames.system).add('snapshot-projects', { tenantId: null }, { jobId: `snapshots-at-start-${this.clock.today()}`, removeOnComplete: true, removeOnFail: 50 })
      .catch((error: Error) => this.logger.warn(`could not queue the start-up snapshot run: ${error.message}`));
  }

  async handle(job: Job<SystemJobs['snapshot-projects']>): Promise<{ day: string; written: number }> {
    const day = job.data.day ?? addDays(this.clock.today(), -1);
    const requestId = `job-${job.id}`;
    const { results: tenants, failures } = await eachTenant(this.tx, requestId, (m): Promise<Array<{ id: string }>> =>
      m.query(`SELECT id FROM projects WHERE status <> 'archived' AND start_date <= $1::date ORDER BY id`, [day]));
    let written = 0;
    for (const { tenantId, value: projects } of tenants) {
      for (const { id } of projects) {
        try {
          written += await this.tx.runAs(RequestContext.forTenant(tenantId, requestId), (m) => writeSnapshots(m, id, day, this.config.snapshotBackfillDays));
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

export class SnapshotQueryDto implements SnapshotQuery {
  @ApiPropertyOptional({ default: 90, minimum: 1, maximum: SNAPSHOT_MAX_DAYS })
  @IsOptional() @Transform(({ value }) => (value === undefined ? undefined : Number(value))) @IsInt() @Min(1) @Max(SNAPSHOT_MAX_DAYS)
  days?: number;
}

interface SnapshotSql {
  day: string; progress: number; planned: number; kpi_attainment: number | null; transformation_index: number; spi: number; health: Health;
}

/** `GET /api/projects/:id/snapshots`: the daily series behind the dashboard's trend chart. */
@Injectable()
export class SnapshotsService {
  constructor(private readonly tx: TransactionRunner) {}

  series(projectId: string, days: number): Promise<SnapshotSeries> {
    return this.tx.run(async (m) => {
      if (!(await m.query('SELECT 1 FROM projects WHERE id = $1', [projectId])).length) throw ProblemException.notFound('No project with this id.');
      const rows: SnapshotSql[] = await m.query(
        `SELECT day, progress, planned, kpi_attainment, transformation_index, spi, health FROM (
           SELECT * FROM progress_snapshots WHERE project_id = $1 ORDER BY day DESC LIMIT $2
         ) s ORDER BY day`,
        [projectId, days],
      );
      const items: ProgressSnapshot[] = rows.map((r) => ({
        day: r.day, progress: r.progress, planned: r.planned, kpiAttainment: r.kpi_attainment, transformationIndex: r.transformation_index, spi: r.spi, health: r.health,
      }));
      return { projectId, items };
    });
  }
}

@ApiTags('projects')
@Controller('projects')
export class SnapshotsController {
  constructor(private readonly snapshots: SnapshotsService) {}

  @Get(':id/snapshots')
  @AnyTenantMember()
  @ApiOkResponse({ description: 'Daily numbers of the project, oldest first (today is not included: the project itself carries today’s).' })
  list(@Param() { id }: IdParam, @Query() query: SnapshotQueryDto): Promise<SnapshotSeries> {
    return this.snapshots.series(id, query.days ?? 90);
  }
}
