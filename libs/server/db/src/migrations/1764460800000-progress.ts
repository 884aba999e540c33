import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The progress engine's database side (the formulas: docs/domain.md):
 * - `compute_project_progress(project)`: task progress P, planned and earned value, SPI and health
 *   in one set-based statement, run by the worker inside the tenant's row-security context;
 * - `worker_stale_projects(limit)`: the worker's one cross-tenant read — which projects changed since
 *   their numbers were last computed — a SECURITY DEFINER function that sees only ids and times.
 */
export class Progress1764460800000 implements MigrationInterface {
  name = 'Progress1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX projects_stale ON projects (changed_at) WHERE progress_computed_at IS NULL OR changed_at > progress_computed_at`,
    );

    await q.query(`
      CREATE FUNCTION compute_project_progress(p_project uuid, p_today date DEFAULT current_date)
        RETURNS TABLE (progress double precision, planned_value double precision, earned_value double precision, spi double precision, health text)
        LANGUAGE sql STABLE AS $$
          WITH p AS (SELECT start_date, target_date FROM projects WHERE id = p_project),
          k AS (
            SELECT t.weight::double precision AS w,
                   CASE t.status WHEN 'done' THEN 1.0 WHEN 'todo' THEN 0.0 ELSE t.percent_done / 100.0 END AS c,
                   coalesce(t.start_date, p.start_date) AS s,
                   coalesce(t.due_date, p.target_date) AS d
              FROM tasks t, p
             WHERE t.project_id = p_project AND t.status <> 'cancelled'
          ),
          f AS (
            SELECT w, c,
                   CASE WHEN p_today < s THEN 0.0
                        WHEN p_today >= d THEN 1.0
                        ELSE (p_today - s)::double precision / (d - s) END AS planned
              FROM k
          ),
          sums AS (SELECT sum(w) AS total, sum(w * c) AS ev, sum(w * planned) AS pv FROM f)
          SELECT coalesce(ev / nullif(total, 0), 0),
                 coalesce(pv, 0),
                 coalesce(ev, 0),
                 CASE WHEN coalesce(pv, 0) = 0 THEN 1.0 ELSE ev / pv END,
                 CASE WHEN coalesce(pv, 0) = 0 OR ev / pv >= 0.95 THEN 'on_track' WHEN ev / pv >= 0.80 THEN 'at_risk' ELSE 'late' END
            FROM sums
        $$;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION compute_project_progress(uuid, date) TO %I', current_setting('xinzhi.app_role')); END $$`,
    );

    await q.query(`
      GRANT SELECT (tenant_id, id, changed_at, progress_computed_at) ON projects TO xinzhi_definer;
      CREATE POLICY definer_stale ON projects FOR SELECT TO xinzhi_definer USING (true);
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      CREATE FUNCTION worker_stale_projects(p_limit integer)
        RETURNS TABLE (tenant_id uuid, project_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT p.tenant_id, p.id FROM projects p
           WHERE p.progress_computed_at IS NULL OR p.changed_at > p.progress_computed_at
           ORDER BY p.changed_at LIMIT least(greatest(p_limit, 1), 1000)
        $$;
      ALTER FUNCTION worker_stale_projects(integer) OWNER TO xinzhi_definer;
      REVOKE ALL ON FUNCTION worker_stale_projects(integer) FROM PUBLIC;
      REVOKE CREATE ON SCHEMA public FROM xinzhi_definer;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION worker_stale_projects(integer) TO %I', current_setting('xinzhi.app_role')); END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION worker_stale_projects(integer), compute_project_progress(uuid, date); DROP POLICY definer_stale ON projects;
      REVOKE SELECT ON projects FROM xinzhi_definer; DROP INDEX projects_stale;`);
  }
}
