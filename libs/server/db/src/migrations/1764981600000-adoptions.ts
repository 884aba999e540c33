import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Adoptions: a solution of the park's catalog adopted into a tenant's project.
 * - `solution_adoptions`: a tenant table. `solution_id` references `solutions (id)` (the park's
 *   table, unique on `id`): foreign-key checks bypass row security, so the reference holds although
 *   the tenant reads only published solutions; ON DELETE RESTRICT keeps the park from deleting a
 *   solution someone adopted (it retires it instead). `solution_name` is the name as adopted, so the
 *   tenant still names the solution after the park retires it (and the tenant can no longer read it).
 *   One adoption per project and solution: UNIQUE (tenant_id, project_id, solution_id).
 * - `adoption_pain_points`: the tenant's pain points an adoption answers.
 * - `tasks.origin_adoption_id`, `kpis.origin_adoption_id`: provenance of template tasks and KPIs.
 *   Removing an adoption clears the column only (ON DELETE SET NULL of that column): the tasks and
 *   KPIs stay as ordinary ones. A task has at most one origin (an assessment gap or an adoption).
 * - The park reads its tenants' adoptions and their pain-point links (policy `park_reads`, as for
 *   pain points), so its pain-point lists say which adoption answers each one.
 * - `pain_point_answered(tenant, pain point)`: the rule that makes an open pain point `addressed` —
 *   its linked adoptions have at least one done task and no task left open (cancelled ones do not
 *   count). Used by the worker's job in the tenant's context and by its catch-up read.
 * - SECURITY DEFINER reads, owned by `xinzhi_definer` with column grants only to what they count:
 *   `worker_answered_pain_point_projects()` (the catch-up sweep: tenant and project ids) and
 *   `park_solution_outcomes(solution)` / `park_solution_scene_outcomes(solution)` (the acting park's
 *   aggregates over its tenants' adoptions — never tasks' titles, people or answers).
 */
export class Adoptions1764981600000 implements MigrationInterface {
  name = 'Adoptions1764981600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE solution_adoptions (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id     uuid NOT NULL,
        solution_id    uuid NOT NULL REFERENCES solutions (id) ON DELETE RESTRICT,
        solution_name  text NOT NULL CHECK (length(btrim(solution_name)) BETWEEN 1 AND 200),
        start_date     date NOT NULL,
        created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT solution_adoptions_once UNIQUE (tenant_id, project_id, solution_id)
      );
      CREATE INDEX solution_adoptions_solution ON solution_adoptions (solution_id);

      CREATE TABLE adoption_pain_points (
        tenant_id      uuid NOT NULL,
        adoption_id    uuid NOT NULL,
        pain_point_id  uuid NOT NULL,
        PRIMARY KEY (tenant_id, adoption_id, pain_point_id),
        FOREIGN KEY (tenant_id, adoption_id) REFERENCES solution_adoptions (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, pain_point_id) REFERENCES pain_points (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX adoption_pain_points_pain_point ON adoption_pain_points (tenant_id, pain_point_id);
    `);
    for (const table of ['solution_adoptions', 'adoption_pain_points']) await q.query(tenantIsolation(table));
    await q.query(`
      CREATE POLICY park_reads ON solution_adoptions FOR SELECT
        USING (EXISTS (SELECT 1 FROM tenants t WHERE t.id = solution_adoptions.tenant_id AND t.park_id = app_park_id()));
      CREATE POLICY park_reads ON adoption_pain_points FOR SELECT
        USING (EXISTS (SELECT 1 FROM tenants t WHERE t.id = adoption_pain_points.tenant_id AND t.park_id = app_park_id()));
    `);

    // Provenance of template tasks and KPIs.
    await q.query(`
      ALTER TABLE tasks
        ADD COLUMN origin_adoption_id uuid,
        ADD CONSTRAINT tasks_origin_adoption_fkey FOREIGN KEY (tenant_id, origin_adoption_id)
          REFERENCES solution_adoptions (tenant_id, id) ON DELETE SET NULL (origin_adoption_id),
        ADD CONSTRAINT tasks_one_origin CHECK (origin_adoption_id IS NULL OR origin_assessment_id IS NULL);
      CREATE INDEX tasks_origin_adoption ON tasks (tenant_id, origin_adoption_id) WHERE origin_adoption_id IS NOT NULL;

      ALTER TABLE kpis
        ADD COLUMN origin_adoption_id uuid,
        ADD CONSTRAINT kpis_origin_adoption_fkey FOREIGN KEY (tenant_id, origin_adoption_id)
          REFERENCES solution_adoptions (tenant_id, id) ON DELETE SET NULL (origin_adoption_id);
      CREATE INDEX kpis_origin_adoption ON kpis (tenant_id, origin_adoption_id) WHERE origin_adoption_id IS NOT NULL;
    `);

    // The addressed rule, one definition for the job and its catch-up read (runs as its caller).
    await q.query(`
      CREATE FUNCTION pain_point_answered(p_tenant uuid, p_pain_point uuid) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
          SELECT EXISTS (SELECT 1 FROM adoption_pain_points l JOIN tasks t ON t.tenant_id = l.tenant_id AND t.origin_adoption_id = l.adoption_id
                          WHERE l.tenant_id = p_tenant AND l.pain_point_id = p_pain_point AND t.status = 'done')
             AND NOT EXISTS (SELECT 1 FROM adoption_pain_points l JOIN tasks t ON t.tenant_id = l.tenant_id AND t.origin_adoption_id = l.adoption_id
                              WHERE l.tenant_id = p_tenant AND l.pain_point_id = p_pain_point AND t.status NOT IN ('done', 'cancelled'))
        $$;
    `);

    // What the definer functions read: ids, statuses and numbers; no titles, names of people or answers.
    await q.query(`
      GRANT SELECT (park_id, id, scenes) ON solutions TO xinzhi_definer;
      GRANT SELECT (tenant_id, id, status) ON pain_points TO xinzhi_definer;
      GRANT SELECT (tenant_id, id, project_id, solution_id, start_date) ON solution_adoptions TO xinzhi_definer;
      GRANT SELECT (tenant_id, adoption_id, pain_point_id) ON adoption_pain_points TO xinzhi_definer;
      GRANT SELECT (tenant_id, id, origin_adoption_id, status, percent_done, weight) ON tasks TO xinzhi_definer;
      GRANT SELECT (tenant_id, id, origin_adoption_id, baseline, target, direction) ON kpis TO xinzhi_definer;
      GRANT SELECT (tenant_id, kpi_id, taken_on, value) ON kpi_readings TO xinzhi_definer;
      GRANT SELECT (result) ON assessments TO xinzhi_definer;
      CREATE POLICY definer_read ON solutions FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON pain_points FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON solution_adoptions FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON adoption_pain_points FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON tasks FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON kpis FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_read ON kpi_readings FOR SELECT TO xinzhi_definer USING (true);
      GRANT EXECUTE ON FUNCTION kpi_attainment(double precision, double precision, text, double precision) TO xinzhi_definer;
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;

      -- The worker's catch-up read: projects with an adoption answering an open pain point whose rule now
      -- holds (ids only). Fresh changes are left to the job the recompute queues.
      CREATE FUNCTION worker_answered_pain_point_projects(p_limit integer)
        RETURNS TABLE (tenant_id uuid, project_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT DISTINCT a.tenant_id, a.project_id
            FROM pain_points p
            JOIN adoption_pain_points l ON l.tenant_id = p.tenant_id AND l.pain_point_id = p.id
            JOIN solution_adoptions a ON a.tenant_id = l.tenant_id AND a.id = l.adoption_id
            JOIN projects pr ON pr.tenant_id = a.tenant_id AND pr.id = a.project_id
           WHERE p.status = 'open' AND pr.changed_at < now() - interval '3 seconds'
             AND pain_point_answered(p.tenant_id, p.id)
           LIMIT least(greatest(p_limit, 1), 1000)
        $$;

      -- The acting park's solution, over all adoptions of it by the park's tenants: counts and means only.
      CREATE FUNCTION park_solution_outcomes(p_solution uuid)
        RETURNS TABLE (tenants integer, adoptions integer, tasks_total integer, tasks_done integer,
                       task_progress double precision, kpi_attainment double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          WITH a AS (
            SELECT a.tenant_id, a.id FROM solution_adoptions a
              JOIN solutions s ON s.id = a.solution_id AND s.park_id = app_park_id()
              JOIN tenants t ON t.id = a.tenant_id AND t.park_id = app_park_id()
             WHERE a.solution_id = p_solution
          ),
          tk AS (
            SELECT t.status, t.weight,
                   CASE t.status WHEN 'done' THEN 1.0 WHEN 'todo' THEN 0.0 ELSE t.percent_done / 100.0 END AS c
              FROM a JOIN tasks t ON t.tenant_id = a.tenant_id AND t.origin_adoption_id = a.id
             WHERE t.status <> 'cancelled'
          ),
          kp AS (
            SELECT kpi_attainment(k.baseline, k.target, k.direction, r.value) AS attainment
              FROM a JOIN kpis k ON k.tenant_id = a.tenant_id AND k.origin_adoption_id = a.id
              JOIN LATERAL (SELECT x.value FROM kpi_readings x WHERE x.tenant_id = k.tenant_id AND x.kpi_id = k.id
                             ORDER BY x.taken_on DESC LIMIT 1) r ON true
          )
          SELECT (SELECT count(DISTINCT tenant_id) FROM a)::int,
                 (SELECT count(*) FROM a)::int,
                 (SELECT count(*) FROM tk)::int,
                 (SELECT count(*) FILTER (WHERE status = 'done') FROM tk)::int,
                 (SELECT sum(weight * c) / nullif(sum(weight), 0) FROM tk)::double precision,
                 (SELECT avg(attainment) FROM kp)::double precision
        $$;

      -- Per scene the acting park's solution raises: each adopting tenant's level of that scene at its last
      -- scored assessment on or before its (first) adoption's start, and at its latest scored one after;
      -- tenants with both are compared. Levels only, never answers.
      CREATE FUNCTION park_solution_scene_outcomes(p_solution uuid)
        RETURNS TABLE (scene_id text, tenants_compared integer, before double precision, after double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          WITH s AS (
            SELECT s.id, e.ord, e.scene->>'sceneId' AS scene_id
              FROM solutions s CROSS JOIN LATERAL jsonb_array_elements(s.scenes) WITH ORDINALITY AS e(scene, ord)
             WHERE s.id = p_solution AND s.park_id = app_park_id()
          ),
          adopted AS (
            SELECT a.tenant_id, min(a.start_date) AS start_date FROM solution_adoptions a
              JOIN tenants t ON t.id = a.tenant_id AND t.park_id = app_park_id()
             WHERE a.solution_id = p_solution AND EXISTS (SELECT 1 FROM s)
             GROUP BY a.tenant_id
          ),
          levels AS (
            SELECT ad.tenant_id, s.scene_id, s.ord,
                   (SELECT (sl->>'level')::int FROM jsonb_array_elements(b.result->'sceneLevels') sl WHERE sl->>'sceneId' = s.scene_id LIMIT 1) AS before,
                   (SELECT (sl->>'level')::int FROM jsonb_array_elements(f.result->'sceneLevels') sl WHERE sl->>'sceneId' = s.scene_id LIMIT 1) AS after
              FROM adopted ad CROSS JOIN s
              LEFT JOIN LATERAL (SELECT x.result FROM assessments x WHERE x.tenant_id = ad.tenant_id AND x.status = 'scored'
                                    AND x.assessed_on <= ad.start_date ORDER BY x.assessed_on DESC, x.scored_at DESC, x.id DESC LIMIT 1) b ON true
              LEFT JOIN LATERAL (SELECT x.result FROM assessments x WHERE x.tenant_id = ad.tenant_id AND x.status = 'scored'
                                    AND x.assessed_on > ad.start_date ORDER BY x.assessed_on DESC, x.scored_at DESC, x.id DESC LIMIT 1) f ON true
          )
          SELECT s.scene_id,
                 count(l.tenant_id) FILTER (WHERE l.before IS NOT NULL AND l.after IS NOT NULL)::int,
                 avg(l.before) FILTER (WHERE l.before IS NOT NULL AND l.after IS NOT NULL)::double precision,
                 avg(l.after) FILTER (WHERE l.before IS NOT NULL AND l.after IS NOT NULL)::double precision
            FROM s LEFT JOIN levels l ON l.scene_id = s.scene_id
           GROUP BY s.scene_id, s.ord ORDER BY s.ord
        $$;
    `);
    for (const fn of [
      'worker_answered_pain_point_projects(integer)',
      'park_solution_outcomes(uuid)',
      'park_solution_scene_outcomes(uuid)',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO xinzhi_definer; REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC;`);
      await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${fn} TO %I', current_setting('xinzhi.app_role')); END $$`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION park_solution_scene_outcomes(uuid), park_solution_outcomes(uuid), worker_answered_pain_point_projects(integer),
        pain_point_answered(uuid, uuid);
      DROP POLICY definer_read ON kpi_readings; DROP POLICY definer_read ON kpis; DROP POLICY definer_read ON tasks;
      DROP POLICY definer_read ON pain_points; DROP POLICY definer_read ON solutions;
      REVOKE SELECT ON solutions, pain_points, tasks, kpis, kpi_readings FROM xinzhi_definer;
      REVOKE SELECT (result) ON assessments FROM xinzhi_definer;
      ALTER TABLE kpis DROP CONSTRAINT kpis_origin_adoption_fkey, DROP COLUMN origin_adoption_id;
      ALTER TABLE tasks DROP CONSTRAINT tasks_one_origin, DROP CONSTRAINT tasks_origin_adoption_fkey, DROP COLUMN origin_adoption_id;
      DROP TABLE adoption_pain_points, solution_adoptions;
    `);
  }
}
