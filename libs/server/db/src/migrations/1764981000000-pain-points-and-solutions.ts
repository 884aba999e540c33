import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

const BUSINESS_AREAS = `'procurement', 'rnd_design', 'production', 'warehousing_logistics', 'sales_marketing', 'service', 'finance', 'hr', 'management'`;
const TECHNOLOGY_TYPES = `'big_data', 'cloud_computing', 'artificial_intelligence', 'internet_of_things', 'technology_convergence'`;
const SCALES = `'micro', 'small', 'medium'`;

/**
 * Pain points and the park's solution catalog:
 * - `solutions`: the park's catalog of 小快轻准 solutions, owned by the park (`park_id`). The park
 *   administrator of `app_park_id()` reads and writes its own park's rows; a tenant context reads
 *   only the published solutions of its own park (the tenant's `park_id`, read through the tenant's
 *   own row). Template tasks and KPIs are JSONB arrays in the contract's shapes, checked by the
 *   service with the contract schemas (the database holds only that they are arrays).
 *   `UNIQUE (id)` lets tenant tables (adoptions) reference a solution by its id alone.
 * - `pain_points`: a tenant table (tenant isolation). The tenant's park may read its tenants' rows
 *   and insert one marked `recorded_by_park` for a tenant of its park (a visit); it may not change
 *   or delete them. `from_assessment_id`/`from_gap_key` keep the assessment gap it was made from.
 *   `recorded_by_name` keeps who recorded it as written then: the tenant cannot read the park
 *   administrator's user row, nor the park an employee's.
 */
export class PainPointsAndSolutions1764981000000 implements MigrationInterface {
  name = 'PainPointsAndSolutions1764981000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE solutions (
        park_id           uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        id                uuid NOT NULL DEFAULT uuid_generate_v7(),
        name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        provider_name     text NOT NULL CHECK (length(btrim(provider_name)) BETWEEN 1 AND 200),
        provider_contact  text NOT NULL DEFAULT '' CHECK (length(provider_contact) <= 200),
        summary           text NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
        technology_types  text[] NOT NULL CHECK (cardinality(technology_types) >= 1 AND technology_types <@ ARRAY[${TECHNOLOGY_TYPES}]::text[]),
        business_areas    text[] NOT NULL CHECK (cardinality(business_areas) >= 1 AND business_areas <@ ARRAY[${BUSINESS_AREAS}]::text[]),
        scenes            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(scenes) = 'array'),
        industries        text[] NOT NULL DEFAULT '{}',
        scales            text[] NOT NULL DEFAULT '{}' CHECK (scales <@ ARRAY[${SCALES}]::text[]),
        price_min         integer NOT NULL CHECK (price_min >= 0 AND price_min <= 100000000),
        price_max         integer NOT NULL CHECK (price_max >= 0 AND price_max <= 100000000),
        deploy_weeks      integer NOT NULL CHECK (deploy_weeks BETWEEN 1 AND 104),
        delivery          text NOT NULL CHECK (delivery IN ('saas', 'on_premises', 'hardware_kit')),
        template_tasks    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(template_tasks) = 'array'),
        template_kpis     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(template_kpis) = 'array'),
        status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
        created_by        uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (park_id, id),
        UNIQUE (id),
        CHECK (price_max >= price_min)
      );
      CREATE UNIQUE INDEX solutions_park_name_key ON solutions (park_id, lower(name));
      CREATE INDEX solutions_park_status ON solutions (park_id, status, id);

      ALTER TABLE solutions ENABLE ROW LEVEL SECURITY;
      ALTER TABLE solutions FORCE ROW LEVEL SECURITY;
      CREATE POLICY park_admin ON solutions USING (park_id = app_park_id()) WITH CHECK (park_id = app_park_id());
      CREATE POLICY tenant_reads_published ON solutions FOR SELECT
        USING (status = 'published' AND park_id = (SELECT t.park_id FROM tenants t WHERE t.id = app_tenant_id()));

      CREATE TABLE pain_points (
        tenant_id           uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id                  uuid NOT NULL DEFAULT uuid_generate_v7(),
        title               text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description         text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        business_area       text NOT NULL CHECK (business_area IN (${BUSINESS_AREAS})),
        scene_id            text CHECK (scene_id IS NULL OR scene_id ~ '^[a-z][a-z0-9_-]{0,47}$'),
        severity            integer NOT NULL CHECK (severity BETWEEN 1 AND 5),
        status              text NOT NULL DEFAULT 'open' CHECK (status IN ('proposed', 'open', 'addressed', 'closed')),
        recorded_by_park    boolean NOT NULL DEFAULT false,
        recorded_by         uuid REFERENCES users (id) ON DELETE SET NULL,
        recorded_by_name    text NOT NULL DEFAULT '' CHECK (length(recorded_by_name) <= 200),
        from_assessment_id  uuid,
        from_gap_key        text CHECK (from_gap_key IS NULL OR length(from_gap_key) BETWEEN 1 AND 100),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((from_assessment_id IS NULL) = (from_gap_key IS NULL)),
        -- The park records open pain points, never proposals.
        CHECK (NOT recorded_by_park OR status <> 'proposed')
      );
      CREATE INDEX pain_points_status ON pain_points (tenant_id, status, id);
      CREATE INDEX pain_points_gap ON pain_points (tenant_id, from_assessment_id, from_gap_key);
    `);
    await q.query(tenantIsolation('pain_points'));
    // The park's narrow access: read its tenants' pain points, insert one recorded by the park.
    await q.query(`
      CREATE POLICY park_reads ON pain_points FOR SELECT
        USING (EXISTS (SELECT 1 FROM tenants t WHERE t.id = pain_points.tenant_id AND t.park_id = app_park_id()));
      CREATE POLICY park_records ON pain_points FOR INSERT
        WITH CHECK (recorded_by_park AND status = 'open' AND from_assessment_id IS NULL
                    AND EXISTS (SELECT 1 FROM tenants t WHERE t.id = pain_points.tenant_id AND t.park_id = app_park_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pain_points; DROP TABLE solutions;`);
  }
}
