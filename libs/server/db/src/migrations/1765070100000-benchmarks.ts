import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant's peer benchmark: `tenant_benchmark()`, a SECURITY DEFINER read owned by
 * `xinzhi_definer` over the park rollups (`park_tenant_summaries`, computed rows only). For the
 * acting tenant it returns, per measure (transformation index, maturity points, maturity level),
 * its own value and, for two cohorts — the tenants of its industry section in its park, and all
 * tenants of its park — the quartiles (`percentile_cont`: linear interpolation) of the values of
 * the cohort's tenants that have the number, itself included. A cohort is answered only when at
 * least 5 OTHER tenants have the number; otherwise `enough` is false and every number of it is null
 * (not even the count). Aggregates only: never another tenant's row or id. The threshold lives here,
 * not in a parameter, so no caller can lower it.
 */
export class Benchmarks1765070100000 implements MigrationInterface {
  name = 'Benchmarks1765070100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      CREATE FUNCTION tenant_benchmark()
        RETURNS TABLE (measure text, own double precision,
                       section_enough boolean, section_peers integer, section_q1 double precision, section_median double precision, section_q3 double precision,
                       park_enough boolean, park_peers integer, park_q1 double precision, park_median double precision, park_q3 double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          WITH me AS (
            SELECT t.id, t.park_id, t.industry_section FROM tenants t WHERE t.id = app_tenant_id()
          ),
          measures (measure, ord) AS (VALUES ('transformationIndex', 1), ('maturityPoints', 2), ('maturityLevel', 3)),
          vals AS (
            SELECT v.measure, v.value, s.tenant_id = me.id AS mine, t.industry_section = me.industry_section AS same_section
              FROM me
              JOIN park_tenant_summaries s ON s.park_id = me.park_id AND s.computed_at IS NOT NULL
              JOIN tenants t ON t.id = s.tenant_id AND t.park_id = me.park_id
              CROSS JOIN LATERAL (VALUES ('transformationIndex', s.transformation_index),
                                         ('maturityPoints', s.maturity_points),
                                         ('maturityLevel', s.maturity_level::double precision)) AS v (measure, value)
             WHERE v.value IS NOT NULL
          ),
          cohorts AS (
            SELECT measure, true AS section, count(*) FILTER (WHERE NOT mine)::int AS peers,
                   percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) AS q
              FROM vals WHERE same_section GROUP BY measure
            UNION ALL
            SELECT measure, false, count(*) FILTER (WHERE NOT mine)::int,
                   percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value)
              FROM vals GROUP BY measure
          ),
          shown AS (
            SELECT measure, section, peers >= 5 AS enough, CASE WHEN peers >= 5 THEN peers END AS peers,
                   CASE WHEN peers >= 5 THEN q END AS q
              FROM cohorts
          )
          SELECT m.measure,
                 (SELECT v.value FROM vals v WHERE v.mine AND v.measure = m.measure),
                 coalesce(s.enough, false), s.peers, s.q[1], s.q[2], s.q[3],
                 coalesce(p.enough, false), p.peers, p.q[1], p.q[2], p.q[3]
            FROM measures m
            LEFT JOIN shown s ON s.measure = m.measure AND s.section
            LEFT JOIN shown p ON p.measure = m.measure AND NOT p.section
           WHERE EXISTS (SELECT 1 FROM me)
           ORDER BY m.ord
        $$;
      ALTER FUNCTION tenant_benchmark() OWNER TO xinzhi_definer;
      REVOKE ALL ON FUNCTION tenant_benchmark() FROM PUBLIC;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION tenant_benchmark() TO %I', current_setting('xinzhi.app_role')); END $$`,
    );
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION tenant_benchmark()');
  }
}
