import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { AnalysisTenant } from './pivot';

/** A tenant without a rollup row yet comes with nulls (LEFT JOIN). */
type Nullable<T> = { [K in keyof T]: T[K] | null };
type AnalysisRow = Row<'tenants', 'id' | 'name' | 'industry_section' | 'scale' | 'region' | 'emerging' | 'manufacturing_type'> &
  Nullable<Row<'park_tenant_summaries', 'transformation_index' | 'maturity_level' | 'maturity_points' | 'health' | 'open_pain_points'>>;

/**
 * The acting park's tenants (row security shows the park administrator only its own) with their
 * classification and the numbers of their rollup (`park_tenant_summaries`); a tenant the worker has
 * not rolled up yet comes with nulls. Reads no tenant table beyond `tenants`.
 */
export async function analysisTenants(m: EntityManager): Promise<AnalysisTenant[]> {
  const rows = await selectRows<AnalysisRow>(
    m,
    `SELECT t.id, t.name, t.industry_section, t.scale, t.region, t.emerging, t.manufacturing_type,
            s.transformation_index, s.maturity_level, s.maturity_points, s.health, s.open_pain_points
       FROM tenants t LEFT JOIN park_tenant_summaries s ON s.tenant_id = t.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    industrySection: r.industry_section,
    scale: r.scale,
    region: r.region,
    emerging: r.emerging,
    manufacturingType: r.manufacturing_type,
    transformationIndex: r.transformation_index,
    maturityLevel: r.maturity_level,
    maturityPoints: r.maturity_points,
    health: r.health,
    openPainPoints: r.open_pain_points ?? 0,
  }));
}
