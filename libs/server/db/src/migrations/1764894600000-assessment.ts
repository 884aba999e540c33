import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/** A key inside a framework (item, scene, step): as the contracts' KeySchema. */
const KEY = `'^[a-z][a-z0-9_-]{0,47}$'`;

/**
 * Digital-maturity assessment:
 * - `assessment_frameworks`: platform reference data, one row per framework key and version, the
 *   whole document in `definition`. Everyone reads them (tenants, parks, operators); only a
 *   platform context may add a row (the migrate step publishes the bundled documents as one), and
 *   nobody may change or remove one: a published version never changes, a correction is a new
 *   version. An assessment keeps the row it was taken with.
 * - `assessments`: one tenant's questionnaire against one framework row: draft → submitted →
 *   scored. The worker writes the `result` document (an AssessmentResult) with `total_points` and
 *   `level` beside it, so lists and the park's view read them without opening the document.
 * - `assessment_item_answers`, `assessment_scene_answers`: the answers, one row per item or scene
 *   (partial saves merge row by row). An item may hold evidence numbers before an option is known.
 * - `assessment_step_assignments`: who answers which wizard step (a dimension or a scene group).
 * - `tasks.origin_assessment_id` / `origin_gap_key`: a task made from a gap of a scored assessment.
 * - `park_tenant_maturity()`: the park's view — level, points and day of each of its tenants'
 *   latest scored assessment, nothing else (SECURITY DEFINER, like the other cross-context reads).
 * - `worker_unscored_assessments()`: the worker's catch-up read — submitted assessments whose
 *   scoring job was lost (ids only).
 */
export class Assessment1764894600000 implements MigrationInterface {
  name = 'Assessment1764894600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_frameworks (
        id              uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
        key             text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{1,40}$'),
        version         text NOT NULL CHECK (version ~ '^[0-9A-Za-z.-]{1,20}$'),
        industry_table  text NOT NULL CHECK (industry_table ~ ${KEY}),
        definition      jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'
                                              AND definition->>'key' = key AND definition->>'version' = version
                                              AND definition->>'industryTable' = industry_table),
        published_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (key, version)
      );
      ALTER TABLE assessment_frameworks ENABLE ROW LEVEL SECURITY;
      ALTER TABLE assessment_frameworks FORCE ROW LEVEL SECURITY;
      CREATE POLICY read ON assessment_frameworks FOR SELECT USING (true);
      CREATE POLICY publish ON assessment_frameworks FOR INSERT WITH CHECK (app_is_platform());
      -- No UPDATE or DELETE policy: with FORCE, not even the owner role changes a published version.

      CREATE TABLE assessments (
        tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id            uuid NOT NULL DEFAULT uuid_generate_v7(),
        framework_id  uuid NOT NULL REFERENCES assessment_frameworks (id),
        title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 100),
        status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'scored')),
        created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_by  uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_at  timestamptz,
        assessed_on   date,
        scored_at     timestamptz,
        result        jsonb CHECK (result IS NULL OR jsonb_typeof(result) = 'object'),
        total_points  numeric(8,2) CHECK (total_points IS NULL OR total_points >= 0),
        level         integer CHECK (level IS NULL OR level >= 0),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        -- Submitted (and scored) assessments have their day; drafts have none.
        CHECK ((status = 'draft') = (submitted_at IS NULL)),
        CHECK ((status = 'draft') = (assessed_on IS NULL)),
        -- Only scored ones have a result, and they always have all of it.
        CHECK ((status = 'scored') = (scored_at IS NOT NULL)),
        CHECK ((status = 'scored') = (result IS NOT NULL)),
        CHECK ((status = 'scored') = (total_points IS NOT NULL AND level IS NOT NULL))
      );
      CREATE INDEX assessments_framework ON assessments (framework_id);
      CREATE INDEX assessments_latest ON assessments (tenant_id, assessed_on DESC, scored_at DESC) WHERE status = 'scored';
      CREATE INDEX assessments_unscored ON assessments (submitted_at) WHERE status = 'submitted';

      CREATE TABLE assessment_item_answers (
        tenant_id      uuid NOT NULL,
        assessment_id  uuid NOT NULL,
        item_id        text NOT NULL CHECK (item_id ~ ${KEY}),
        option_ids     text[] NOT NULL DEFAULT '{}' CHECK (cardinality(option_ids) <= 30),
        evidence       jsonb CHECK (evidence IS NULL OR jsonb_typeof(evidence) = 'object'),
        answered_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        answered_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, assessment_id, item_id),
        FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessments (tenant_id, id) ON DELETE CASCADE,
        -- A row holds an answer or evidence numbers still short of one; an item with neither has no row.
        CHECK (cardinality(option_ids) > 0 OR evidence IS NOT NULL)
      );

      CREATE TABLE assessment_scene_answers (
        tenant_id      uuid NOT NULL,
        assessment_id  uuid NOT NULL,
        scene_id       text NOT NULL CHECK (scene_id ~ ${KEY}),
        level          integer NOT NULL CHECK (level BETWEEN 0 AND 4),
        answered_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        answered_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, assessment_id, scene_id),
        FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessments (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE assessment_step_assignments (
        tenant_id      uuid NOT NULL,
        assessment_id  uuid NOT NULL,
        step_id        text NOT NULL CHECK (step_id ~ ${KEY}),
        user_id        uuid NOT NULL,
        assigned_by    uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, assessment_id, step_id),
        FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessments (tenant_id, id) ON DELETE CASCADE,
        -- A member who leaves loses their steps (the owner or a leader answers or reassigns them).
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX assessment_step_assignments_user ON assessment_step_assignments (tenant_id, user_id);
    `);
    for (const table of ['assessments', 'assessment_item_answers', 'assessment_scene_answers', 'assessment_step_assignments']) {
      await q.query(tenantIsolation(table));
    }
    // Published versions are read and added, never changed (the policies say so too).
    await q.query(
      `DO $$ BEGIN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON assessment_frameworks FROM %I', current_setting('xinzhi.app_role')); END $$`,
    );

    // Task provenance. ON DELETE SET NULL (origin_assessment_id) clears only the id (a column list
    // may name only the key's own columns, and tenant_id must stay); the trigger clears the gap key
    // with it, so the CHECK — both or neither — holds after an assessment goes (in practice only
    // with its whole tenant: the API deletes drafts only, and a task's origin is a scored one).
    await q.query(`
      ALTER TABLE tasks
        ADD COLUMN origin_assessment_id uuid,
        ADD COLUMN origin_gap_key text CHECK (origin_gap_key IS NULL OR length(origin_gap_key) BETWEEN 1 AND 100),
        ADD CONSTRAINT tasks_origin_assessment_fkey FOREIGN KEY (tenant_id, origin_assessment_id)
          REFERENCES assessments (tenant_id, id) ON DELETE SET NULL (origin_assessment_id),
        ADD CONSTRAINT tasks_origin_check CHECK ((origin_assessment_id IS NULL) = (origin_gap_key IS NULL));
      CREATE INDEX tasks_origin_assessment ON tasks (tenant_id, origin_assessment_id) WHERE origin_assessment_id IS NOT NULL;

      CREATE FUNCTION tasks_origin_cleared() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        BEGIN
          IF NEW.origin_assessment_id IS NULL THEN
            NEW.origin_gap_key := NULL;
          END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER tasks_origin_cleared BEFORE UPDATE OF origin_assessment_id ON tasks
        FOR EACH ROW EXECUTE FUNCTION tasks_origin_cleared();
    `);

    // Cross-context reads: the park's view of its tenants' levels, and the worker's catch-up list.
    await q.query(`
      GRANT SELECT (tenant_id, id, status, level, total_points, assessed_on, submitted_at, scored_at) ON assessments TO xinzhi_definer;
      CREATE POLICY definer_read ON assessments FOR SELECT TO xinzhi_definer USING (true);
      GRANT CREATE ON SCHEMA public TO xinzhi_definer;

      -- The acting park's tenants, each with its latest scored assessment's level, points and day; never answers.
      CREATE FUNCTION park_tenant_maturity()
        RETURNS TABLE (tenant_id uuid, level integer, total_points numeric, assessed_on date)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT DISTINCT ON (a.tenant_id) a.tenant_id, a.level, a.total_points, a.assessed_on
            FROM assessments a JOIN tenants t ON t.id = a.tenant_id
           WHERE t.park_id = app_park_id() AND a.status = 'scored'
           ORDER BY a.tenant_id, a.assessed_on DESC, a.scored_at DESC, a.id DESC
        $$;

      -- Submitted assessments the scoring job has not reached: fresh ones are left to the job queued on submit.
      CREATE FUNCTION worker_unscored_assessments(p_limit integer)
        RETURNS TABLE (tenant_id uuid, assessment_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT a.tenant_id, a.id FROM assessments a
           WHERE a.status = 'submitted' AND a.submitted_at < now() - interval '3 seconds'
           ORDER BY a.submitted_at LIMIT least(greatest(p_limit, 1), 1000)
        $$;
    `);
    for (const fn of ['park_tenant_maturity()', 'worker_unscored_assessments(integer)']) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO xinzhi_definer; REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC;`);
      await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${fn} TO %I', current_setting('xinzhi.app_role')); END $$`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM xinzhi_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION worker_unscored_assessments(integer), park_tenant_maturity();
      DROP TRIGGER tasks_origin_cleared ON tasks;
      DROP FUNCTION tasks_origin_cleared();
      ALTER TABLE tasks DROP CONSTRAINT tasks_origin_check, DROP CONSTRAINT tasks_origin_assessment_fkey,
        DROP COLUMN origin_gap_key, DROP COLUMN origin_assessment_id;
      DROP TABLE assessment_step_assignments, assessment_scene_answers, assessment_item_answers, assessments, assessment_frameworks;
    `);
  }
}
