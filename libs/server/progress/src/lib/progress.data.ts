import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import type { ProgressSnapshot } from '@xinzhi/shared-contracts';

/**
 * Recomputes one project's numbers in one transaction: lock the project row, read the `changed_at`
 * it was computed for, run the set-based computation, store the result with
 * `progress_computed_at = changed_at`. A change that commits meanwhile sets a later `changed_at`
 * (it waits for the lock), so the project stays stale and is computed again — never swallowed.
 * `today` is the business calendar's day, the day planned value is measured on.
 */
export async function recomputeProject(m: EntityManager, projectId: string, today: string): Promise<boolean> {
  // FOR NO KEY UPDATE: serialises recomputes of one project, yet does not wait for the key-share
  // locks that inserting rows referencing the project takes (snapshots, tasks).
  const locked = await selectRows<Row<'projects', 'id'>>(m, 'SELECT id FROM projects WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
  if (!locked.length) return false;
  // The row is locked, so `changed_at` is the very value this computation covers; it is copied in
  // the database, at full (microsecond) precision.
  await execute(
    m,
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

/** Whether a change landed after the project's numbers were last computed. */
export async function isStale(m: EntityManager, projectId: string): Promise<boolean> {
  const [row] = await selectRows<{ stale: boolean }>(m, 'SELECT changed_at > progress_computed_at AS stale FROM projects WHERE id = $1', [
    projectId,
  ]);
  return row?.stale ?? false;
}

/** Projects of any tenant whose numbers are older than their last change (SECURITY DEFINER, ids only). */
export function staleProjects(m: EntityManager): Promise<Array<Row<'projects', 'tenant_id'> & { project_id: Col<'projects', 'id'> }>> {
  return selectRows(m, 'SELECT tenant_id, project_id FROM worker_stale_projects(200)');
}

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
  const [{ n }] = await selectRows<{ n: number }>(m, WRITE_SNAPSHOTS, [day, backfillDays, projectId]);
  return n;
}

/** The projects of the current tenant that have snapshots to write for `day`. */
export async function projectsToSnapshot(m: EntityManager, day: string): Promise<Array<Row<'projects', 'id'>>> {
  return selectRows(m, `SELECT id FROM projects WHERE status <> 'archived' AND start_date <= $1::date ORDER BY id`, [day]);
}

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

/** Whether the user is still a member of the tenant in context (a live-events stream checks this once subscribed). */
export async function isTenantMember(m: EntityManager, userId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0;
}

type SnapshotRow = Row<'progress_snapshots', 'day' | 'progress' | 'planned' | 'kpi_attainment' | 'transformation_index' | 'spi' | 'health'>;

export function toSnapshot(r: SnapshotRow): ProgressSnapshot {
  return {
    day: r.day,
    progress: r.progress,
    planned: r.planned,
    kpiAttainment: r.kpi_attainment,
    transformationIndex: r.transformation_index,
    spi: r.spi,
    health: r.health,
  };
}

/** A project's newest `days` snapshots, oldest first. */
export async function snapshotSeries(m: EntityManager, projectId: string, days: number): Promise<ProgressSnapshot[]> {
  const rows = await selectRows<SnapshotRow>(
    m,
    `SELECT day, progress, planned, kpi_attainment, transformation_index, spi, health FROM (
           SELECT * FROM progress_snapshots WHERE project_id = $1 ORDER BY day DESC LIMIT $2
         ) s ORDER BY day`,
    [projectId, days],
  );
  return rows.map(toSnapshot);
}
