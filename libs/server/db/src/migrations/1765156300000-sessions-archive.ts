import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-out that signs out, and archived projects.
 * - `projects_tenant_status`: project lists leave archived projects out by default and filter by status.
 * Sessions need no schema change: a session is a refresh-token family (`family_id`, already indexed),
 * whose id access tokens carry as `sid`; the list of revoked sessions lives in Redis.
 * The park rollups now leave archived projects out of every count (a rule of the worker's refresh,
 * no schema change); rollups written before are rewritten by the nightly refresh of every tenant.
 */
export class SessionsArchive1765156300000 implements MigrationInterface {
  name = 'SessionsArchive1765156300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX projects_tenant_status ON projects (tenant_id, status);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projects_tenant_status;`);
  }
}
