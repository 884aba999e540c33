import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { BENCHMARK_MEASURES, BenchmarkCohort, BenchmarkMeasure, BenchmarkRow } from '@xinzhi/shared-contracts';

type BenchmarkSqlRow = {
  measure: string;
  own: number | null;
  section_enough: boolean;
  section_peers: number | null;
  section_q1: number | null;
  section_median: number | null;
  section_q3: number | null;
  park_enough: boolean;
  park_peers: number | null;
  park_q1: number | null;
  park_median: number | null;
  park_q3: number | null;
};

const cohort = (enough: boolean, peers: number | null, q1: number | null, median: number | null, q3: number | null): BenchmarkCohort =>
  enough ? { enough, peers, q1, median, q3 } : { enough: false, peers: null, q1: null, median: null, q3: null };

/**
 * The acting tenant's benchmark through `tenant_benchmark()`: its own values and the aggregates of
 * its cohorts (quartiles only where 5 other tenants have the number — decided in the function).
 */
export async function tenantBenchmark(m: EntityManager): Promise<BenchmarkRow[]> {
  const rows = await selectRows<BenchmarkSqlRow>(m, 'SELECT * FROM tenant_benchmark()');
  return rows
    .filter((r): r is BenchmarkSqlRow & { measure: BenchmarkMeasure } => (BENCHMARK_MEASURES as readonly string[]).includes(r.measure))
    .map((r) => ({
      measure: r.measure,
      own: r.own,
      section: cohort(r.section_enough, r.section_peers, r.section_q1, r.section_median, r.section_q3),
      park: cohort(r.park_enough, r.park_peers, r.park_q1, r.park_median, r.park_q3),
    }));
}

/** The acting tenant's industry section (row security: its own tenant row). */
export async function ownSection(m: EntityManager): Promise<string | null> {
  const [row] = await selectRows<Row<'tenants', 'industry_section'>>(m, 'SELECT industry_section FROM tenants WHERE id = app_tenant_id()');
  return row?.industry_section ?? null;
}
