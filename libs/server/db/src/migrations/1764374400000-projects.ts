import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './rls';

/**
 * The transformation project workspace: projects, leadership groups, cross-department teams,
 * process tasks and their activity. Every table is tenant-owned: (tenant_id, id) keys, tenant_id in
 * every foreign key, FORCEd row security on app.tenant_id.
 */
export class Projects1764374400000 implements MigrationInterface {
  name = 'Projects1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projects (
        tenant_id              uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        id                     uuid NOT NULL DEFAULT uuid_generate_v7(),
        name                   text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        goal                   text NOT NULL DEFAULT '' CHECK (length(goal) <= 4000),
        phase                  text NOT NULL DEFAULT 'diagnose' CHECK (phase IN ('diagnose', 'plan', 'implement', 'evaluate')),
        status                 text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_hold', 'completed', 'archived')),
        start_date             date NOT NULL,
        target_date            date NOT NULL,
        task_weight            numeric(4,3) NOT NULL DEFAULT 0.5 CHECK (task_weight BETWEEN 0 AND 1),
        progress               double precision,
        kpi_attainment         double precision,
        transformation_index   double precision,
        spi                    double precision,
        health                 text CHECK (health IN ('on_track', 'at_risk', 'late')),
        progress_computed_at   timestamptz,
        changed_at             timestamptz NOT NULL DEFAULT now(),
        created_at             timestamptz NOT NULL DEFAULT now(),
        updated_at             timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (target_date >= start_date)
      );
      COMMENT ON COLUMN projects.changed_at IS 'Last change to anything the progress numbers derive from; the worker recomputes while changed_at > progress_computed_at';

      CREATE TABLE leadership_members (
        tenant_id   uuid NOT NULL,
        project_id  uuid NOT NULL,
        user_id     uuid NOT NULL,
        role        text NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'secretary')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, project_id, user_id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX leadership_one_chair ON leadership_members (tenant_id, project_id) WHERE role = 'chair';

      CREATE TABLE teams (
        tenant_id     uuid NOT NULL,
        id            uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id    uuid NOT NULL,
        name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        mission       text NOT NULL DEFAULT '' CHECK (length(mission) <= 2000),
        lead_user_id  uuid,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, project_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, lead_user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE SET NULL (lead_user_id)
      );
      CREATE UNIQUE INDEX teams_name_key ON teams (tenant_id, project_id, lower(name));

      CREATE TABLE team_members (
        tenant_id   uuid NOT NULL,
        team_id     uuid NOT NULL,
        user_id     uuid NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, team_id, user_id),
        FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE CASCADE
      );
      CREATE INDEX team_members_user ON team_members (tenant_id, user_id);

      CREATE TABLE tasks (
        tenant_id         uuid NOT NULL,
        id                uuid NOT NULL DEFAULT uuid_generate_v7(),
        project_id        uuid NOT NULL,
        team_id           uuid,
        title             text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description       text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        business_area     text NOT NULL CHECK (business_area IN ('procurement', 'rnd_design', 'production', 'warehousing_logistics', 'sales_marketing', 'service', 'finance', 'hr', 'management')),
        technology_type   text NOT NULL CHECK (technology_type IN ('big_data', 'cloud_computing', 'artificial_intelligence', 'internet_of_things', 'technology_convergence')),
        assignee_user_id  uuid,
        status            text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'blocked', 'done', 'cancelled')),
        percent_done      integer NOT NULL DEFAULT 0 CHECK (percent_done BETWEEN 0 AND 100),
        weight            integer NOT NULL DEFAULT 1 CHECK (weight >= 1 AND weight <= 1000),
        start_date        date,
        due_date          date,
        completed_at      timestamptz,
        blocked_reason    text CHECK (blocked_reason IS NULL OR length(blocked_reason) <= 1000),
        depends_on_id     uuid,
        created_by        uuid,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, project_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
        -- A task's team and dependency must belong to the same project: the keys say so.
        FOREIGN KEY (tenant_id, project_id, team_id) REFERENCES teams (tenant_id, project_id, id) ON DELETE SET NULL (team_id),
        FOREIGN KEY (tenant_id, project_id, depends_on_id) REFERENCES tasks (tenant_id, project_id, id) ON DELETE SET NULL (depends_on_id),
        FOREIGN KEY (tenant_id, assignee_user_id) REFERENCES tenant_memberships (tenant_id, user_id) ON DELETE SET NULL (assignee_user_id),
        CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
        CHECK (status <> 'done' OR (percent_done = 100 AND completed_at IS NOT NULL)),
        CHECK (depends_on_id IS NULL OR depends_on_id <> id)
      );
      CREATE INDEX tasks_project_status ON tasks (tenant_id, project_id, status);
      CREATE INDEX tasks_assignee ON tasks (tenant_id, assignee_user_id) WHERE assignee_user_id IS NOT NULL;
      CREATE INDEX tasks_team ON tasks (tenant_id, team_id) WHERE team_id IS NOT NULL;
      CREATE INDEX tasks_depends_on ON tasks (tenant_id, depends_on_id) WHERE depends_on_id IS NOT NULL;

      CREATE TABLE task_events (
        tenant_id      uuid NOT NULL,
        id             uuid NOT NULL DEFAULT uuid_generate_v7(),
        task_id        uuid NOT NULL,
        at             timestamptz NOT NULL DEFAULT now(),
        kind           text NOT NULL CHECK (kind IN ('created', 'status', 'progress', 'assigned', 'updated', 'comment')),
        actor_user_id  uuid,
        changes        jsonb,
        comment        text CHECK (comment IS NULL OR length(comment) <= 4000),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX task_events_task ON task_events (tenant_id, task_id, id);
    `);
    for (const table of ['projects', 'leadership_members', 'teams', 'team_members', 'tasks', 'task_events']) {
      await q.query(tenantIsolation(table));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE task_events, tasks, team_members, teams, leadership_members, projects`);
  }
}
