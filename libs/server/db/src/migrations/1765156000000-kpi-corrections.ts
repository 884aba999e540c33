import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * Corrections of KPI readings and the team a KPI belongs to.
 *
 * `kpi_reading_events`: the history of a KPI's readings after they were recorded — one row per
 * correction (the date and value before and after) or deletion (the date and value that were
 * removed), with who did it (their name as it was then) and when. It refers to the KPI (the
 * history goes with the KPI), not to the reading, which a deletion removes.
 *
 * `kpis.team_id`: the team of the same project a KPI belongs to (nullable). Reaching the target
 * proposes the awards of the KPI's owner and of that team's members only; a team's deletion leaves
 * the KPI without a team.
 */
export class KpiCorrections1765156000000 implements MigrationInterface {
  name = 'KpiCorrections1765156000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpis ADD COLUMN team_id uuid;
      ALTER TABLE kpis ADD CONSTRAINT kpis_team_fkey
        FOREIGN KEY (tenant_id, project_id, team_id) REFERENCES teams (tenant_id, project_id, id) ON DELETE SET NULL (team_id);
      CREATE INDEX kpis_team ON kpis (tenant_id, team_id) WHERE team_id IS NOT NULL;

      CREATE TABLE kpi_reading_events (
        tenant_id      uuid NOT NULL,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        kpi_id         uuid NOT NULL,
        reading_id     uuid NOT NULL,
        action         text NOT NULL CHECK (action IN ('corrected', 'deleted')),
        taken_on_before date NOT NULL,
        value_before   double precision NOT NULL,
        taken_on_after date,
        value_after    double precision,
        actor_user_id  uuid,
        actor_name     text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, kpi_id) REFERENCES kpis (tenant_id, id) ON DELETE CASCADE,
        CHECK ((action = 'deleted') = (taken_on_after IS NULL AND value_after IS NULL))
      );
      CREATE INDEX kpi_reading_events_kpi ON kpi_reading_events (tenant_id, kpi_id, created_at);
    `);
    await q.query(tenantIsolation('kpi_reading_events'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_reading_events; ALTER TABLE kpis DROP COLUMN team_id;`);
  }
}
