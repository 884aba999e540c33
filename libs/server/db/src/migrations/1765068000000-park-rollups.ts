import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Park rollups: what the park's pages read instead of its tenants' tables.
 * - `kpis.reading_interval`: how often a KPI is expected to get a reading (weekly, monthly,
 *   quarterly); a KPI without a reading in its interval counts as stale.
 * - `park_tenant_summaries`: one row per tenant, written by the worker's
 *   `park/refresh-tenant-summary` job in the tenant's context (policy `tenant_writes`: the row of
 *   `app_tenant_id()`, with the tenant's own park), read by the tenant's park (`park_reads`). Counts,
 *   shares, means and levels only — and per active project its name, phase, status and numbers —
 *   never task titles, comments or people.
 *   `changed_at` / `computed_at` follow the projects' recompute: every change a rollup derives from
 *   moves `changed_at` (a deferred trigger, at commit, so it takes the row lock last and never
 *   deadlocks against the change's own locks); the job copies the `changed_at` it started from into
 *   `computed_at`, so a change committing while it runs leaves the row stale and it runs again.
 *   `computed_at IS NULL`: created but never computed (the park's pages leave such rows out).
 * - `park_snapshots`: the park's averages per day (the dashboard's trend), written nightly from the
 *   rollups by `worker_write_park_snapshots(day)`.
 * - SECURITY DEFINER functions owned by `xinzhi_definer`: `worker_stale_tenant_summaries(limit)` (the
 *   catch-up sweep: ids of tenants whose rollup is missing or older than its last change) and
 *   `worker_write_park_snapshots(day)` (one set-based insert from the rollups of every park).
 */
export class ParkRollups1765068000000 implements MigrationInterface {
  name = 'ParkRollups1765068000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpis ADD COLUMN reading_interval text NOT NULL DEFAULT 'monthly'
        CHECK (reading_interval IN ('weekly', 'monthly', 'quarterly'));

      CREATE TABLE park_tenant_summaries (
        tenant_id               uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
        park_id                 uuid NOT NULL REFERENCES parks (id),
        projects_total          integer NOT NULL DEFAULT 0,
        active_projects         integer NOT NULL DEFAULT 0,
        on_track_projects       integer NOT NULL DEFAULT 0,
        at_risk_projects        integer NOT NULL DEFAULT 0,
        late_projects           integer NOT NULL DEFAULT 0,
        progress                double precision,
        transformation_index    double precision,
        spi                     double precision,
        kpi_attainment          double precision,
        health                  text CHECK (health IN ('on_track', 'at_risk', 'late')),
        kpis_total              integer NOT NULL DEFAULT 0,
        kpis_stale              integer NOT NULL DEFAULT 0,
        maturity_level          integer,
        maturity_points         double precision,
        assessed_on             date,
        open_pain_points        integer NOT NULL DEFAULT 0,
        unanswered_pain_points  integer NOT NULL DEFAULT 0,
        pain_points_by_area     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(pain_points_by_area) = 'object'),
        adopted_solutions       integer NOT NULL DEFAULT 0,
        last_activity_at        timestamptz,
        projects                jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(projects) = 'array'),
        changed_at              timestamptz NOT NULL DEFAULT clock_timestamp(),
        computed_at             timestamptz,
        refreshed_at            timestamptz
      );
      CREATE INDEX park_tenant_summaries_park ON park_tenant_summaries (park_id);
      CREATE INDEX park_tenant_summaries_stale ON park_tenant_summaries (changed_at)
        WHERE computed_at IS NULL OR changed_at > computed_at;
      COMMENT ON COLUMN park_tenant_summaries.changed_at IS 'Last change to anything the rollup derives from; the worker refreshes while changed_at > computed_at';

      CREATE TABLE park_snapshots (
        park_id               uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        day                   date NOT NULL,
        tenants               integer NOT NULL,
        active_tenants        integer NOT NULL,
        assessed_tenants      integer NOT NULL,
        mean_index            double precision,
        mean_progress         double precision,
        mean_maturity_points  double precision,
        share_on_track        double precision,
        share_at_risk         double precision,
        share_late            double precision,
        open_pain_points      integer NOT NULL,
        stale_kpis            integer NOT NULL,
        computed_at           timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (park_id, day)
      );
    `);

    await q.query(`
      ALTER TABLE park_tenant_summaries ENABLE ROW LEVEL SECURITY;
      ALTER TABLE park_tenant_summaries FORCE ROW LEVEL SECURITY;
      CREATE POLICY park_reads ON park_tenant_summaries FOR SELECT USING (park_id = app_park_id());
      -- The worker writes (and, for its upsert and re-check, reads) the row of the tenant in context.
      CREATE POLICY tenant_reads ON park_tenant_summaries FOR SELECT USING (tenant_id = app_tenant_id());
      CREATE POLICY tenant_writes ON park_tenant_summaries FOR INSERT
        WITH CHECK (tenant_id = app_tenant_id() AND park_id = (SELECT t.park_id FROM tenants t WHERE t.id = app_tenant_id()));
      CREATE POLICY tenant_updates ON park_tenant_summaries FOR UPDATE
        USING (tenant_id = app_tenant_id())
        WITH CHECK (tenant_id = app_tenant_id() AND park_id = (SELECT t.park_id FROM tenants t WHERE t.id = app_tenant_id()));

      ALTER TABLE park_snapshots ENABLE ROW LEVEL SECURITY;
      ALTER TABLE park_snapshots FORCE ROW LEVEL SECURITY;
      CREATE POLICY park_reads ON park_snapshots FOR SELECT USING (park_id = app_park_id());
    `);

    // The dirty mark: at commit (deferred), once per transaction and tenant.
    await q.query(`
      CREATE FUNCTION park_summary_mark_changed() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        DECLARE
          t uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
        BEGIN
          IF coalesce(current_setting('xinzhi.summary_marked', true), '') LIKE '%' || t::text || '%' THEN
            RETURN NULL;
          END IF;
          UPDATE park_tenant_summaries SET changed_at = greatest(changed_at, clock_timestamp()) WHERE tenant_id = t;
          PERFORM set_config('xinzhi.summary_marked', coalesce(current_setting('xinzhi.summary_marked', true), '') || t::text || ',', true);
          RETURN NULL;
        END $$;
    `);
    for (const table of ['projects', 'kpis', 'kpi_readings', 'assessments', 'pain_points', 'solution_adoptions', 'adoption_pain_points']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER park_summary_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION park_summary_mark_changed();
      `);
    }

    await q.query(`
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      GRANT SELECT (tenant_id, park_id, changed_at, computed_at, active_projects, on_track_projects, at_risk_projects, late_projects,
                    progress, transformation_index, maturity_level, maturity_points, open_pain_points, kpis_stale)
        ON park_tenant_summaries TO xinzhi_definer;
      CREATE POLICY definer_read ON park_tenant_summaries FOR SELECT TO xinzhi_definer USING (true);
      GRANT SELECT, INSERT, UPDATE ON park_snapshots TO xinzhi_definer;
      CREATE POLICY definer_write ON park_snapshots FOR ALL TO xinzhi_definer USING (true) WITH CHECK (true);

      -- The catch-up sweep: tenants whose rollup is missing, never computed, or older than its last change (ids only).
      CREATE FUNCTION worker_stale_tenant_summaries(p_limit integer) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT t.id FROM tenants t
            LEFT JOIN park_tenant_summaries s ON s.tenant_id = t.id
           WHERE s.tenant_id IS NULL OR s.computed_at IS NULL OR s.changed_at > s.computed_at
           ORDER BY s.changed_at NULLS FIRST, t.id
           LIMIT least(greatest(p_limit, 1), 1000)
        $$;

      -- The nightly snapshot of every park's averages, from the rollups (one row per park and day; a re-run overwrites the day).
      CREATE FUNCTION worker_write_park_snapshots(p_day date) RETURNS integer
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          WITH written AS (
            INSERT INTO park_snapshots (park_id, day, tenants, active_tenants, assessed_tenants, mean_index, mean_progress,
                                        mean_maturity_points, share_on_track, share_at_risk, share_late, open_pain_points, stale_kpis, computed_at)
            SELECT s.park_id, p_day, count(*)::int,
                   count(*) FILTER (WHERE s.active_projects > 0)::int,
                   count(*) FILTER (WHERE s.maturity_level IS NOT NULL)::int,
                   avg(s.transformation_index), avg(s.progress), avg(s.maturity_points),
                   sum(s.on_track_projects)::double precision / nullif(sum(s.on_track_projects + s.at_risk_projects + s.late_projects), 0),
                   sum(s.at_risk_projects)::double precision / nullif(sum(s.on_track_projects + s.at_risk_projects + s.late_projects), 0),
                   sum(s.late_projects)::double precision / nullif(sum(s.on_track_projects + s.at_risk_projects + s.late_projects), 0),
                   coalesce(sum(s.open_pain_points), 0)::int, coalesce(sum(s.kpis_stale), 0)::int, now()
              FROM park_tenant_summaries s
             WHERE s.computed_at IS NOT NULL
             GROUP BY s.park_id
            ON CONFLICT (park_id, day) DO UPDATE SET
              tenants = EXCLUDED.tenants, active_tenants = EXCLUDED.active_tenants, assessed_tenants = EXCLUDED.assessed_tenants,
              mean_index = EXCLUDED.mean_index, mean_progress = EXCLUDED.mean_progress, mean_maturity_points = EXCLUDED.mean_maturity_points,
              share_on_track = EXCLUDED.share_on_track, share_at_risk = EXCLUDED.share_at_risk, share_late = EXCLUDED.share_late,
              open_pain_points = EXCLUDED.open_pain_points, stale_kpis = EXCLUDED.stale_kpis, computed_at = EXCLUDED.computed_at
            RETURNING 1
          )
          SELECT count(*)::int FROM written
        $$;
    `);
    for (const fn of ['worker_stale_tenant_summaries(integer)', 'worker_write_park_snapshots(date)']) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO xinzhi_definer; REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC;`);
      await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${fn} TO %I', current_setting('xinzhi.app_role')); END $$`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION worker_write_park_snapshots(date), worker_stale_tenant_summaries(integer)`);
    for (const table of ['projects', 'kpis', 'kpi_readings', 'assessments', 'pain_points', 'solution_adoptions', 'adoption_pain_points']) {
      await q.query(`DROP TRIGGER park_summary_changed ON ${table}`);
    }
    await q.query(`
      DROP FUNCTION park_summary_mark_changed();
      DROP TABLE park_snapshots, park_tenant_summaries;
      ALTER TABLE kpis DROP COLUMN reading_interval;
    `);
  }
}
