import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * KPIs and their readings, and KPI attainment in the progress computation:
 * a = clamp((latest − baseline) / (target − baseline), 0, 1) (the baseline while there is no
 * reading; when target = baseline, 1 once reached), the project's attainment is the mean a, and the
 * transformation index α·P + (1 − α)·attainment, or P alone without KPIs.
 */
export class Kpis1764547200000 implements MigrationInterface {
  name = 'Kpis1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpis (
        tenant_id    uuid NOT NULL,
        id           uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id   uuid NOT NULL,
        name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        unit         text NOT NULL DEFAULT '' CHECK (length(unit) <= 40),
        direction    text NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
        category     text NOT NULL CHECK (category IN ('efficiency', 'quality', 'cost', 'green', 'digital_foundation')),
        baseline     double precision NOT NULL CHECK (baseline = baseline AND abs(baseline) < 1e15),
        target       double precision NOT NULL CHECK (target = target AND abs(target) < 1e15),
        target_date  date,
        owner_user_id uuid,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, project_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, owner_user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE SET NULL (owner_user_id)
      );
      CREATE UNIQUE INDEX kpis_name_key ON kpis (tenant_id, project_id, lower(name));

      CREATE TABLE kpi_readings (
        tenant_id    uuid NOT NULL,
        id           uuid NOT NULL DEFAULT uuid_generate_v7(),
        kpi_id       uuid NOT NULL,
        taken_on     date NOT NULL,
        value        double precision NOT NULL CHECK (value = value AND abs(value) < 1e15),
        source       text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'api')),
        recorded_by  uuid,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, kpi_id, taken_on),
        FOREIGN KEY (tenant_id, kpi_id) REFERENCES kpis (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX kpi_readings_latest ON kpi_readings (tenant_id, kpi_id, taken_on DESC);
    `);
    for (const table of ['kpis', 'kpi_readings']) await q.query(tenantIsolation(table));

    await q.query(`
      CREATE FUNCTION kpi_attainment(p_baseline double precision, p_target double precision, p_direction text, p_latest double precision)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE
            WHEN p_target = p_baseline THEN
              CASE WHEN (CASE WHEN p_direction = 'lower_is_better' THEN -1 ELSE 1 END) * (coalesce(p_latest, p_baseline) - p_target) >= 0 THEN 1.0 ELSE 0.0 END
            ELSE least(1.0, greatest(0.0, (coalesce(p_latest, p_baseline) - p_baseline) / (p_target - p_baseline)))
          END
        $$;

      CREATE FUNCTION compute_project_kpi_attainment(p_project uuid) RETURNS double precision LANGUAGE sql STABLE AS $$
        SELECT avg(kpi_attainment(k.baseline, k.target, k.direction,
                   (SELECT r.value FROM kpi_readings r WHERE r.tenant_id = k.tenant_id AND r.kpi_id = k.id ORDER BY r.taken_on DESC LIMIT 1)))
          FROM kpis k WHERE k.project_id = p_project
      $$;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION kpi_attainment(double precision, double precision, text, double precision), compute_project_kpi_attainment(uuid) TO %I', current_setting('xinzhi.app_role')); END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION compute_project_kpi_attainment(uuid), kpi_attainment(double precision, double precision, text, double precision); DROP TABLE kpi_readings, kpis;`,
    );
  }
}
