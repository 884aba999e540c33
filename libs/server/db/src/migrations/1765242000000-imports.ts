import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Excel imports: the uploaded file (kept until the import is applied or dropped with its project),
 * the state the background job moves it through, its counts and its errors, and the plan the
 * validation worked out (what the apply writes, so it never re-reads a changed project blindly).
 */
export class Imports1765242000000 implements MigrationInterface {
  name = 'Imports1765242000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        kind           text NOT NULL CHECK (kind IN ('tasks', 'members', 'kpis', 'readings')),
        project_id     uuid,
        file_name      text NOT NULL,
        file           bytea NOT NULL,
        locale         text NOT NULL CHECK (locale IN ('zh-CN', 'en-US')),
        status         text NOT NULL DEFAULT 'validating' CHECK (status IN ('validating', 'preview', 'failed', 'applying', 'done')),
        progress       integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        counts         jsonb NOT NULL DEFAULT '{"new":0,"changed":0,"unchanged":0,"removed":0}',
        errors         jsonb NOT NULL DEFAULT '[]',
        remove_missing boolean NOT NULL DEFAULT false,
        created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX imports_id ON imports (id);
    `);
    await q.query(tenantIsolation('imports'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
