import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { MentionableMember, MyTask, Task, TaskQuery, TaskSort, TaskStatus } from '@xinzhi/shared-contracts';

/** What a task's writers set; the rest of a `Task` is derived. `completedAt`: set now, clear, or keep what is there. */
export interface TaskFields {
  teamId: string | null;
  title: string;
  description: string;
  businessArea: Task['businessArea'];
  technologyType: Task['technologyType'];
  assigneeId: string | null;
  status: TaskStatus;
  percentDone: number;
  weight: number;
  startDate: string | null;
  dueDate: string | null;
  blockedReason: string | null;
  dependsOnId: string | null;
  completedAt: 'keep' | 'now' | 'clear';
}

type TaskRow = Row<
  'tasks',
  | 'id'
  | 'project_id'
  | 'team_id'
  | 'title'
  | 'description'
  | 'business_area'
  | 'technology_type'
  | 'assignee_user_id'
  | 'status'
  | 'percent_done'
  | 'weight'
  | 'start_date'
  | 'due_date'
  | 'completed_at'
  | 'blocked_reason'
  | 'depends_on_id'
  | 'origin_assessment_id'
  | 'origin_gap_key'
  | 'origin_adoption_id'
  | 'created_at'
  | 'updated_at'
> & {
  team_name: Col<'teams', 'name'> | null;
  origin_assessment_title: Col<'assessments', 'title'> | null;
  origin_solution_id: Col<'solution_adoptions', 'solution_id'> | null;
  origin_solution_name: Col<'solution_adoptions', 'solution_name'> | null;
  assignee_name: Col<'users', 'display_name'> | null;
  depends_on_title: Col<'tasks', 'title'> | null;
  /** Null when the task has no due date (`NULL < today`). */
  overdue: boolean | null;
};

type MyTaskRow = TaskRow & { project_name: Col<'projects', 'name'> };

/** The task columns; `today` names the parameter that carries the business calendar's today (Clock.today()). */
const tasksAsOf = (today: string) => `
  SELECT k.id, k.project_id, k.team_id, tm.name AS team_name, k.title, k.description, k.business_area, k.technology_type,
         k.assignee_user_id, u.display_name AS assignee_name, k.status, k.percent_done, k.weight, k.start_date, k.due_date,
         k.completed_at, k.blocked_reason, k.depends_on_id, dep.title AS depends_on_title,
         (k.due_date < ${today}::date AND k.status NOT IN ('done', 'cancelled')) AS overdue,
         k.origin_assessment_id, k.origin_gap_key, oa.title AS origin_assessment_title,
         k.origin_adoption_id, sa.solution_id AS origin_solution_id, sa.solution_name AS origin_solution_name, k.created_at, k.updated_at
    FROM tasks k
    LEFT JOIN teams tm ON tm.tenant_id = k.tenant_id AND tm.id = k.team_id
    LEFT JOIN assessments oa ON oa.tenant_id = k.tenant_id AND oa.id = k.origin_assessment_id
    LEFT JOIN solution_adoptions sa ON sa.tenant_id = k.tenant_id AND sa.id = k.origin_adoption_id
    LEFT JOIN users u ON u.id = k.assignee_user_id
    LEFT JOIN tasks dep ON dep.tenant_id = k.tenant_id AND dep.id = k.depends_on_id`;

/** Provenance: an assessment gap or an adopted solution (a task has at most one, the schema says so). */
function taskOrigin(r: TaskRow): Task['origin'] {
  if (r.origin_assessment_id && r.origin_gap_key && r.origin_assessment_title !== null) {
    return {
      type: 'assessment_gap',
      assessmentId: r.origin_assessment_id,
      gapKey: r.origin_gap_key,
      assessmentTitle: r.origin_assessment_title,
    };
  }
  if (r.origin_adoption_id && r.origin_solution_id && r.origin_solution_name !== null) {
    return { type: 'solution', adoptionId: r.origin_adoption_id, solutionId: r.origin_solution_id, solutionName: r.origin_solution_name };
  }
  return null;
}

function toTask(r: TaskRow): Task {
  return {
    id: r.id,
    projectId: r.project_id,
    teamId: r.team_id,
    teamName: r.team_name,
    title: r.title,
    description: r.description,
    businessArea: r.business_area,
    technologyType: r.technology_type,
    assigneeId: r.assignee_user_id,
    assigneeName: r.assignee_name,
    status: r.status,
    percentDone: r.percent_done,
    weight: r.weight,
    startDate: r.start_date,
    dueDate: r.due_date,
    completedAt: r.completed_at?.toISOString() ?? null,
    blockedReason: r.blocked_reason,
    dependsOnId: r.depends_on_id,
    dependsOnTitle: r.depends_on_title,
    overdue: r.overdue === true,
    origin: taskOrigin(r),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SORTS: Record<TaskSort, string> = {
  due_date: 'k.due_date ASC NULLS LAST, k.id',
  '-due_date': 'k.due_date DESC NULLS LAST, k.id',
  created_at: 'k.id ASC',
  '-created_at': 'k.id DESC',
  title: 'k.title, k.id',
  status: "array_position(ARRAY['todo','in_progress','blocked','done','cancelled'], k.status), k.id",
  weight: 'k.weight ASC, k.id',
  '-weight': 'k.weight DESC, k.id',
  percent_done: 'k.percent_done ASC, k.id',
  '-percent_done': 'k.percent_done DESC, k.id',
};

/** The columns a task's fields are written to, checked against the schema. */
function taskColumns(
  f: TaskFields,
): Row<
  'tasks',
  | 'team_id'
  | 'title'
  | 'description'
  | 'business_area'
  | 'technology_type'
  | 'assignee_user_id'
  | 'status'
  | 'percent_done'
  | 'weight'
  | 'start_date'
  | 'due_date'
  | 'blocked_reason'
  | 'depends_on_id'
> {
  return {
    team_id: f.teamId,
    title: f.title,
    description: f.description,
    business_area: f.businessArea,
    technology_type: f.technologyType,
    assignee_user_id: f.assigneeId,
    status: f.status,
    percent_done: f.percentDone,
    weight: f.weight,
    start_date: f.startDate,
    due_date: f.dueDate,
    blocked_reason: f.blockedReason,
    depends_on_id: f.dependsOnId,
  };
}

/** The task as of the business day `today`, or null when it is not visible here. */
export async function findTask(m: EntityManager, id: string, today: string): Promise<Task | null> {
  const [row] = await selectRows<TaskRow>(m, `${tasksAsOf('$2')} WHERE k.id = $1`, [id, today]);
  return row ? toTask(row) : null;
}

/** One page of a project's tasks (`limit` rows from `offset`, in `query.sort` order), filtered as the query says. */
export async function listTasks(
  m: EntityManager,
  projectId: string,
  query: TaskQuery,
  limit: number,
  offset: number,
  today: string,
): Promise<Task[]> {
  const rows = await selectRows<TaskRow>(
    m,
    `${tasksAsOf('$11')}
      WHERE k.project_id = $1
        AND ($2::text[] IS NULL OR k.status = ANY($2::text[]))
        AND ($3::uuid IS NULL OR k.team_id = $3::uuid)
        AND ($4::uuid IS NULL OR k.assignee_user_id = $4::uuid)
        AND ($5::text IS NULL OR k.business_area = $5)
        AND ($6::text IS NULL OR k.technology_type = $6)
        AND ($7::boolean IS NULL OR (k.due_date < $11::date AND k.status NOT IN ('done', 'cancelled')) = $7)
        AND ($8::text IS NULL OR k.title ILIKE '%' || $8 || '%')
      ORDER BY ${SORTS[query.sort ?? 'due_date']} LIMIT $9 OFFSET $10`,
    [
      projectId,
      query.status ?? null,
      query.teamId ?? null,
      query.assigneeId ?? null,
      query.businessArea ?? null,
      query.technologyType ?? null,
      query.overdue ?? null,
      query.q?.replace(/[%_\\]/g, (c) => `\\${c}`) ?? null,
      limit,
      offset,
      today,
    ],
  );
  return rows.map(toTask);
}

/** Which of the acting user's tasks a page of "My tasks" lists. */
export interface MyTasksFilter {
  statuses: readonly TaskStatus[] | null;
  projectId: string | null;
}

/** One page of the acting user's tasks outside archived projects, most urgent first (`limit` rows from `offset`). */
export async function listMyTasks(
  m: EntityManager,
  filter: MyTasksFilter,
  today: string,
  limit: number,
  offset: number,
): Promise<MyTask[]> {
  const rows = await selectRows<MyTaskRow>(
    m,
    `SELECT x.*, p.name AS project_name FROM (${tasksAsOf('$2')} WHERE k.assignee_user_id = app_user_id()) x
       JOIN projects p ON p.id = x.project_id
      WHERE p.status <> 'archived' AND ($1::text[] IS NULL OR x.status = ANY($1::text[])) AND ($3::uuid IS NULL OR x.project_id = $3::uuid)
      ORDER BY x.overdue DESC, array_position(ARRAY['blocked','in_progress','todo','done','cancelled'], x.status), x.due_date NULLS LAST, x.id
      LIMIT $4 OFFSET $5`,
    [filter.statuses, today, filter.projectId, limit, offset],
  );
  return rows.map((r) => ({ ...toTask(r), projectName: r.project_name }));
}

/** Open and overdue counts of the acting user's tasks outside archived projects (of one project when given). */
export async function countMyTasks(m: EntityManager, projectId: string | null, today: string): Promise<{ open: number; overdue: number }> {
  const [row] = await selectRows<{ open: number; overdue: number }>(
    m,
    `SELECT count(*) FILTER (WHERE k.status NOT IN ('done', 'cancelled'))::int AS open,
            count(*) FILTER (WHERE k.status NOT IN ('done', 'cancelled') AND k.due_date < $2::date)::int AS overdue
       FROM tasks k JOIN projects p ON p.tenant_id = k.tenant_id AND p.id = k.project_id
      WHERE k.assignee_user_id = app_user_id() AND p.status <> 'archived' AND ($1::uuid IS NULL OR k.project_id = $1::uuid)`,
    [projectId, today],
  );
  return row;
}

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

/** Whether the acting user leads the team. */
export async function leadsTeam(m: EntityManager, teamId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM teams WHERE id = $1 AND lead_user_id = app_user_id()', [teamId])).length > 0;
}

export async function teamInProject(m: EntityManager, teamId: string, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM teams WHERE id = $1 AND project_id = $2', [teamId, projectId])).length > 0;
}

/** Whether the user is a member of the acting tenant. */
export async function isMember(m: EntityManager, userId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0;
}

/** Those of `userIds` who are members of this enterprise. */
export async function membersAmong(m: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await selectRows<Row<'tenant_memberships', 'user_id'>>(
    m,
    'SELECT user_id FROM tenant_memberships WHERE user_id = ANY($1::uuid[])',
    [[...userIds]],
  );
  return new Set(rows.map((r) => r.user_id));
}

/** The enterprise's members a comment may mention, by name. */
export async function mentionableMembers(m: EntityManager): Promise<MentionableMember[]> {
  const rows = await selectRows<Row<'tenant_memberships', 'user_id'> & { display_name: Col<'users', 'display_name'> }>(
    m,
    `SELECT tm.user_id, u.display_name FROM tenant_memberships tm JOIN users u ON u.id = tm.user_id ORDER BY u.display_name, tm.user_id LIMIT 2000`,
  );
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name }));
}

/** What a notice about the task names, and who hears of it (the assignee, the lead of its team). */
export type TaskNoticeFacts = {
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  assigneeId: string | null;
  teamLeadId: string | null;
};

export async function taskNoticeFacts(m: EntityManager, taskId: string): Promise<TaskNoticeFacts | null> {
  const [row] = await selectRows<
    Row<'tasks', 'id' | 'title' | 'project_id' | 'assignee_user_id'> & {
      project_name: Col<'projects', 'name'>;
      lead_user_id: Col<'teams', 'lead_user_id'> | null;
    }
  >(
    m,
    `SELECT t.id, t.title, t.project_id, t.assignee_user_id, p.name AS project_name, tm.lead_user_id
       FROM tasks t
       JOIN projects p ON p.tenant_id = t.tenant_id AND p.id = t.project_id
       LEFT JOIN teams tm ON tm.tenant_id = t.tenant_id AND tm.id = t.team_id
      WHERE t.id = $1`,
    [taskId],
  );
  return row
    ? {
        taskId: row.id,
        taskTitle: row.title,
        projectId: row.project_id,
        projectName: row.project_name,
        assigneeId: row.assignee_user_id,
        teamLeadId: row.lead_user_id,
      }
    : null;
}

export async function taskInProject(m: EntityManager, taskId: string, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tasks WHERE id = $1 AND project_id = $2', [taskId, projectId])).length > 0;
}

/** Whether following the dependency chain from `dependsOnId` reaches `taskId` (so depending on it would close a cycle). */
export async function dependencyReaches(m: EntityManager, dependsOnId: string, taskId: string): Promise<boolean> {
  const [{ cycle }] = await selectRows<{ cycle: boolean }>(
    m,
    `WITH RECURSIVE chain(id, depth) AS (
       SELECT $1::uuid, 0
       UNION ALL
       SELECT k.depends_on_id, c.depth + 1 FROM chain c JOIN tasks k ON k.id = c.id WHERE k.depends_on_id IS NOT NULL AND c.depth < 10000
     ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2::uuid) AS cycle`,
    [dependsOnId, taskId],
  );
  return cycle;
}

/** Title and status of the task another one depends on, or null when it is not visible here. */
export async function dependencyState(m: EntityManager, id: string): Promise<Pick<Task, 'title' | 'status'> | null> {
  const [row] = await selectRows<Row<'tasks', 'title' | 'status'>>(m, 'SELECT title, status FROM tasks WHERE id = $1', [id]);
  return row ?? null;
}

/**
 * What the enterprise's assessment `assessmentId` says of gap `gapKey`: its status and whether its
 * result lists that gap; null when the assessment is not the acting tenant's.
 */
export async function assessmentGap(
  m: EntityManager,
  assessmentId: string,
  gapKey: string,
): Promise<(Row<'assessments', 'status'> & { has_gap: boolean }) | null> {
  const [row] = await selectRows<Row<'assessments', 'status'> & { has_gap: boolean }>(
    m,
    `SELECT a.status,
            coalesce(a.result->'gaps'->'items' @> jsonb_build_array(jsonb_build_object('key', $2::text)), false) AS has_gap
       FROM assessments a WHERE a.id = $1`,
    [assessmentId, gapKey],
  );
  return row ?? null;
}

/** Adds a task created by `createdBy`, with its provenance when it was made from an assessment's gap; returns its id. */
export async function insertTask(
  m: EntityManager,
  projectId: string,
  fields: TaskFields,
  createdBy: string | null,
  origin: { assessmentId: string; gapKey: string } | null = null,
): Promise<string> {
  const c = taskColumns(fields);
  const o: Row<'tasks', 'origin_assessment_id' | 'origin_gap_key'> = {
    origin_assessment_id: origin?.assessmentId ?? null,
    origin_gap_key: origin?.gapKey ?? null,
  };
  const [row] = await selectRows<Row<'tasks', 'id'>>(
    m,
    `INSERT INTO tasks (tenant_id, project_id, team_id, title, description, business_area, technology_type, assignee_user_id, status,
                        percent_done, weight, start_date, due_date, completed_at, blocked_reason, depends_on_id, created_by,
                        origin_assessment_id, origin_gap_key)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13 THEN now() END, $14, $15, $16, $17, $18)
     RETURNING id`,
    [
      projectId,
      c.team_id,
      c.title,
      c.description,
      c.business_area,
      c.technology_type,
      c.assignee_user_id,
      c.status,
      c.percent_done,
      c.weight,
      c.start_date,
      c.due_date,
      fields.completedAt === 'now',
      c.blocked_reason,
      c.depends_on_id,
      createdBy,
      o.origin_assessment_id,
      o.origin_gap_key,
    ],
  );
  return row.id;
}

export async function updateTask(m: EntityManager, id: string, fields: TaskFields): Promise<void> {
  const c = taskColumns(fields);
  await execute(
    m,
    `UPDATE tasks SET title = $2, description = $3, business_area = $4, technology_type = $5, team_id = $6, assignee_user_id = $7,
            status = $8, percent_done = $9, weight = $10, start_date = $11, due_date = $12, blocked_reason = $13, depends_on_id = $14,
            completed_at = CASE $15 WHEN 'now' THEN now() WHEN 'clear' THEN NULL ELSE completed_at END, updated_at = now()
      WHERE id = $1`,
    [
      id,
      c.title,
      c.description,
      c.business_area,
      c.technology_type,
      c.team_id,
      c.assignee_user_id,
      c.status,
      c.percent_done,
      c.weight,
      c.start_date,
      c.due_date,
      c.blocked_reason,
      c.depends_on_id,
      fields.completedAt,
    ],
  );
}

export async function deleteTask(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM tasks WHERE id = $1', [id]);
}

// The demo park's tasks (demo/demo-tasks.ts).

export async function countTasks(m: EntityManager, projectId: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [projectId]);
  return n;
}

/** A demo task created at 09:00 of its start date (not later than now), done ones completed at 17:00 of their due date; returns its id. */
export async function insertDemoTask(
  m: EntityManager,
  projectId: string,
  today: string,
  fields: Omit<TaskFields, 'completedAt'>,
): Promise<string> {
  const c = taskColumns({ ...fields, completedAt: 'clear' });
  const [row] = await selectRows<Row<'tasks', 'id'>>(
    m,
    `INSERT INTO tasks (tenant_id, project_id, team_id, title, description, business_area, technology_type, assignee_user_id, status,
                        percent_done, weight, start_date, due_date, completed_at, blocked_reason, depends_on_id, created_at)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
             CASE WHEN $8 = 'done' THEN LEAST($12::date, $15::date)::timestamptz + interval '17 hours' END, $13, $14,
             LEAST($11::date + interval '9 hours', now())) RETURNING id`,
    [
      projectId,
      c.team_id,
      c.title,
      c.description,
      c.business_area,
      c.technology_type,
      c.assignee_user_id,
      c.status,
      c.percent_done,
      c.weight,
      c.start_date,
      c.due_date,
      c.blocked_reason,
      c.depends_on_id,
      today,
    ],
  );
  return row.id;
}
