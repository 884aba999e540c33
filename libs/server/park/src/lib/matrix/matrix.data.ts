import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { AreaPainPoints, BusinessArea } from '@xinzhi/shared-contracts';
import { MatrixTenant } from './matrix';

/** `pain_points_by_area` holds `ParkTenantSummary['painPointsByArea']` (the worker writes it). */
type MatrixRow = Row<'tenants', 'industry_section'> & { pain_points_by_area: Partial<Record<BusinessArea, AreaPainPoints>> | null };

/** The acting park's tenants' industry sections with their rollups' open pain points by business area. */
export async function matrixTenants(m: EntityManager): Promise<MatrixTenant[]> {
  const rows = await selectRows<MatrixRow>(
    m,
    `SELECT t.industry_section, s.pain_points_by_area
       FROM park_tenant_summaries s JOIN tenants t ON t.id = s.tenant_id`,
  );
  return rows.map((r) => ({ industrySection: r.industry_section, painPointsByArea: r.pain_points_by_area ?? {} }));
}

/** The business areas of each published solution of the acting park's catalog (row security: its own). */
export async function publishedSolutionAreas(m: EntityManager): Promise<string[][]> {
  const rows = await selectRows<Row<'solutions', 'business_areas'>>(m, `SELECT business_areas FROM solutions WHERE status = 'published'`);
  return rows.map((r) => r.business_areas);
}
