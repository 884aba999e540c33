import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The context a user last acted in (set when they switch), so the next sign-in starts there — a
 * member of several enterprises returns to the one they used last, on any device. Kept on the
 * user's own row (row security: only the user reads and writes it); the application may write
 * only these two columns more. The id is a tenant or park id, or `platform` for operators (as in a
 * session's context). A context they no longer belong to is ignored at sign-in.
 */
export class LastContext1765156200000 implements MigrationInterface {
  name = 'LastContext1765156200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN last_context_type text CHECK (last_context_type IN ('tenant', 'park', 'platform')),
        ADD COLUMN last_context_id text CHECK (length(last_context_id) <= 40),
        ADD CONSTRAINT users_last_context_pair CHECK ((last_context_type IS NULL) = (last_context_id IS NULL));
    `);
    await q.query(`
      DO $$ DECLARE app text := current_setting('xinzhi.app_role');
      BEGIN
        EXECUTE format('GRANT UPDATE (last_context_type, last_context_id) ON users TO %I', app);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN last_context_type, DROP COLUMN last_context_id`);
  }
}
