import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Park surveys of their tenants.
 * - `surveys`: a park table (`park_id`). The park administrator of `app_park_id()` reads and writes
 *   its own park's rows. The target is a classification filter held as columns; an empty array (or
 *   a NULL `target_emerging`) means "any", so all five empty is "every tenant of the park".
 *   `status` is what the administrator did (draft → open → closed); a survey whose `deadline` (a
 *   business day) has passed counts as closed too — the service derives it from the Clock, no job.
 *   A tenant context reads the open and closed surveys of its own park that target it (its own
 *   tenants row decides), never drafts.
 * - `survey_questions`: a park table; `kind` single | multiple | scale (1–5) | text; `options` a
 *   JSONB array of option labels (single and multiple only; answers name options by index);
 *   `position` orders them. Readable by a tenant exactly when the survey is.
 * - `survey_responses`: a tenant table (tenant isolation), one per tenant and survey
 *   (UNIQUE (tenant_id, survey_id); a second answer replaces the first). `answers` is a JSONB object
 *   keyed by question id: single → option index, multiple → array of option indexes, scale → 1..5,
 *   text → string; an unanswered optional question is absent. A tenant inserts or updates its
 *   response only for a survey it can read that is open (restrictive policies); the deadline is the
 *   service's check. The park reads the responses to its own surveys (policy `park_reads`).
 */
export class Surveys1765069000000 implements MigrationInterface {
  name = 'Surveys1765069000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        park_id                     uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        id                          uuid NOT NULL DEFAULT uuid_generate_v7(),
        title                       text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description                 text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        anonymous                   boolean NOT NULL DEFAULT false,
        target_industry_sections    text[] NOT NULL DEFAULT '{}' CHECK (target_industry_sections <@ ARRAY['A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T']::text[]),
        target_scales               text[] NOT NULL DEFAULT '{}' CHECK (target_scales <@ ARRAY['micro', 'small', 'medium']::text[]),
        target_regions              text[] NOT NULL DEFAULT '{}',
        target_emerging             boolean,
        target_manufacturing_types  text[] NOT NULL DEFAULT '{}' CHECK (target_manufacturing_types <@ ARRAY['discrete', 'process', 'none']::text[]),
        deadline                    date NOT NULL,
        status                      text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        opened_at                   timestamptz,
        closed_at                   timestamptz,
        created_by                  uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at                  timestamptz NOT NULL DEFAULT now(),
        updated_at                  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (park_id, id),
        UNIQUE (id),
        CHECK ((status = 'draft') = (opened_at IS NULL)),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      );
      CREATE INDEX surveys_park_status ON surveys (park_id, status, id);

      CREATE TABLE survey_questions (
        park_id    uuid NOT NULL,
        survey_id  uuid NOT NULL,
        id         uuid NOT NULL DEFAULT uuid_generate_v7(),
        position   integer NOT NULL CHECK (position BETWEEN 0 AND 99),
        kind       text NOT NULL CHECK (kind IN ('single', 'multiple', 'scale', 'text')),
        text       text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 500),
        options    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
        required   boolean NOT NULL DEFAULT true,
        PRIMARY KEY (park_id, id),
        UNIQUE (id),
        UNIQUE (survey_id, position) DEFERRABLE INITIALLY DEFERRED,
        FOREIGN KEY (park_id, survey_id) REFERENCES surveys (park_id, id) ON DELETE CASCADE,
        CHECK ((kind IN ('single', 'multiple')) = (jsonb_array_length(options) >= 2))
      );

      CREATE TABLE survey_responses (
        tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id           uuid NOT NULL DEFAULT uuid_generate_v7(),
        survey_id    uuid NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
        answers      jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
        answered_by  uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT survey_responses_once UNIQUE (tenant_id, survey_id)
      );
      CREATE INDEX survey_responses_survey ON survey_responses (survey_id);
    `);

    await q.query(`
      ALTER TABLE surveys ENABLE ROW LEVEL SECURITY;
      ALTER TABLE surveys FORCE ROW LEVEL SECURITY;
      CREATE POLICY park_admin ON surveys USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      -- A tenant reads the sent surveys of its park that target it (its own tenants row decides).
      CREATE POLICY tenant_reads_targeted ON surveys FOR SELECT
        USING (status IN ('open', 'closed') AND EXISTS (
          SELECT 1 FROM tenants t
           WHERE t.id = app_tenant_id() AND t.park_id = surveys.park_id
             AND (cardinality(surveys.target_industry_sections) = 0 OR t.industry_section = ANY (surveys.target_industry_sections))
             AND (cardinality(surveys.target_scales) = 0 OR t.scale = ANY (surveys.target_scales))
             AND (cardinality(surveys.target_regions) = 0 OR t.region = ANY (surveys.target_regions))
             AND (surveys.target_emerging IS NULL OR t.emerging = surveys.target_emerging)
             AND (cardinality(surveys.target_manufacturing_types) = 0 OR t.manufacturing_type = ANY (surveys.target_manufacturing_types))));

      ALTER TABLE survey_questions ENABLE ROW LEVEL SECURITY;
      ALTER TABLE survey_questions FORCE ROW LEVEL SECURITY;
      CREATE POLICY park_admin ON survey_questions USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      -- Readable by a tenant exactly when its survey is (the subquery runs under the surveys policies).
      CREATE POLICY tenant_reads_targeted ON survey_questions FOR SELECT
        USING (app_tenant_id() IS NOT NULL AND EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_questions.survey_id));
    `);
    await q.query(tenantIsolation('survey_responses'));
    await q.query(`
      -- A tenant writes its response only to an open survey it can read.
      CREATE POLICY answers_open_survey ON survey_responses AS RESTRICTIVE FOR INSERT
        WITH CHECK (app_park_id() IS NULL AND EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_responses.survey_id AND s.status = 'open'));
      CREATE POLICY answers_open_survey_update ON survey_responses AS RESTRICTIVE FOR UPDATE
        USING (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_responses.survey_id AND s.status = 'open'))
        WITH CHECK (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_responses.survey_id AND s.status = 'open'));
      -- The park reads the responses to its own surveys.
      CREATE POLICY park_reads ON survey_responses FOR SELECT
        USING (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_responses.survey_id AND s.park_id = app_park_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_responses; DROP TABLE survey_questions; DROP TABLE surveys;`);
  }
}
