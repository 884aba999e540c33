import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is filtered by person: an index on the actor, newest first, so "what did this
 * person do" pages as cheaply as the whole log (which pages on the primary key).
 */
export class AuditFilters1765156400000 implements MigrationInterface {
  name = 'AuditFilters1765156400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_events_actor ON audit_events (tenant_id, actor_user_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_actor`);
  }
}
