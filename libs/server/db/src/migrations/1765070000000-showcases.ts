import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Showcases (样板间): a tenant owner's consent to show one project to the other tenants of the park.
 * - `showcases`: a tenant table, one row per consent. At most one active row per tenant (partial
 *   unique index on `revoked_at IS NULL`). Revoking sets `revoked_at`; opting in with another
 *   project revokes the active row and inserts a new one (the park's benchmark mark stays with the
 *   consent it was given to). `show_absolute` (off by default) lets KPI values and units through;
 *   otherwise KPIs are shown as percent of target only.
 * - `benchmark`/`benchmark_at`: the park administrator's mark (标杆), written only through
 *   `park_mark_showcase(id, benchmark)` — the park never updates a tenant's consent otherwise.
 * - `tenants.showcase` becomes derived: true while the tenant has an active showcase, kept in step
 *   by the trigger `showcases_sync_tenant` (the park can no longer set it by hand — a showcase needs
 *   the owner's consent).
 * - SECURITY DEFINER reads, owned by `xinzhi_definer` with column grants, for the acting tenant's or
 *   the acting park's own park only, and only while the consent is active at the moment of reading:
 *   `showcase_cards()` (the gallery) and `showcase_page(id)` (one showcase: tenant name and industry,
 *   the project's name, goal, phase, progress and index, adopted solutions' names, KPI attainment
 *   over time, first and latest scored maturity). Nothing else of the tenant: no task, person,
 *   award or comment is read by them.
 */
export class Showcases1765070000000 implements MigrationInterface {
  name = 'Showcases1765070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE showcases (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id     uuid NOT NULL,
        show_absolute  boolean NOT NULL DEFAULT false,
        consented_by   uuid REFERENCES users (id) ON DELETE SET NULL,
        consented_at   timestamptz NOT NULL DEFAULT now(),
        revoked_at     timestamptz,
        benchmark      boolean NOT NULL DEFAULT false,
        benchmark_at   timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT showcases_benchmark_at CHECK (benchmark = (benchmark_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX showcases_one_active ON showcases (tenant_id) WHERE revoked_at IS NULL;
      CREATE UNIQUE INDEX showcases_id ON showcases (id);
    `);
    await q.query(tenantIsolation('showcases'));

    // tenants.showcase: derived from the active consent (runs as the writer, in the tenant's context).
    await q.query(`
      UPDATE tenants SET showcase = false WHERE showcase;
      CREATE FUNCTION showcases_sync_tenant() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        DECLARE t uuid := coalesce(NEW.tenant_id, OLD.tenant_id);
        BEGIN
          UPDATE tenants SET showcase = EXISTS (SELECT 1 FROM showcases s WHERE s.tenant_id = t AND s.revoked_at IS NULL)
           WHERE id = t;
          RETURN NULL;
        END $$;
      CREATE TRIGGER showcases_sync_tenant AFTER INSERT OR UPDATE OF revoked_at OR DELETE ON showcases
        FOR EACH ROW EXECUTE FUNCTION showcases_sync_tenant();
    `);

    await q.query(`
      GRANT SELECT (tenant_id, id, project_id, show_absolute, consented_at, revoked_at, benchmark, benchmark_at) ON showcases TO xinzhi_definer;
      GRANT UPDATE (benchmark, benchmark_at, updated_at) ON showcases TO xinzhi_definer;
      CREATE POLICY definer_read ON showcases FOR SELECT TO xinzhi_definer USING (true);
      CREATE POLICY definer_mark ON showcases FOR UPDATE TO xinzhi_definer USING (true) WITH CHECK (true);
      GRANT SELECT (tenant_id, id, name, goal, phase, status, start_date, target_date, progress, kpi_attainment, transformation_index)
        ON projects TO xinzhi_definer;
      GRANT SELECT (tenant_id, id, project_id, name, unit, category, direction, baseline, target) ON kpis TO xinzhi_definer;
      GRANT SELECT (tenant_id, project_id, solution_name) ON solution_adoptions TO xinzhi_definer;
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;

      -- The park the caller acts for: the park administrator's, or the acting tenant's own park.
      CREATE FUNCTION showcase_viewer_park() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT coalesce(app_park_id(), (SELECT t.park_id FROM tenants t WHERE t.id = app_tenant_id()))
        $$;

      -- The gallery: active showcases of the caller's park.
      CREATE FUNCTION showcase_cards()
        RETURNS TABLE (id uuid, tenant_name text, industry_section text, industry_division text, project_name text,
                       goal text, phase text, progress double precision, transformation_index double precision,
                       benchmark boolean, benchmark_at timestamptz, consented_at timestamptz, own boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT s.id, t.name, t.industry_section, t.industry_division, p.name, p.goal, p.phase, p.progress,
                 p.transformation_index, s.benchmark, s.benchmark_at, s.consented_at, s.tenant_id = app_tenant_id()
            FROM showcases s
            JOIN tenants t ON t.id = s.tenant_id
            JOIN projects p ON p.tenant_id = s.tenant_id AND p.id = s.project_id
           WHERE s.revoked_at IS NULL AND t.park_id = showcase_viewer_park()
           ORDER BY s.benchmark DESC, s.consented_at DESC, s.id
        $$;

      -- One active showcase of the caller's park: exactly what the page shows. KPI values, units,
      -- baselines and targets only when the owner ticked show_absolute.
      CREATE FUNCTION showcase_page(p_id uuid)
        RETURNS TABLE (id uuid, tenant_name text, industry_section text, industry_division text, project_name text,
                       goal text, phase text, status text, start_date date, target_date date,
                       progress double precision, kpi_attainment double precision, transformation_index double precision,
                       show_absolute boolean, benchmark boolean, benchmark_at timestamptz, consented_at timestamptz, own boolean,
                       solutions text[], kpis jsonb, maturity_first jsonb, maturity_latest jsonb)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT s.id, t.name, t.industry_section, t.industry_division, p.name, p.goal, p.phase, p.status, p.start_date, p.target_date,
                 p.progress, p.kpi_attainment, p.transformation_index, s.show_absolute, s.benchmark, s.benchmark_at, s.consented_at,
                 s.tenant_id = app_tenant_id(),
                 coalesce((SELECT array_agg(DISTINCT a.solution_name ORDER BY a.solution_name) FROM solution_adoptions a
                            WHERE a.tenant_id = s.tenant_id AND a.project_id = s.project_id), '{}'),
                 coalesce((SELECT jsonb_agg(jsonb_build_object(
                            'id', k.id, 'name', k.name, 'category', k.category, 'direction', k.direction,
                            'unit', CASE WHEN s.show_absolute THEN k.unit END,
                            'baseline', CASE WHEN s.show_absolute THEN k.baseline END,
                            'target', CASE WHEN s.show_absolute THEN k.target END,
                            'points', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                          'takenOn', r.taken_on,
                                          'attainment', kpi_attainment(k.baseline, k.target, k.direction, r.value),
                                          'value', CASE WHEN s.show_absolute THEN r.value END) ORDER BY r.taken_on)
                                        FROM kpi_readings r WHERE r.tenant_id = k.tenant_id AND r.kpi_id = k.id), '[]'::jsonb))
                            ORDER BY k.name, k.id)
                            FROM kpis k WHERE k.tenant_id = s.tenant_id AND k.project_id = s.project_id), '[]'::jsonb),
                 (SELECT jsonb_build_object('level', x.level, 'points', x.total_points, 'assessedOn', x.assessed_on)
                    FROM assessments x WHERE x.tenant_id = s.tenant_id AND x.status = 'scored'
                   ORDER BY x.assessed_on ASC, x.scored_at ASC, x.id ASC LIMIT 1),
                 (SELECT jsonb_build_object('level', x.level, 'points', x.total_points, 'assessedOn', x.assessed_on)
                    FROM assessments x WHERE x.tenant_id = s.tenant_id AND x.status = 'scored'
                   ORDER BY x.assessed_on DESC, x.scored_at DESC, x.id DESC LIMIT 1)
            FROM showcases s
            JOIN tenants t ON t.id = s.tenant_id
            JOIN projects p ON p.tenant_id = s.tenant_id AND p.id = s.project_id
           WHERE s.id = p_id AND s.revoked_at IS NULL AND t.park_id = showcase_viewer_park()
        $$;

      -- The park administrator marks or unmarks an active showcase of its park as a benchmark (标杆).
      CREATE FUNCTION park_mark_showcase(p_id uuid, p_benchmark boolean) RETURNS boolean
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          WITH marked AS (
            UPDATE showcases s
               SET benchmark = p_benchmark,
                   benchmark_at = CASE WHEN NOT p_benchmark THEN NULL WHEN s.benchmark THEN s.benchmark_at ELSE now() END,
                   updated_at = now()
             WHERE s.id = p_id AND s.revoked_at IS NULL AND app_park_id() IS NOT NULL
               AND EXISTS (SELECT 1 FROM tenants t WHERE t.id = s.tenant_id AND t.park_id = app_park_id())
            RETURNING 1
          )
          SELECT EXISTS (SELECT 1 FROM marked)
        $$;
    `);
    for (const fn of ['showcase_viewer_park()', 'showcase_cards()', 'showcase_page(uuid)', 'park_mark_showcase(uuid, boolean)']) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO xinzhi_definer; REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC;`);
      await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${fn} TO %I', current_setting('xinzhi.app_role')); END $$`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION park_mark_showcase(uuid, boolean), showcase_page(uuid), showcase_cards(), showcase_viewer_park();
      DROP TABLE showcases;
      DROP FUNCTION showcases_sync_tenant();
      REVOKE SELECT (name, goal, phase, status, start_date, target_date, progress, kpi_attainment, transformation_index) ON projects FROM xinzhi_definer;
      REVOKE SELECT (project_id, name, unit, category) ON kpis FROM xinzhi_definer;
      REVOKE SELECT (solution_name) ON solution_adoptions FROM xinzhi_definer;
    `);
  }
}
