import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

const KINDS = `'bonus', 'points', 'equity', 'performance', 'recognition', 'training_credit'`;
const TRIGGERS = `'task_done', 'kpi_target_reached', 'team_all_done'`;
const BUSINESS_AREAS = `'procurement', 'rnd_design', 'production', 'warehousing_logistics', 'sales_marketing', 'service', 'finance', 'hr', 'management'`;
const TECHNOLOGY_TYPES = `'big_data', 'cloud_computing', 'artificial_intelligence', 'internet_of_things', 'technology_convergence'`;
const SKILLS = `'data_analysis', 'ai', 'iot', 'cloud', 'automation', 'security', 'digital_management', 'industrial_software'`;

/**
 * Talent incentives and training:
 * - `incentive_schemes`: a rule (task done / KPI target reached / team all done), an amount in yuan or
 *   points, an optional budget cap and active dates, tenant-wide or for one project;
 * - `incentive_awards`: what the worker proposes and leaders decide. UNIQUE (scheme, achievement_key,
 *   recipient) — `task:<id>`, `kpi:<id>`, `team:<id>` — makes evaluation idempotent: a retried job,
 *   a repeated update or a task reopened and done again never yields a second award;
 * - `incentive_skips`: achievements that qualified but were not proposed because of the budget cap,
 *   with the reason in words;
 * - `incentive_evaluations`: which project state (`progress_computed_at`) the worker last evaluated,
 *   so a sweep catches up on evaluations lost to a Redis outage or a dropped job;
 * - `training_records`: courses with hours and skill tags.
 */
export class Incentives1764720000000 implements MigrationInterface {
  name = 'Incentives1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incentive_schemes (
        tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id               uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id       uuid,
        name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description      text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        kind             text NOT NULL CHECK (kind IN (${KINDS})),
        trigger          text NOT NULL CHECK (trigger IN (${TRIGGERS})),
        amount           numeric(14,2) NOT NULL CHECK (amount > 0 AND amount <= 10000000),
        scale_by_weight  boolean NOT NULL DEFAULT false,
        business_areas   text[] NOT NULL DEFAULT '{}' CHECK (business_areas <@ ARRAY[${BUSINESS_AREAS}]::text[]),
        technology_types text[] NOT NULL DEFAULT '{}' CHECK (technology_types <@ ARRAY[${TECHNOLOGY_TYPES}]::text[]),
        budget_cap       numeric(16,2) CHECK (budget_cap IS NULL OR (budget_cap > 0 AND budget_cap <= 1000000000000)),
        active_from      date,
        active_until     date,
        active           boolean NOT NULL DEFAULT true,
        created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        -- Weight scaling and area/technology filters belong to the task rule only.
        CHECK (trigger = 'task_done' OR (NOT scale_by_weight AND business_areas = '{}' AND technology_types = '{}')),
        CHECK (active_from IS NULL OR active_until IS NULL OR active_until >= active_from)
      );
      CREATE UNIQUE INDEX incentive_schemes_name_key ON incentive_schemes (tenant_id, lower(name));
      CREATE INDEX incentive_schemes_project ON incentive_schemes (tenant_id, project_id);

      CREATE TABLE incentive_awards (
        tenant_id          uuid NOT NULL,
        id                 uuid NOT NULL DEFAULT uuid_generate_v7(),
        scheme_id          uuid NOT NULL,
        project_id         uuid NOT NULL,
        achievement_key    text NOT NULL,
        reason_type        text NOT NULL CHECK (reason_type IN ('task', 'kpi', 'team')),
        reason_id          uuid NOT NULL,
        reason_title       text NOT NULL CHECK (length(reason_title) <= 200),
        recipient_user_id  uuid NOT NULL REFERENCES users (id),
        amount             numeric(16,2) NOT NULL CHECK (amount > 0),
        unit               text NOT NULL CHECK (unit IN ('cny', 'points')),
        status             text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected', 'paid')),
        achieved_on        date NOT NULL,
        explanation        text NOT NULL CHECK (length(explanation) <= 1000),
        basis              jsonb NOT NULL CHECK (basis ? 'trigger' AND basis ? 'achievedOn'),
        rejection_reason   text CHECK (rejection_reason IS NULL OR length(btrim(rejection_reason)) BETWEEN 1 AND 1000),
        decided_by         uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at         timestamptz,
        paid_at            timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        -- One achievement, one award per recipient and scheme: this is what makes evaluation idempotent.
        UNIQUE (tenant_id, scheme_id, achievement_key, recipient_user_id),
        FOREIGN KEY (tenant_id, scheme_id) REFERENCES incentive_schemes (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        CHECK (achievement_key = reason_type || ':' || reason_id::text),
        CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL)),
        CHECK (status = 'proposed' OR decided_at IS NOT NULL),
        CHECK ((status = 'paid') = (paid_at IS NOT NULL))
      );
      CREATE INDEX incentive_awards_recipient ON incentive_awards (tenant_id, recipient_user_id, id);
      CREATE INDEX incentive_awards_status ON incentive_awards (tenant_id, status, id);
      CREATE INDEX incentive_awards_project ON incentive_awards (tenant_id, project_id);

      CREATE TABLE incentive_skips (
        tenant_id          uuid NOT NULL,
        id                 uuid NOT NULL DEFAULT uuid_generate_v7(),
        scheme_id          uuid NOT NULL,
        project_id         uuid NOT NULL,
        achievement_key    text NOT NULL,
        recipient_user_id  uuid NOT NULL,
        amount             numeric(16,2) NOT NULL CHECK (amount > 0),
        reason             text NOT NULL CHECK (length(reason) <= 1000),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, scheme_id, achievement_key, recipient_user_id),
        FOREIGN KEY (tenant_id, scheme_id) REFERENCES incentive_schemes (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX incentive_skips_project ON incentive_skips (tenant_id, project_id, scheme_id);

      CREATE TABLE incentive_evaluations (
        tenant_id      uuid NOT NULL,
        project_id     uuid NOT NULL,
        evaluated_for  timestamptz NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, project_id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
      );
      COMMENT ON COLUMN incentive_evaluations.evaluated_for IS 'The projects.progress_computed_at whose state the worker last evaluated the incentive rules on';

      CREATE TABLE training_records (
        tenant_id     uuid NOT NULL,
        id            uuid NOT NULL DEFAULT uuid_generate_v7(),
        user_id       uuid NOT NULL,
        course        text NOT NULL CHECK (length(btrim(course)) BETWEEN 1 AND 200),
        provider      text NOT NULL CHECK (length(btrim(provider)) BETWEEN 1 AND 200),
        hours         numeric(6,2) NOT NULL CHECK (hours >= 0.5 AND hours <= 1000),
        completed_on  date NOT NULL,
        skills        text[] NOT NULL CHECK (cardinality(skills) BETWEEN 1 AND 8 AND skills <@ ARRAY[${SKILLS}]::text[]),
        note          text CHECK (note IS NULL OR length(note) <= 2000),
        created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX training_records_user ON training_records (tenant_id, user_id, id);
    `);
    for (const table of ['incentive_schemes', 'incentive_awards', 'incentive_skips', 'incentive_evaluations', 'training_records']) {
      await q.query(tenantIsolation(table));
    }

    // The worker's catch-up read: projects whose current state has not been evaluated (ids and times only).
    await q.query(`
      GRANT SELECT (tenant_id, project_id, evaluated_for) ON incentive_evaluations TO xinzhi_definer;
      CREATE POLICY definer_unevaluated ON incentive_evaluations FOR SELECT TO xinzhi_definer USING (true);
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;
      CREATE FUNCTION worker_unevaluated_incentive_projects(p_limit integer)
        RETURNS TABLE (tenant_id uuid, project_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT p.tenant_id, p.id FROM projects p
            LEFT JOIN incentive_evaluations e ON e.tenant_id = p.tenant_id AND e.project_id = p.id
           WHERE p.progress_computed_at IS NOT NULL
             AND p.progress_computed_at > coalesce(e.evaluated_for, '-infinity'::timestamptz)
             -- Fresh states are evaluated by the job the recompute queues; the sweep takes what that left behind.
             AND p.progress_computed_at < now() - interval '3 seconds'
           ORDER BY p.progress_computed_at LIMIT least(greatest(p_limit, 1), 1000)
        $$;
      ALTER FUNCTION worker_unevaluated_incentive_projects(integer) OWNER TO xinzhi_definer;
      REVOKE ALL ON FUNCTION worker_unevaluated_incentive_projects(integer) FROM PUBLIC;
      REVOKE CREATE ON SCHEMA public FROM xinzhi_definer;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION worker_unevaluated_incentive_projects(integer) TO %I', current_setting('xinzhi.app_role')); END $$`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION worker_unevaluated_incentive_projects(integer);
      DROP TABLE training_records, incentive_evaluations, incentive_skips, incentive_awards, incentive_schemes;
    `);
  }
}
