import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Trends and notifications:
 * - `progress_snapshots`: one row per project and day, the numbers at the end of that day. The
 *   worker writes yesterday's row each night and, the first time it meets a project, fills in the
 *   past from task and reading history with `compute_project_progress_on(project, day)`, which
 *   replays `task_events` (each event stores `[before, after]` of what it changed).
 * - `notifications`: in-app messages; the morning job adds one per overdue task, person and day.
 * - `worker_tenant_ids()`: the daily jobs' one cross-tenant read — which tenants exist — so they
 *   can then work inside each tenant's own context.
 * The earned-value arithmetic moves into two small functions shared by the live and the historical
 * computation, so the earned-value formulas are written once.
 */
export class Trends1764633600000 implements MigrationInterface {
  name = 'Trends1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE progress_snapshots (
        tenant_id             uuid NOT NULL,
        project_id            uuid NOT NULL,
        day                   date NOT NULL,
        progress              double precision NOT NULL CHECK (progress BETWEEN 0 AND 1),
        planned               double precision NOT NULL CHECK (planned BETWEEN 0 AND 1),
        earned_value          double precision NOT NULL,
        planned_value         double precision NOT NULL,
        kpi_attainment        double precision CHECK (kpi_attainment IS NULL OR kpi_attainment BETWEEN 0 AND 1),
        transformation_index  double precision NOT NULL CHECK (transformation_index BETWEEN 0 AND 1),
        spi                   double precision NOT NULL,
        health                text NOT NULL CHECK (health IN ('on_track', 'at_risk', 'late')),
        source                text NOT NULL CHECK (source IN ('nightly', 'backfill')),
        created_at            timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, project_id, day),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE notifications (
        tenant_id   uuid NOT NULL,
        id          uuid NOT NULL DEFAULT uuid_generate_v7(),
        user_id     uuid NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('task_overdue')),
        task_id     uuid,
        day         date NOT NULL,
        params      jsonb NOT NULL,
        link        text CHECK (link IS NULL OR length(link) <= 500),
        created_at  timestamptz NOT NULL DEFAULT now(),
        read_at     timestamptz,
        PRIMARY KEY (tenant_id, id),
        -- One notice per person, task and morning: the job can run twice and tell nobody twice.
        UNIQUE (tenant_id, user_id, kind, task_id, day),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX notifications_inbox ON notifications (tenant_id, user_id, id DESC);
      CREATE INDEX notifications_unread ON notifications (tenant_id, user_id) WHERE read_at IS NULL;
      CREATE INDEX task_events_replay ON task_events (tenant_id, task_id, at) WHERE changes IS NOT NULL;
    `);
    for (const table of ['progress_snapshots', 'notifications']) await q.query(tenantIsolation(table));
    // A person reads and marks only their own notifications, on top of the tenant policy.
    await q.query(`
      CREATE POLICY own_notifications ON notifications AS RESTRICTIVE FOR SELECT USING (user_id = app_user_id() OR app_user_id() IS NULL);
      CREATE POLICY own_notifications_update ON notifications AS RESTRICTIVE FOR UPDATE USING (user_id = app_user_id());
    `);

    await q.query(`
      -- The planned fraction of one task on a day: 0 before its start, 1 from its due date, linear between.
      CREATE FUNCTION planned_fraction(p_start date, p_due date, p_day date) RETURNS double precision
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN p_day < p_start THEN 0.0 WHEN p_day >= p_due THEN 1.0
                      ELSE (p_day - p_start)::double precision / (p_due - p_start) END
        $$;

      -- Progress, SPI and health from Σ weight, EV and PV.
      CREATE FUNCTION earned_value_health(p_total double precision, p_ev double precision, p_pv double precision)
        RETURNS TABLE (progress double precision, planned double precision, spi double precision, health text)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce(p_ev / nullif(p_total, 0), 0),
                 coalesce(p_pv / nullif(p_total, 0), 0),
                 CASE WHEN coalesce(p_pv, 0) = 0 THEN 1.0 ELSE p_ev / p_pv END,
                 CASE WHEN coalesce(p_pv, 0) = 0 OR p_ev / p_pv >= 0.95 THEN 'on_track' WHEN p_ev / p_pv >= 0.80 THEN 'at_risk' ELSE 'late' END
        $$;

      CREATE OR REPLACE FUNCTION compute_project_progress(p_project uuid, p_today date DEFAULT current_date)
        RETURNS TABLE (progress double precision, planned_value double precision, earned_value double precision, spi double precision, health text)
        LANGUAGE sql STABLE AS $$
          WITH p AS (SELECT start_date, target_date FROM projects WHERE id = p_project),
          k AS (
            SELECT t.weight::double precision AS w,
                   CASE t.status WHEN 'done' THEN 1.0 WHEN 'todo' THEN 0.0 ELSE t.percent_done / 100.0 END AS c,
                   planned_fraction(coalesce(t.start_date, p.start_date), coalesce(t.due_date, p.target_date), p_today) AS planned
              FROM tasks t, p
             WHERE t.project_id = p_project AND t.status <> 'cancelled'
          ),
          sums AS (SELECT sum(w) AS total, coalesce(sum(w * c), 0) AS ev, coalesce(sum(w * planned), 0) AS pv FROM k)
          SELECT h.progress, sums.pv, sums.ev, h.spi, h.health FROM sums, earned_value_health(sums.total, sums.ev, sums.pv) h
        $$;

      -- The same numbers as they stood at the end of p_day, replayed from task history: a task
      -- counts from when it was created; its status and percent are those after its last change on
      -- or before that day, or, before its first change, the value that change started from.
      CREATE FUNCTION compute_project_progress_on(p_project uuid, p_day date)
        RETURNS TABLE (progress double precision, planned double precision, planned_value double precision, earned_value double precision, spi double precision, health text)
        LANGUAGE sql STABLE AS $$
          WITH p AS (SELECT start_date, target_date FROM projects WHERE id = p_project),
          s AS (
            SELECT t.weight::double precision AS w,
                   planned_fraction(coalesce(t.start_date, p.start_date), coalesce(t.due_date, p.target_date), p_day) AS planned,
                   coalesce(
                     (SELECT e.changes -> 'status' ->> 1 FROM task_events e
                       WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id AND e.changes ? 'status' AND e.at < p_day + 1
                       ORDER BY e.at DESC, e.id DESC LIMIT 1),
                     (SELECT e.changes -> 'status' ->> 0 FROM task_events e
                       WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id AND e.changes ? 'status' AND e.at >= p_day + 1
                       ORDER BY e.at, e.id LIMIT 1),
                     t.status) AS status,
                   coalesce(
                     (SELECT (e.changes -> 'percentDone' ->> 1)::int FROM task_events e
                       WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id AND e.changes ? 'percentDone' AND e.at < p_day + 1
                       ORDER BY e.at DESC, e.id DESC LIMIT 1),
                     (SELECT (e.changes -> 'percentDone' ->> 0)::int FROM task_events e
                       WHERE e.tenant_id = t.tenant_id AND e.task_id = t.id AND e.changes ? 'percentDone' AND e.at >= p_day + 1
                       ORDER BY e.at, e.id LIMIT 1),
                     t.percent_done) AS percent
              FROM tasks t, p
             WHERE t.project_id = p_project AND t.created_at < p_day + 1
          ),
          k AS (
            SELECT w, planned, CASE status WHEN 'done' THEN 1.0 WHEN 'todo' THEN 0.0 ELSE percent / 100.0 END AS c
              FROM s WHERE status <> 'cancelled'
          ),
          sums AS (SELECT sum(w) AS total, coalesce(sum(w * c), 0) AS ev, coalesce(sum(w * planned), 0) AS pv FROM k)
          SELECT h.progress, h.planned, sums.pv, sums.ev, h.spi, h.health FROM sums, earned_value_health(sums.total, sums.ev, sums.pv) h
        $$;

      -- KPI attainment at the end of p_day: readings taken by then; a KPI counts once it existed or had a reading.
      CREATE FUNCTION compute_project_kpi_attainment_on(p_project uuid, p_day date) RETURNS double precision LANGUAGE sql STABLE AS $$
        SELECT avg(kpi_attainment(k.baseline, k.target, k.direction,
                   (SELECT r.value FROM kpi_readings r WHERE r.tenant_id = k.tenant_id AND r.kpi_id = k.id AND r.taken_on <= p_day ORDER BY r.taken_on DESC LIMIT 1)))
          FROM kpis k
         WHERE k.project_id = p_project
           AND (k.created_at < p_day + 1 OR EXISTS (SELECT 1 FROM kpi_readings r WHERE r.tenant_id = k.tenant_id AND r.kpi_id = k.id AND r.taken_on <= p_day))
      $$;

      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      -- The daily jobs' cross-tenant read: ids only.
      CREATE FUNCTION worker_tenant_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT id FROM tenants ORDER BY id $$;
      ALTER FUNCTION worker_tenant_ids() OWNER TO xinzhi_definer;
      REVOKE ALL ON FUNCTION worker_tenant_ids() FROM PUBLIC;
      REVOKE CREATE ON SCHEMA public FROM xinzhi_definer;
    `);
    await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION planned_fraction(date, date, date), earned_value_health(double precision, double precision, double precision),
      compute_project_progress_on(uuid, date), compute_project_kpi_attainment_on(uuid, date), worker_tenant_ids() TO %I', current_setting('xinzhi.app_role')); END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION worker_tenant_ids(), compute_project_kpi_attainment_on(uuid, date), compute_project_progress_on(uuid, date);
      DROP TABLE notifications, progress_snapshots;
      DROP INDEX task_events_replay;
    `);
    // compute_project_progress keeps its behaviour; it goes back to its own arithmetic before the helpers go.
    await q.query(`
      CREATE OR REPLACE FUNCTION compute_project_progress(p_project uuid, p_today date DEFAULT current_date)
        RETURNS TABLE (progress double precision, planned_value double precision, earned_value double precision, spi double precision, health text)
        LANGUAGE sql STABLE AS $$
          WITH p AS (SELECT start_date, target_date FROM projects WHERE id = p_project),
          k AS (
            SELECT t.weight::double precision AS w,
                   CASE t.status WHEN 'done' THEN 1.0 WHEN 'todo' THEN 0.0 ELSE t.percent_done / 100.0 END AS c,
                   CASE WHEN p_today < coalesce(t.start_date, p.start_date) THEN 0.0
                        WHEN p_today >= coalesce(t.due_date, p.target_date) THEN 1.0
                        ELSE (p_today - coalesce(t.start_date, p.start_date))::double precision / (coalesce(t.due_date, p.target_date) - coalesce(t.start_date, p.start_date)) END AS planned
              FROM tasks t, p
             WHERE t.project_id = p_project AND t.status <> 'cancelled'
          ),
          sums AS (SELECT sum(w) AS total, sum(w * c) AS ev, sum(w * planned) AS pv FROM k)
          SELECT coalesce(ev / nullif(total, 0), 0), coalesce(pv, 0), coalesce(ev, 0),
                 CASE WHEN coalesce(pv, 0) = 0 THEN 1.0 ELSE ev / pv END,
                 CASE WHEN coalesce(pv, 0) = 0 OR ev / pv >= 0.95 THEN 'on_track' WHEN ev / pv >= 0.80 THEN 'at_risk' ELSE 'late' END
            FROM sums
        $$;
      DROP FUNCTION earned_value_health(double precision, double precision, double precision), planned_fraction(date, date, date);
    `);
  }
}
