import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ProblemException, RequestContext } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { RecomputeRequests } from '@xinzhi/server-queue';
import {
  canEditDetails, canTransition, canUpdateProgress, FieldError, mayChangeFields, mayMoveStatus, MyTask, Page, PROBLEM_CODES, Task, TaskAccess, taskAccess, TaskEvent,
  TaskEventKind, TaskSort, TenantRole,
} from '@xinzhi/shared-contracts';
import { CreateTaskDto, TaskQueryDto, UpdateTaskDto } from './dto';

interface TaskSql {
  id: string; project_id: string; team_id: string | null; team_name: string | null; title: string; description: string;
  business_area: Task['businessArea']; technology_type: Task['technologyType']; assignee_user_id: string | null; assignee_name: string | null;
  status: Task['status']; percent_done: number; weight: number; start_date: string | null; due_date: string | null;
  completed_at: Date | null; blocked_reason: string | null; depends_on_id: string | null; depends_on_title: string | null;
  overdue: boolean; created_at: Date; updated_at: Date; project_name?: string;
}

/** The task columns; `today` names the parameter that carries the business calendar's today (Clock.today()). */
const tasksAsOf = (today: string) => `
  SELECT k.id, k.project_id, k.team_id, tm.name AS team_name, k.title, k.description, k.business_area, k.technology_type,
         k.assignee_user_id, u.display_name AS assignee_name, k.status, k.percent_done, k.weight, k.start_date, k.due_date,
         k.completed_at, k.blocked_reason, k.depends_on_id, dep.title AS depends_on_title,
         (k.due_date < ${today}::date AND k.status NOT IN ('done', 'cancelled')) AS overdue, k.created_at, k.updated_at
    FROM tasks k
    LEFT JOIN teams tm ON tm.tenant_id = k.tenant_id AND tm.id = k.team_id
    LEFT JOIN users u ON u.id = k.assignee_user_id
    LEFT JOIN tasks dep ON dep.tenant_id = k.tenant_id AND dep.id = k.depends_on_id`;

function toTask(r: TaskSql): Task {
  return {
    id: r.id, projectId: r.project_id, teamId: r.team_id, teamName: r.team_name, title: r.title, description: r.description,
    businessArea: r.business_area, technologyType: r.technology_type, assigneeId: r.assignee_user_id, assigneeName: r.assignee_name,
    status: r.status, percentDone: r.percent_done, weight: r.weight, startDate: r.start_date, dueDate: r.due_date,
    completedAt: r.completed_at?.toISOString() ?? null, blockedReason: r.blocked_reason, dependsOnId: r.depends_on_id,
    dependsOnTitle: r.depends_on_title, overdue: r.overdue, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}

const SORTS: Record<TaskSort, string> = {
  due_date: 'k.due_date ASC NULLS LAST, k.id', '-due_date': 'k.due_date DESC NULLS LAST, k.id',
  created_at: 'k.id ASC', '-created_at': 'k.id DESC', title: 'k.title, k.id',
  status: "array_position(ARRAY['todo','in_progress','blocked','done','cancelled'], k.status), k.id",
  weight: 'k.weight ASC, k.id', '-weight': 'k.weight DESC, k.id', percent_done: 'k.percent_done ASC, k.id', '-percent_done': 'k.percent_done DESC, k.id',
};

export const TASK_LIST_MAX = 500;

const TRACKED: Array<[keyof Task, string]> = [
  ['title', 'title'], ['description', 'description'], ['businessArea', 'businessArea'], ['technologyType', 'technologyType'],
  ['teamId', 'teamId'], ['assigneeId', 'assigneeId'], ['status', 'status'], ['percentDone', 'percentDone'], ['weight', 'weight'],
  ['startDate', 'startDate'], ['dueDate', 'dueDate'], ['dependsOnId', 'dependsOnId'], ['blockedReason', 'blockedReason'],
];

const invalid = (field: string, code: string, message: string) => ProblemException.validation([{ field, code, message }]);
const conflict = (field: string, code: string, detail: string) => ProblemException.conflict(field, detail, code);

@Injectable()
export class TasksService {
  constructor(private readonly tx: TransactionRunner, private readonly recompute: RecomputeRequests, private readonly clock: Clock) {}

  /** After the change has committed: ask the worker for new numbers (never fails the request). */
  private async changed<T extends { projectId: string }>(result: T): Promise<T> {
    await this.recompute.request(RequestContext.current().tenantId as string, result.projectId);
    return result;
  }

  private async row(m: EntityManager, id: string): Promise<Task> {
    const rows: TaskSql[] = await m.query(`${tasksAsOf('$2')} WHERE k.id = $1`, [id, this.clock.today()]);
    if (!rows[0]) throw ProblemException.notFound('No task with this id.');
    return toTask(rows[0]);
  }

  private async leadsTeam(m: EntityManager, teamId: string | null): Promise<boolean> {
    if (!teamId) return false;
    const rows = await m.query('SELECT 1 FROM teams WHERE id = $1 AND lead_user_id = app_user_id()', [teamId]);
    return rows.length > 0;
  }

  private async access(m: EntityManager, task: Task): Promise<TaskAccess> {
    const { role, userId } = RequestContext.current();
    const tenantRole = (role ?? null) as TenantRole | null;
    const ledTeamIds = new Set(tenantRole === 'team_lead' && task.teamId && (await this.leadsTeam(m, task.teamId)) ? [task.teamId] : []);
    return taskAccess({ role: tenantRole, userId: userId ?? null, ledTeamIds }, task);
  }

  private async assertProject(m: EntityManager, projectId: string): Promise<void> {
    const rows = await m.query('SELECT 1 FROM projects WHERE id = $1', [projectId]);
    if (!rows.length) throw ProblemException.notFound('No project with this id.');
  }

  /** Checks references and dates of the task as it would be after the change. */
  private async validate(m: EntityManager, projectId: string, taskId: string | null, next: { teamId: string | null; assigneeId: string | null; dependsOnId: string | null; startDate: string | null; dueDate: string | null }): Promise<void> {
    const errors: FieldError[] = [];
    if (next.teamId && !(await m.query('SELECT 1 FROM teams WHERE id = $1 AND project_id = $2', [next.teamId, projectId])).length) {
      errors.push({ field: 'teamId', code: PROBLEM_CODES.exists, message: 'teamId names no team of this project' });
    }
    if (next.assigneeId && !(await m.query('SELECT 1 FROM tenant_memberships WHERE user_id = $1', [next.assigneeId])).length) {
      errors.push({ field: 'assigneeId', code: PROBLEM_CODES.member, message: 'assigneeId is not a member of this enterprise' });
    }
    if (next.startDate && next.dueDate && next.dueDate < next.startDate) {
      errors.push({ field: 'dueDate', code: PROBLEM_CODES.afterStart, message: 'dueDate must not be before startDate' });
    }
    if (next.dependsOnId) {
      if (next.dependsOnId === taskId) {
        errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.cycle, message: 'a task cannot depend on itself' });
      } else if (!(await m.query('SELECT 1 FROM tasks WHERE id = $1 AND project_id = $2', [next.dependsOnId, projectId])).length) {
        errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.exists, message: 'dependsOnId names no task of this project' });
      } else if (taskId) {
        // Follow the chain from the new dependency; reaching this task again would close a cycle.
        const [{ cycle }] = await m.query(
          `WITH RECURSIVE chain(id, depth) AS (
             SELECT $1::uuid, 0
             UNION ALL
             SELECT k.depends_on_id, c.depth + 1 FROM chain c JOIN tasks k ON k.id = c.id WHERE k.depends_on_id IS NOT NULL AND c.depth < 10000
           ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2::uuid) AS cycle`,
          [next.dependsOnId, taskId],
        );
        if (cycle) errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.cycle, message: 'this dependency would make a cycle of tasks' });
      }
    }
    if (errors.length) throw ProblemException.validation(errors);
  }

  /** Status rules: allowed moves, a reason when blocked, 100 % and finished dependencies when done. */
  private async resolveStatus(m: EntityManager, before: Task | null, body: CreateTaskDto | UpdateTaskDto, dependsOnId: string | null) {
    const from = before?.status ?? 'todo';
    const to = body.status ?? from;
    if (before && !canTransition(from, to)) throw conflict('status', PROBLEM_CODES.transition, `A ${from} task cannot move to ${to}; reopen it to todo first.`);
    let percent = body.percentDone ?? before?.percentDone ?? 0;
    let blockedReason: string | null = null;
    let completedAt: 'keep' | 'now' | 'clear' = 'clear';
    if (to === 'blocked') {
      blockedReason = (body.blockedReason ?? (from === 'blocked' ? before?.blockedReason : null) ?? '').trim() || null;
      if (!blockedReason) throw invalid('blockedReason', PROBLEM_CODES.required, 'blockedReason is required when a task is blocked');
    }
    if (to === 'done') {
      if (body.percentDone !== undefined && body.percentDone !== 100) throw invalid('percentDone', PROBLEM_CODES.done, 'percentDone must be 100 when the task is done');
      if (dependsOnId) {
        const [dep] = await m.query('SELECT title, status FROM tasks WHERE id = $1', [dependsOnId]);
        if (dep && dep.status !== 'done' && dep.status !== 'cancelled') {
          throw conflict('status', PROBLEM_CODES.dependency, `This task depends on “${dep.title}”, which is not finished yet.`);
        }
      }
      percent = 100;
      completedAt = from === 'done' ? 'keep' : 'now';
    }
    return { status: to, percent, blockedReason, completedAt };
  }

  async list(projectId: string, query: TaskQueryDto): Promise<Page<Task>> {
    const limit = Math.min(query.limit ?? 100, TASK_LIST_MAX);
    const offset = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw invalid('cursor', PROBLEM_CODES.cursor, 'cursor is not a cursor this API gave out');
    return this.tx.run(async (m) => {
      await this.assertProject(m, projectId);
      const rows: TaskSql[] = await m.query(
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
        [projectId, query.status ?? null, query.teamId ?? null, query.assigneeId ?? null, query.businessArea ?? null, query.technologyType ?? null,
          query.overdue ?? null, query.q?.replace(/[%_\\]/g, (c) => `\\${c}`) ?? null, limit + 1, offset, this.clock.today()],
      );
      const items = rows.slice(0, limit).map(toTask);
      return { items, nextCursor: rows.length > limit ? Buffer.from(String(offset + limit)).toString('base64url') : null };
    });
  }

  mine(statuses: string[] | undefined): Promise<MyTask[]> {
    return this.tx.run(async (m) => {
      const rows: TaskSql[] = await m.query(
        `SELECT x.*, p.name AS project_name FROM (${tasksAsOf('$2')} WHERE k.assignee_user_id = app_user_id()) x
           JOIN projects p ON p.id = x.project_id
          WHERE p.status <> 'archived' AND ($1::text[] IS NULL OR x.status = ANY($1::text[]))
          ORDER BY x.overdue DESC, array_position(ARRAY['blocked','in_progress','todo','done','cancelled'], x.status), x.due_date NULLS LAST, x.id
          LIMIT ${TASK_LIST_MAX}`,
        [statuses ?? null, this.clock.today()],
      );
      return rows.map((r) => ({ ...toTask(r), projectName: r.project_name as string }));
    });
  }

  get(id: string): Promise<Task> {
    return this.tx.run((m) => this.row(m, id));
  }

  async create(projectId: string, body: CreateTaskDto): Promise<Task> {
    return this.changed(await this.tx.run(async (m) => {
      await this.assertProject(m, projectId);
      const { role, userId } = RequestContext.current();
      if (role === 'team_lead' && !(await this.leadsTeam(m, body.teamId ?? null))) {
        throw new ForbiddenException('Team leads create tasks in a team they lead: choose that team.');
      }
      const next = { teamId: body.teamId ?? null, assigneeId: body.assigneeId ?? null, dependsOnId: body.dependsOnId ?? null, startDate: body.startDate ?? null, dueDate: body.dueDate ?? null };
      await this.validate(m, projectId, null, next);
      const s = await this.resolveStatus(m, null, body, next.dependsOnId);
      const [row] = await m.query(
        `INSERT INTO tasks (tenant_id, project_id, team_id, title, description, business_area, technology_type, assignee_user_id, status,
                            percent_done, weight, start_date, due_date, completed_at, blocked_reason, depends_on_id, created_by)
         VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13 THEN now() END, $14, $15, $16) RETURNING id`,
        [projectId, next.teamId, body.title, body.description ?? '', body.businessArea, body.technologyType, next.assigneeId, s.status,
          s.percent, body.weight ?? 1, next.startDate, next.dueDate, s.completedAt === 'now', s.blockedReason, next.dependsOnId, userId],
      );
      await this.event(m, row.id, 'created', null, null);
      await this.touchProject(m, projectId);
      return this.row(m, row.id);
    }));
  }

  async update(id: string, body: UpdateTaskDto): Promise<Task> {
    return this.changed(await this.tx.run(async (m) => {
      const before = await this.row(m, id);
      const access = await this.access(m, before);
      const fields = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
      if (access === 'none') throw new ForbiddenException('You may update only tasks assigned to you or of a team you lead.');
      if (!mayChangeFields(access, fields)) {
        throw new ForbiddenException('On a task assigned to you, you may change its status, percent done and blocking reason, and comment.');
      }
      // Cancelling takes work out of the plan (and out of progress and incentives): a planning decision.
      if (body.status !== undefined && !mayMoveStatus(access, before.status, body.status)) {
        throw new ForbiddenException('Cancelling a task, or reopening a cancelled one, is for leaders and the lead of its team.');
      }
      if (access === 'team' && body.teamId !== undefined && body.teamId !== before.teamId && !(await this.leadsTeam(m, body.teamId))) {
        throw new ForbiddenException('Team leads may move tasks only between teams they lead.');
      }
      const next = {
        teamId: body.teamId !== undefined ? body.teamId : before.teamId,
        assigneeId: body.assigneeId !== undefined ? body.assigneeId : before.assigneeId,
        dependsOnId: body.dependsOnId !== undefined ? body.dependsOnId : before.dependsOnId,
        startDate: body.startDate !== undefined ? body.startDate : before.startDate,
        dueDate: body.dueDate !== undefined ? body.dueDate : before.dueDate,
      };
      await this.validate(m, before.projectId, id, next);
      const s = await this.resolveStatus(m, before, body, next.dependsOnId);
      await m.query(
        `UPDATE tasks SET title = $2, description = $3, business_area = $4, technology_type = $5, team_id = $6, assignee_user_id = $7,
                status = $8, percent_done = $9, weight = $10, start_date = $11, due_date = $12, blocked_reason = $13, depends_on_id = $14,
                completed_at = CASE $15 WHEN 'now' THEN now() WHEN 'clear' THEN NULL ELSE completed_at END, updated_at = now()
          WHERE id = $1`,
        [id, body.title ?? before.title, body.description ?? before.description, body.businessArea ?? before.businessArea,
          body.technologyType ?? before.technologyType, next.teamId, next.assigneeId, s.status, s.percent, body.weight ?? before.weight,
          next.startDate, next.dueDate, s.blockedReason, next.dependsOnId, s.completedAt],
      );
      const after = await this.row(m, id);
      const changes: Record<string, [unknown, unknown]> = {};
      for (const [key, name] of TRACKED) if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[name] = [before[key], after[key]];
      if (Object.keys(changes).length) {
        const kind: TaskEventKind = changes['status'] ? 'status' : changes['assigneeId'] ? 'assigned' : changes['percentDone'] ? 'progress' : 'updated';
        await this.event(m, id, kind, changes, null);
        await this.touchProject(m, before.projectId);
      }
      return after;
    }));
  }

  async remove(id: string): Promise<void> {
    await this.changed(await this.tx.run(async (m) => {
      const before = await this.row(m, id);
      const access = await this.access(m, before);
      if (!canEditDetails(access)) throw new ForbiddenException('Only leaders, and team leads for their team, may delete tasks.');
      await m.query('DELETE FROM tasks WHERE id = $1', [id]);
      await this.touchProject(m, before.projectId);
      return before;
    }));
  }

  activity(id: string, onlyComments: boolean): Promise<TaskEvent[]> {
    return this.tx.run(async (m) => {
      await this.row(m, id);
      const rows: Array<{ id: string; at: Date; kind: TaskEventKind; actor_user_id: string | null; actor_name: string | null; changes: TaskEvent['changes']; comment: string | null }> = await m.query(
        `SELECT e.id, e.at, e.kind, e.actor_user_id, u.display_name AS actor_name, e.changes, e.comment
           FROM task_events e LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE e.task_id = $1 AND (NOT $2 OR e.kind = 'comment') ORDER BY e.id LIMIT 1000`,
        [id, onlyComments],
      );
      return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), kind: r.kind, actorId: r.actor_user_id, actorName: r.actor_name, changes: r.changes, comment: r.comment }));
    });
  }

  comment(id: string, body: string): Promise<TaskEvent> {
    return this.tx.run(async (m) => {
      const task = await this.row(m, id);
      if (!canUpdateProgress(await this.access(m, task))) throw new ForbiddenException('You may comment on tasks assigned to you or of a team you lead.');
      const eventId = await this.event(m, id, 'comment', null, body);
      const [r] = await m.query(`SELECT e.id, e.at, e.actor_user_id, u.display_name AS actor_name FROM task_events e LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.id = $1`, [eventId]);
      return { id: r.id, at: r.at.toISOString(), kind: 'comment', actorId: r.actor_user_id, actorName: r.actor_name, changes: null, comment: body };
    });
  }

  private async event(m: EntityManager, taskId: string, kind: TaskEventKind, changes: Record<string, unknown> | null, comment: string | null): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO task_events (tenant_id, task_id, kind, actor_user_id, changes, comment) VALUES (app_tenant_id(), $1, $2, app_user_id(), $3::jsonb, $4) RETURNING id`,
      [taskId, kind, changes ? JSON.stringify(changes) : null, comment],
    );
    return row.id;
  }

  /** Marks the project's derived numbers stale, in the same transaction as the change (the worker catches up). */
  private async touchProject(m: EntityManager, projectId: string): Promise<void> {
    await markProjectChanged(m, projectId);
  }
}
