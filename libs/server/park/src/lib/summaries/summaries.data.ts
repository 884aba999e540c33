import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import type {
  AreaPainPoints,
  BusinessArea,
  ParkTenantSummary,
  TenantClassificationRow,
  TenantProjectSummary,
} from '@xinzhi/shared-contracts';

/**
 * The park's reads of its rollups: `park_tenant_summaries` joined to the park's own tenant register
 * (names and classification). Row security keeps both to the acting park; no tenant table is read.
 */

/** One tenant's rollup as the park's table and dashboard use it (lean: no per-project detail). */
export interface ParkRollupRow extends TenantClassificationRow {
  activeProjects: number;
  onTrackProjects: number;
  atRiskProjects: number;
  lateProjects: number;
  progress: number | null;
  transformationIndex: number | null;
  health: ParkTenantSummary['health'];
  kpisStale: number;
  maturityLevel: number | null;
  maturityPoints: number | null;
  openPainPoints: number;
  unansweredPainPoints: number;
  lastActivityAt: Date | null;
  /** The business day of `lastActivityAt` in the app's time zone. */
  lastActivityDay: string | null;
}

type ClassificationRow = Row<
  'tenants',
  'id' | 'name' | 'industry_section' | 'industry_division' | 'scale' | 'region' | 'emerging' | 'manufacturing_type'
>;
type LeanRow = ClassificationRow &
  Row<
    'park_tenant_summaries',
    | 'active_projects'
    | 'on_track_projects'
    | 'at_risk_projects'
    | 'late_projects'
    | 'progress'
    | 'transformation_index'
    | 'health'
    | 'kpis_stale'
    | 'maturity_level'
    | 'maturity_points'
    | 'open_pain_points'
    | 'unanswered_pain_points'
    | 'last_activity_at'
  > & { last_activity_day: string | null };

function toClassification(r: ClassificationRow): TenantClassificationRow {
  return {
    tenantId: r.id,
    name: r.name,
    industrySection: r.industry_section,
    industryDivision: r.industry_division,
    scale: r.scale,
    region: r.region,
    emerging: r.emerging,
    manufacturingType: r.manufacturing_type,
  };
}

const CLASSIFICATION = `t.id, t.name, t.industry_section, t.industry_division, t.scale, t.region, t.emerging, t.manufacturing_type`;

/** Every computed rollup of the acting park's tenants (a tenant not yet rolled up is left out). */
export async function parkRollupRows(m: EntityManager, timeZone: string): Promise<ParkRollupRow[]> {
  const rows = await selectRows<LeanRow>(
    m,
    `SELECT ${CLASSIFICATION}, s.active_projects, s.on_track_projects, s.at_risk_projects, s.late_projects, s.progress,
            s.transformation_index, s.health, s.kpis_stale, s.maturity_level, s.maturity_points, s.open_pain_points,
            s.unanswered_pain_points, s.last_activity_at,
            to_char((coalesce(s.last_activity_at, t.created_at) AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS last_activity_day
       FROM park_tenant_summaries s
       JOIN tenants t ON t.id = s.tenant_id
      WHERE s.park_id = app_park_id() AND s.computed_at IS NOT NULL`,
    [timeZone],
  );
  return rows.map((r) => ({
    ...toClassification(r),
    activeProjects: r.active_projects,
    onTrackProjects: r.on_track_projects,
    atRiskProjects: r.at_risk_projects,
    lateProjects: r.late_projects,
    progress: r.progress,
    transformationIndex: r.transformation_index,
    health: r.health,
    kpisStale: r.kpis_stale,
    maturityLevel: r.maturity_level,
    maturityPoints: r.maturity_points,
    openPainPoints: r.open_pain_points,
    unansweredPainPoints: r.unanswered_pain_points,
    lastActivityAt: r.last_activity_at,
    lastActivityDay: r.last_activity_day,
  }));
}

/** The tenant's classification when it is a tenant of the acting park, else null. */
export async function parkTenant(m: EntityManager, tenantId: string): Promise<TenantClassificationRow | null> {
  const [row] = await selectRows<ClassificationRow>(
    m,
    `SELECT ${CLASSIFICATION} FROM tenants t WHERE t.id = $1 AND t.park_id = app_park_id()`,
    [tenantId],
  );
  return row ? toClassification(row) : null;
}

type FullRow = Row<'park_tenant_summaries'> & { last_activity_day: string | null };

/** The tenant's full rollup (with its projects), null until first computed. */
export async function tenantRollup(
  m: EntityManager,
  tenantId: string,
  timeZone: string,
): Promise<{ summary: ParkTenantSummary; projects: TenantProjectSummary[]; lastActivityDay: string | null } | null> {
  const [r] = await selectRows<FullRow>(
    m,
    `SELECT s.*,
            to_char((coalesce(s.last_activity_at, (SELECT t.created_at FROM tenants t WHERE t.id = s.tenant_id)) AT TIME ZONE $2)::date,
                    'YYYY-MM-DD') AS last_activity_day
       FROM park_tenant_summaries s WHERE s.tenant_id = $1 AND s.park_id = app_park_id() AND s.computed_at IS NOT NULL`,
    [tenantId, timeZone],
  );
  if (!r) return null;
  return {
    summary: {
      tenantId: r.tenant_id,
      projectsTotal: r.projects_total,
      activeProjects: r.active_projects,
      onTrackProjects: r.on_track_projects,
      atRiskProjects: r.at_risk_projects,
      lateProjects: r.late_projects,
      progress: r.progress,
      transformationIndex: r.transformation_index,
      spi: r.spi,
      kpiAttainment: r.kpi_attainment,
      health: r.health,
      kpisTotal: r.kpis_total,
      kpisStale: r.kpis_stale,
      maturityLevel: r.maturity_level,
      maturityPoints: r.maturity_points,
      assessedOn: r.assessed_on,
      openPainPoints: r.open_pain_points,
      unansweredPainPoints: r.unanswered_pain_points,
      painPointsByArea: r.pain_points_by_area as Partial<Record<BusinessArea, AreaPainPoints>>,
      adoptedSolutions: r.adopted_solutions,
      lastActivityAt: r.last_activity_at?.toISOString() ?? null,
      computedAt: (r.refreshed_at ?? r.changed_at).toISOString(),
    },
    projects: r.projects as unknown as TenantProjectSummary[],
    lastActivityDay: r.last_activity_day,
  };
}
