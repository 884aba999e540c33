import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import {
  BusinessArea,
  CreateProjectRequest,
  LeadershipMember,
  LeadershipRole,
  Project,
  ProjectPhase,
  ProjectListStatus,
  ProjectStatus,
  PutLeadershipRequest,
  TaskStatus,
} from '@xinzhi/shared-contracts';

type ProjectRow = Row<
  'projects',
  | 'id'
  | 'name'
  | 'goal'
  | 'phase'
  | 'status'
  | 'start_date'
  | 'target_date'
  | 'task_weight'
  | 'progress'
  | 'kpi_attainment'
  | 'transformation_index'
  | 'spi'
  | 'health'
  | 'progress_computed_at'
  | 'created_at'
  | 'updated_at'
>;

const COLUMNS = `id, name, goal, phase, status, start_date, target_date, task_weight, progress, kpi_attainment, transformation_index,
  spi, health, progress_computed_at, created_at, updated_at`;

function toProject(r: ProjectRow): Project {
  return {
    id: r.id,
    name: r.name,
    goal: r.goal,
    phase: r.phase,
    status: r.status,
    startDate: r.start_date,
    targetDate: r.target_date,
    taskWeight: Number(r.task_weight),
    progress: r.progress,
    kpiAttainment: r.kpi_attainment,
    transformationIndex: r.transformation_index,
    spi: r.spi,
    health: r.health,
    progressComputedAt: r.progress_computed_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findProject(m: EntityManager, id: string): Promise<Project | null> {
  const [row] = await selectRows<ProjectRow>(m, `SELECT ${COLUMNS} FROM projects WHERE id = $1`, [id]);
  return row ? toProject(row) : null;
}

/**
 * Up to `limit` projects after the id `cursor` (null: from the start), in id order; `status` one
 * status, `all`, or null for every status but archived; `q` part of the name or goal.
 */
export async function listProjects(
  m: EntityManager,
  limit: number,
  cursor: string | null,
  filter: { status: ProjectListStatus | null; q: string | null },
): Promise<Project[]> {
  const status: ProjectStatus | 'all' | null = filter.status;
  const rows = await selectRows<ProjectRow>(
    m,
    `SELECT ${COLUMNS} FROM projects
      WHERE ($1::uuid IS NULL OR id > $1::uuid)
        AND CASE WHEN $3::text IS NULL THEN status <> 'archived' WHEN $3::text = 'all' THEN true ELSE status = $3::text END
        AND ($4::text IS NULL OR strpos(lower(name), lower($4::text)) > 0 OR strpos(lower(goal), lower($4::text)) > 0)
      ORDER BY id LIMIT $2`,
    [cursor, limit, status, filter.q],
  );
  return rows.map(toProject);
}

/** The project's tasks counted by status and business area, with how many are overdue on the business day `today`. */
export async function taskCounts(
  m: EntityManager,
  projectId: string,
  today: string,
): Promise<Array<{ status: TaskStatus; businessArea: BusinessArea; n: number; overdue: number }>> {
  const rows = await selectRows<Row<'tasks', 'status' | 'business_area'> & { n: number; overdue: number }>(
    m,
    `SELECT status, business_area, count(*)::int AS n,
            count(*) FILTER (WHERE due_date < $2::date AND status NOT IN ('done', 'cancelled'))::int AS overdue
       FROM tasks WHERE project_id = $1 GROUP BY 1, 2`,
    [projectId, today],
  );
  return rows.map((r) => ({ status: r.status, businessArea: r.business_area, n: r.n, overdue: r.overdue }));
}

/** Adds a project chaired by the acting user (until its leadership group is set up); returns its id. */
export async function insertProject(
  m: EntityManager,
  body: Required<Pick<CreateProjectRequest, 'name' | 'goal' | 'phase' | 'startDate' | 'targetDate' | 'taskWeight'>>,
): Promise<string> {
  const c: Row<'projects', 'name' | 'goal' | 'phase' | 'start_date' | 'target_date'> & { task_weight: number } = {
    name: body.name,
    goal: body.goal,
    phase: body.phase,
    start_date: body.startDate,
    target_date: body.targetDate,
    task_weight: body.taskWeight,
  };
  const [row] = await selectRows<Row<'projects', 'id'>>(
    m,
    `INSERT INTO projects (tenant_id, name, goal, phase, start_date, target_date, task_weight)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.name, c.goal, c.phase, c.start_date, c.target_date, c.task_weight],
  );
  await execute(
    m,
    `INSERT INTO leadership_members (tenant_id, project_id, user_id, role) VALUES (app_tenant_id(), $1, app_user_id(), 'chair')`,
    [row.id],
  );
  return row.id;
}

/** What an update sets: null keeps a field; both dates are always written. */
export interface ProjectUpdate {
  name: string | null;
  goal: string | null;
  phase: ProjectPhase | null;
  status: ProjectStatus | null;
  startDate: string;
  targetDate: string;
  taskWeight: number | null;
  /** Marks the project's derived numbers stale (`changed_at`), for the worker to recompute. */
  planningChanged: boolean;
}

export async function updateProject(m: EntityManager, id: string, u: ProjectUpdate): Promise<void> {
  const c: { [K in 'name' | 'goal' | 'phase' | 'status' | 'start_date' | 'target_date']: Row<'projects', K>[K] | null } = {
    name: u.name,
    goal: u.goal,
    phase: u.phase,
    status: u.status,
    start_date: u.startDate,
    target_date: u.targetDate,
  };
  await execute(
    m,
    `UPDATE projects SET name = coalesce($2, name), goal = coalesce($3, goal), phase = coalesce($4, phase), status = coalesce($5, status),
            start_date = $6, target_date = $7, task_weight = coalesce($8, task_weight), updated_at = now(),
            changed_at = CASE WHEN $9 THEN clock_timestamp() ELSE changed_at END
      WHERE id = $1`,
    [id, c.name, c.goal, c.phase, c.status, c.start_date, c.target_date, u.taskWeight, u.planningChanged],
  );
}

export async function deleteProject(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM projects WHERE id = $1', [id]);
}

/** The leadership group: chair first, then vice chairs, secretary, members; by name within a role. */
export async function listLeadership(m: EntityManager, projectId: string): Promise<LeadershipMember[]> {
  const rows = await selectRows<Row<'leadership_members', 'user_id' | 'role'> & Row<'users', 'display_name' | 'email'>>(
    m,
    `SELECT l.user_id, u.display_name, u.email, l.role FROM leadership_members l JOIN users u ON u.id = l.user_id
      WHERE l.project_id = $1
      ORDER BY array_position(ARRAY['chair', 'vice_chair', 'secretary', 'member'], l.role), u.display_name`,
    [projectId],
  );
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, role: r.role }));
}

/** Which of `userIds` are members of the acting tenant. */
export async function membersAmong(m: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await selectRows<Row<'tenant_memberships', 'user_id'>>(
    m,
    'SELECT user_id FROM tenant_memberships WHERE user_id = ANY($1::uuid[])',
    [userIds],
  );
  return new Set(rows.map((r) => r.user_id));
}

/** Replaces the leadership group. */
export async function replaceLeadership(m: EntityManager, projectId: string, members: PutLeadershipRequest['members']): Promise<void> {
  const roles: Array<Row<'leadership_members', 'role'>['role']> = members.map((x) => x.role);
  await execute(m, 'DELETE FROM leadership_members WHERE project_id = $1', [projectId]);
  await execute(
    m,
    `INSERT INTO leadership_members (tenant_id, project_id, user_id, role)
     SELECT app_tenant_id(), $1, x.user_id, x.role FROM unnest($2::uuid[], $3::text[]) AS x(user_id, role)`,
    [projectId, members.map((x) => x.userId), roles],
  );
}

// The demo park's projects (demo/demo-projects.ts).

/**
 * The project of this name, with its start date, or null. A demo project seeded before the demo was
 * written in one language ("<name> <English name>") is found too, and renamed.
 */
export async function findProjectByName(m: EntityManager, name: string): Promise<Row<'projects', 'id' | 'start_date'> | null> {
  const [row] = await selectRows<Row<'projects', 'id' | 'start_date'>>(m, 'SELECT id, start_date FROM projects WHERE name = $1', [name]);
  if (row) return row;
  const [legacy] = await selectRows<Row<'projects', 'id' | 'start_date'>>(
    m,
    `WITH renamed AS (UPDATE projects SET name = $1 WHERE starts_with(name, $1 || ' ') AND substr(name, char_length($1) + 2) ~ '^[A-Za-z0-9]' AND substr(name, char_length($1) + 2) !~ '[\u4e00-\u9fff]' RETURNING id, start_date) SELECT id, start_date FROM renamed`,
    [name],
  );
  return legacy ?? null;
}

export async function insertDemoProject(
  m: EntityManager,
  p: { name: string; goal: string; phase: ProjectPhase; startDate: string; targetDate: string },
): Promise<string> {
  const c: Row<'projects', 'name' | 'goal' | 'phase' | 'start_date' | 'target_date'> = {
    name: p.name,
    goal: p.goal,
    phase: p.phase,
    start_date: p.startDate,
    target_date: p.targetDate,
  };
  const [row] = await selectRows<Row<'projects', 'id'>>(
    m,
    `INSERT INTO projects (tenant_id, name, goal, phase, start_date, target_date) VALUES (app_tenant_id(), $1, $2, $3, $4, $5) RETURNING id`,
    [c.name, c.goal, c.phase, c.start_date, c.target_date],
  );
  return row.id;
}

export async function insertLeadershipMember(m: EntityManager, projectId: string, userId: string, role: LeadershipRole): Promise<void> {
  const c: Row<'leadership_members', 'user_id' | 'role'> = { user_id: userId, role };
  await execute(m, `INSERT INTO leadership_members (tenant_id, project_id, user_id, role) VALUES (app_tenant_id(), $1, $2, $3)`, [
    projectId,
    c.user_id,
    c.role,
  ]);
}
