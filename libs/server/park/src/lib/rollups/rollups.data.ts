import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import type { BusinessArea, ReadingInterval } from '@xinzhi/shared-contracts';
import type { RollupInput, RollupRow } from './rollup-rules';

/**
 * The worker's reads and writes of a tenant's park rollup, all in the tenant's context (row
 * security keeps them to that tenant), except the two SECURITY DEFINER calls of the sweep and
 * the nightly snapshot.
 */

/** Creates the tenant's (empty, never computed) rollup row if it has none; false when the tenant is not visible. */
export async function ensureSummaryRow(m: EntityManager): Promise<boolean> {
  const rows = await selectRows<Row<'tenants', 'id'>>(m, 'SELECT id FROM tenants WHERE id = app_tenant_id()');
  if (!rows.length) return false;
  await execute(
    m,
    `INSERT INTO park_tenant_summaries (tenant_id, park_id)
     SELECT id, park_id FROM tenants WHERE id = app_tenant_id()
     ON CONFLICT (tenant_id) DO NOTHING`,
  );
  return true;
}

/**
 * The `changed_at` the computation about to run covers (read before anything it derives from), as
 * text: it goes back into `computed_at` at full (microsecond) precision, which a JS Date would cut.
 */
export async function summaryChangedAt(m: EntityManager): Promise<string | null> {
  const [row] = await selectRows<{ changed_at: string }>(
    m,
    'SELECT changed_at::text AS changed_at FROM park_tenant_summaries WHERE tenant_id = app_tenant_id()',
  );
  return row?.changed_at ?? null;
}

/** Whether a change landed after the rollup was last computed. */
export async function summaryIsStale(m: EntityManager): Promise<boolean> {
  const [row] = await selectRows<{ stale: boolean }>(
    m,
    'SELECT (computed_at IS NULL OR changed_at > computed_at) AS stale FROM park_tenant_summaries WHERE tenant_id = app_tenant_id()',
  );
  return row?.stale ?? false;
}

type ProjectRow = Row<
  'projects',
  'id' | 'name' | 'phase' | 'status' | 'progress' | 'transformation_index' | 'spi' | 'kpi_attainment' | 'health'
>;
type KpiRow = Row<'kpis', 'project_id' | 'reading_interval'> & { last_on: Col<'kpi_readings', 'taken_on'> | null; created_on: string };
type AreaRow = { area: BusinessArea; count: number; severity_sum: number; unanswered: number };

/** Everything the rollup derives from, read in the tenant's context (the projects' cached numbers, not their tasks). */
export async function readRollupInput(m: EntityManager, tenantId: string, timeZone: string): Promise<RollupInput> {
  const projects = await selectRows<ProjectRow>(
    m,
    `SELECT id, name, phase, status, progress, transformation_index, spi, kpi_attainment, health FROM projects ORDER BY created_at, id`,
  );
  const kpis = await selectRows<KpiRow>(
    m,
    `SELECT k.project_id, k.reading_interval, to_char((k.created_at AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS created_on,
            (SELECT max(r.taken_on) FROM kpi_readings r WHERE r.tenant_id = k.tenant_id AND r.kpi_id = k.id) AS last_on
       FROM kpis k`,
    [timeZone],
  );
  const [assessment] = await selectRows<Row<'assessments', 'level' | 'total_points' | 'assessed_on'>>(
    m,
    `SELECT level, total_points, assessed_on FROM assessments WHERE status = 'scored'
      ORDER BY assessed_on DESC, scored_at DESC, id DESC LIMIT 1`,
  );
  const areas = await selectRows<AreaRow>(
    m,
    `SELECT p.business_area AS area, count(*)::int AS count, sum(p.severity)::int AS severity_sum,
            count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM adoption_pain_points l WHERE l.tenant_id = p.tenant_id AND l.pain_point_id = p.id))::int AS unanswered
       FROM pain_points p WHERE p.status IN ('open', 'proposed')
      GROUP BY p.business_area ORDER BY p.business_area`,
  );
  const [other] = await selectRows<{ adopted: number; last_activity: Date | null }>(
    m,
    `SELECT (SELECT count(DISTINCT solution_id) FROM solution_adoptions)::int AS adopted,
            greatest((SELECT max(greatest(changed_at, updated_at)) FROM projects),
                     (SELECT max(created_at) FROM kpi_readings),
                     (SELECT max(updated_at) FROM assessments),
                     (SELECT max(updated_at) FROM pain_points),
                     (SELECT max(created_at) FROM solution_adoptions)) AS last_activity`,
  );
  return {
    tenantId,
    projects: projects.map((p) => ({
      id: p.id,
      name: p.name,
      phase: p.phase,
      status: p.status,
      progress: p.progress,
      transformationIndex: p.transformation_index,
      spi: p.spi,
      kpiAttainment: p.kpi_attainment,
      health: p.health,
    })),
    kpis: kpis.map((k) => ({
      projectId: k.project_id,
      interval: k.reading_interval as ReadingInterval,
      lastReadingOn: k.last_on,
      createdOn: k.created_on,
    })),
    assessment:
      assessment && assessment.level !== null && assessment.total_points !== null && assessment.assessed_on !== null
        ? { level: assessment.level, points: Number(assessment.total_points), assessedOn: assessment.assessed_on }
        : null,
    painPoints: areas.map((a) => ({ area: a.area, count: a.count, severitySum: a.severity_sum, unanswered: a.unanswered })),
    adoptedSolutions: other.adopted,
    lastActivityAt: other.last_activity,
  };
}

/** Writes the computed rollup; `computed_at` is the `changed_at` the computation started from. */
export async function writeSummary(m: EntityManager, row: RollupRow, coveredChangedAt: string): Promise<void> {
  await execute(
    m,
    `UPDATE park_tenant_summaries SET
        projects_total = $2, active_projects = $3, on_track_projects = $4, at_risk_projects = $5, late_projects = $6,
        progress = $7, transformation_index = $8, spi = $9, kpi_attainment = $10, health = $11,
        kpis_total = $12, kpis_stale = $13, maturity_level = $14, maturity_points = $15, assessed_on = $16,
        open_pain_points = $17, unanswered_pain_points = $18, pain_points_by_area = $19::jsonb, adopted_solutions = $20,
        last_activity_at = $21, projects = $22::jsonb, computed_at = $23::timestamptz, refreshed_at = clock_timestamp()
      WHERE tenant_id = $1`,
    [
      row.tenantId,
      row.projectsTotal,
      row.activeProjects,
      row.onTrackProjects,
      row.atRiskProjects,
      row.lateProjects,
      row.progress,
      row.transformationIndex,
      row.spi,
      row.kpiAttainment,
      row.health,
      row.kpisTotal,
      row.kpisStale,
      row.maturityLevel,
      row.maturityPoints,
      row.assessedOn,
      row.openPainPoints,
      row.unansweredPainPoints,
      JSON.stringify(row.painPointsByArea),
      row.adoptedSolutions,
      row.lastActivityAt,
      JSON.stringify(row.projects),
      coveredChangedAt,
    ],
  );
}

/** Tenants of any park whose rollup is missing or stale (SECURITY DEFINER, ids only). */
export async function staleSummaryTenants(m: EntityManager, limit: number): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(m, 'SELECT worker_stale_tenant_summaries($1) AS id', [limit]);
  return rows.map((r) => r.id);
}

/** Writes every park's averages for `day` from the rollups (SECURITY DEFINER); returns the parks written. */
export async function writeParkSnapshots(m: EntityManager, day: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT worker_write_park_snapshots($1::date) AS n', [day]);
  return n;
}
