import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, exportLocale, namesLanguage, ProblemException, RequestContext } from '@xinzhi/server-core';
import { actingUserLocale, auditChanges, AuditLog, markProjectChanged, NewNotice, notify, TransactionRunner } from '@xinzhi/server-db';
import { LiveEventPublisher, RecomputeRequests } from '@xinzhi/server-queue';
import { TASK_EXPORT_MAX } from './tasks-export';
import {
  Locale,
  canEditDetails,
  canTransition,
  canUpdateProgress,
  CreateTaskRequest,
  FieldError,
  mayChangeFields,
  mayCreateTaskIn,
  mayMoveStatus,
  MentionableMember,
  NOTIFICATION_EXCERPT_MAX,
  MY_TASKS_PAGE_DEFAULT,
  MyTaskPage,
  MyTasksQuery,
  Page,
  PROBLEM_CODES,
  Task,
  TaskAccess,
  taskAccess,
  TaskActor,
  TaskEvent,
  TaskEventKind,
  TASK_LIST_DEFAULT,
  TASK_LIST_MAX,
  TaskQuery,
  TaskStatus,
  TenantRole,
  UpdateTaskRequest,
} from '@xinzhi/shared-contracts';
import { findEvent, insertEvent, listEvents } from './task-events.data';
import {
  assessmentGap,
  dependencyReaches,
  dependencyState,
  deleteTask,
  findTask,
  insertTask,
  isMember,
  leadsTeam,
  countMyTasks,
  listMyTasks,
  listTasks,
  membersAmong,
  mentionableMembers,
  projectExists,
  taskInProject,
  taskNoticeFacts,
  TaskNoticeFacts,
  teamInProject,
  updateTask,
} from './tasks.data';

/** Fields whose changes the activity records (the provenance never changes). */
type TrackedKey = Exclude<keyof Task, 'origin'>;
const TRACKED: Array<[TrackedKey, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['businessArea', 'businessArea'],
  ['technologyType', 'technologyType'],
  ['teamId', 'teamId'],
  ['assigneeId', 'assigneeId'],
  ['status', 'status'],
  ['percentDone', 'percentDone'],
  ['weight', 'weight'],
  ['startDate', 'startDate'],
  ['dueDate', 'dueDate'],
  ['dependsOnId', 'dependsOnId'],
  ['blockedReason', 'blockedReason'],
];

/** Fields an audit event of a task change tells, by the name the log shows (people and teams by name). */
const AUDITED: Readonly<Record<string, keyof Task>> = {
  title: 'title',
  description: 'description',
  businessArea: 'businessArea',
  technologyType: 'technologyType',
  team: 'teamName',
  assignee: 'assigneeName',
  status: 'status',
  percentDone: 'percentDone',
  weight: 'weight',
  startDate: 'startDate',
  dueDate: 'dueDate',
  dependsOn: 'dependsOnTitle',
  blockedReason: 'blockedReason',
};

const invalid = (field: string, code: string, message: string) => ProblemException.validation([{ field, code, message }]);
const conflict = (field: string, code: string, detail: string) => ProblemException.conflict(field, detail, code);

/** A task's own address in the web app (the drawer opens from it). */
const taskLink = (taskId: string) => `/tasks/${taskId}`;

const taskRef = (f: TaskNoticeFacts) => ({ taskId: f.taskId, taskTitle: f.taskTitle, projectId: f.projectId, projectName: f.projectName });

/** The start of a comment, as a notice quotes it. */
function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > NOTIFICATION_EXCERPT_MAX ? `${flat.slice(0, NOTIFICATION_EXCERPT_MAX - 1)}…` : flat;
}

/** `task_blocked` / `task_unblocked` for the assignee and the lead of the task's team (once when the same person). */
function blockNotices(kind: 'task_blocked' | 'task_unblocked', f: TaskNoticeFacts, reason: string | null): NewNotice[] {
  const notices: NewNotice[] = [];
  if (f.assigneeId)
    notices.push({
      kind,
      userId: f.assigneeId,
      taskId: f.taskId,
      link: taskLink(f.taskId),
      params: { ...taskRef(f), reason, as: 'assignee' },
    });
  if (f.teamLeadId && f.teamLeadId !== f.assigneeId)
    notices.push({
      kind,
      userId: f.teamLeadId,
      taskId: f.taskId,
      link: taskLink(f.taskId),
      params: { ...taskRef(f), reason, as: 'team_lead' },
    });
  return notices;
}

/** The offset an opaque list cursor carries (0 without one); a cursor this API did not give out is a 400. */
function offsetOf(cursor: string | undefined): number {
  const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw invalid('cursor', PROBLEM_CODES.cursor, 'cursor is not a cursor this API gave out');
  return offset;
}

/** The cursor of the page after one that fetched `fetched` rows (asking one more than `limit`) from `offset`. */
function nextCursor(fetched: number, limit: number, offset: number): string | null {
  return fetched > limit ? Buffer.from(String(offset + limit)).toString('base64url') : null;
}

@Injectable()
export class TasksService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recompute: RecomputeRequests,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly events: LiveEventPublisher,
  ) {}

  /** Writes notices in the change's transaction; returns how many were written. */
  private notify(m: EntityManager, notices: NewNotice[]): Promise<number> {
    return notices.length ? notify(m, notices, this.clock.today()) : Promise.resolve(0);
  }

  /** After the commit: open bells of the tenant refresh (never fails the request). */
  private async told(written: number): Promise<void> {
    if (written > 0)
      await this.events.publish(RequestContext.current().tenantId as string, { type: 'notifications', at: new Date().toISOString() });
  }

  /** After the change has committed: ask the worker for new numbers (never fails the request). */
  private async changed<T extends { projectId: string }>(result: T): Promise<T> {
    await this.recompute.request(RequestContext.current().tenantId as string, result.projectId);
    return result;
  }

  private async row(m: EntityManager, id: string): Promise<Task> {
    const task = await findTask(m, id, this.clock.today());
    if (!task) throw ProblemException.notFound('No task with this id.');
    return task;
  }

  /** The acting user, with the teams among `teamIds` they lead (looked up only for a team lead). */
  private async actor(m: EntityManager, teamIds: ReadonlyArray<string | null>): Promise<TaskActor> {
    const { role, userId } = RequestContext.current();
    const tenantRole = (role ?? null) as TenantRole | null;
    const ledTeamIds = new Set<string>();
    if (tenantRole === 'team_lead') for (const teamId of teamIds) if (teamId && (await leadsTeam(m, teamId))) ledTeamIds.add(teamId);
    return { role: tenantRole, userId: userId ?? null, ledTeamIds };
  }

  private async access(m: EntityManager, task: Task): Promise<TaskAccess> {
    return taskAccess(await this.actor(m, [task.teamId]), task);
  }

  private async assertProject(m: EntityManager, projectId: string): Promise<void> {
    if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
  }

  /** Checks references and dates of the task as it would be after the change. */
  private async validate(
    m: EntityManager,
    projectId: string,
    taskId: string | null,
    next: {
      teamId: string | null;
      assigneeId: string | null;
      dependsOnId: string | null;
      startDate: string | null;
      dueDate: string | null;
    },
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (next.teamId && !(await teamInProject(m, next.teamId, projectId))) {
      errors.push({ field: 'teamId', code: PROBLEM_CODES.exists, message: 'teamId names no team of this project' });
    }
    if (next.assigneeId && !(await isMember(m, next.assigneeId))) {
      errors.push({ field: 'assigneeId', code: PROBLEM_CODES.member, message: 'assigneeId is not a member of this enterprise' });
    }
    if (next.startDate && next.dueDate && next.dueDate < next.startDate) {
      errors.push({ field: 'dueDate', code: PROBLEM_CODES.afterStart, message: 'dueDate must not be before startDate' });
    }
    if (next.dependsOnId) {
      if (next.dependsOnId === taskId) {
        errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.cycle, message: 'a task cannot depend on itself' });
      } else if (!(await taskInProject(m, next.dependsOnId, projectId))) {
        errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.exists, message: 'dependsOnId names no task of this project' });
      } else if (taskId && (await dependencyReaches(m, next.dependsOnId, taskId))) {
        // Following the chain from the new dependency reached this task again: that would close a cycle.
        errors.push({ field: 'dependsOnId', code: PROBLEM_CODES.cycle, message: 'this dependency would make a cycle of tasks' });
      }
    }
    if (errors.length) throw ProblemException.validation(errors);
  }

  /** A task made from a gap names a scored assessment of this enterprise and a gap its result lists. */
  private async validateOrigin(m: EntityManager, origin: NonNullable<CreateTaskRequest['origin']>): Promise<void> {
    const found = await assessmentGap(m, origin.assessmentId, origin.gapKey);
    if (!found) throw invalid('origin.assessmentId', PROBLEM_CODES.exists, 'origin.assessmentId names no assessment of this enterprise');
    if (found.status !== 'scored') throw invalid('origin.assessmentId', PROBLEM_CODES.state, 'origin.assessmentId is not scored yet');
    if (!found.has_gap) throw invalid('origin.gapKey', PROBLEM_CODES.exists, 'origin.gapKey names no gap of that assessment');
  }

  /** Status rules: allowed moves, a reason when blocked, 100 % and finished dependencies when done. */
  private async resolveStatus(m: EntityManager, before: Task | null, body: UpdateTaskRequest, dependsOnId: string | null) {
    const from = before?.status ?? 'todo';
    const to: TaskStatus = body.status ?? from;
    if (before && !canTransition(from, to))
      throw conflict('status', PROBLEM_CODES.transition, `A ${from} task cannot move to ${to}; reopen it to todo first.`);
    let percent = body.percentDone ?? before?.percentDone ?? 0;
    let blockedReason: string | null = null;
    let completedAt: 'keep' | 'now' | 'clear' = 'clear';
    if (to === 'blocked') {
      blockedReason = (body.blockedReason ?? (from === 'blocked' ? before?.blockedReason : null) ?? '').trim() || null;
      if (!blockedReason) throw invalid('blockedReason', PROBLEM_CODES.required, 'blockedReason is required when a task is blocked');
    }
    if (to === 'done') {
      if (body.percentDone !== undefined && body.percentDone !== 100)
        throw invalid('percentDone', PROBLEM_CODES.done, 'percentDone must be 100 when the task is done');
      if (dependsOnId) {
        const dep = await dependencyState(m, dependsOnId);
        if (dep && dep.status !== 'done' && dep.status !== 'cancelled') {
          throw conflict('status', PROBLEM_CODES.dependency, `This task depends on “${dep.title}”, which is not finished yet.`);
        }
      }
      percent = 100;
      completedAt = from === 'done' ? 'keep' : 'now';
    }
    return { status: to, percent, blockedReason, completedAt };
  }

  async list(projectId: string, query: TaskQuery): Promise<Page<Task>> {
    const limit = Math.min(query.limit ?? TASK_LIST_DEFAULT, TASK_LIST_MAX);
    const offset = offsetOf(query.cursor);
    return this.tx.run(async (m) => {
      await this.assertProject(m, projectId);
      const rows = await listTasks(m, projectId, query, limit + 1, offset, this.clock.today());
      const items = rows.slice(0, limit);
      return { items, nextCursor: nextCursor(rows.length, limit, offset) };
    });
  }

  /** Every task of a project the list's filters select (at most TASK_EXPORT_MAX), and the export's language. */
  exportable(projectId: string, query: TaskQuery, acceptLanguage: string | undefined): Promise<{ tasks: Task[]; locale: Locale }> {
    return this.tx.run(async (m) => {
      await this.assertProject(m, projectId);
      const tasks = await listTasks(m, projectId, query, TASK_EXPORT_MAX, 0, this.clock.today());
      return { tasks, locale: exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m)) };
    });
  }

  /** A page of the caller's tasks, with the open and overdue counts of the summary line. */
  mine(query: MyTasksQuery): Promise<MyTaskPage> {
    const limit = query.limit ?? MY_TASKS_PAGE_DEFAULT;
    const offset = offsetOf(query.cursor);
    const today = this.clock.today();
    const projectId = query.projectId ?? null;
    return this.tx.run(async (m) => {
      const rows = await listMyTasks(m, { statuses: query.status?.length ? query.status : null, projectId }, today, limit + 1, offset);
      const counts = await countMyTasks(m, projectId, today);
      return { items: rows.slice(0, limit), nextCursor: nextCursor(rows.length, limit, offset), ...counts };
    });
  }

  get(id: string): Promise<Task> {
    return this.tx.run((m) => this.row(m, id));
  }

  async create(projectId: string, body: CreateTaskRequest): Promise<Task> {
    const { task, written } = await this.tx.run(async (m) => {
      await this.assertProject(m, projectId);
      const teamId = body.teamId ?? null;
      const actor = await this.actor(m, [teamId]);
      if (!mayCreateTaskIn(actor, teamId)) {
        throw new ForbiddenException('Team leads create tasks in a team they lead: choose that team.');
      }
      const next = {
        teamId,
        assigneeId: body.assigneeId ?? null,
        dependsOnId: body.dependsOnId ?? null,
        startDate: body.startDate ?? null,
        dueDate: body.dueDate ?? null,
      };
      await this.validate(m, projectId, null, next);
      if (body.origin) await this.validateOrigin(m, body.origin);
      const s = await this.resolveStatus(m, null, body, next.dependsOnId);
      const id = await insertTask(
        m,
        projectId,
        {
          ...next,
          title: body.title,
          description: body.description ?? '',
          businessArea: body.businessArea,
          technologyType: body.technologyType,
          status: s.status,
          percentDone: s.percent,
          weight: body.weight ?? 1,
          blockedReason: s.blockedReason,
          completedAt: s.completedAt,
        },
        actor.userId,
        body.origin ? { assessmentId: body.origin.assessmentId, gapKey: body.origin.gapKey } : null,
      );
      await this.event(m, id, 'created', null, null);
      await this.touchProject(m, projectId);
      const created = await this.row(m, id);
      await this.audit.record(m, 'task.created', created.title, {
        status: created.status,
        assignee: created.assigneeName,
        team: created.teamName,
        dueDate: created.dueDate,
      });
      const facts = next.assigneeId || s.status === 'blocked' ? await taskNoticeFacts(m, id) : null;
      const notices: NewNotice[] = [];
      if (facts?.assigneeId)
        notices.push({ kind: 'task_assigned', userId: facts.assigneeId, taskId: id, link: taskLink(id), params: taskRef(facts) });
      if (facts && s.status === 'blocked') notices.push(...blockNotices('task_blocked', facts, s.blockedReason));
      const written = await this.notify(m, notices);
      return { task: created, written };
    });
    await this.told(written);
    return this.changed(task);
  }

  async update(id: string, body: UpdateTaskRequest): Promise<Task> {
    const { task, written } = await this.tx.run(async (m) => {
      const before = await this.row(m, id);
      const access = await this.access(m, before);
      const fields = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
      if (access === 'none') throw new ForbiddenException('You may update only tasks assigned to you or of a team you lead.');
      if (!mayChangeFields(access, fields)) {
        throw new ForbiddenException(
          'On a task assigned to you, you may change its status, percent done and blocking reason, and comment.',
        );
      }
      // Cancelling takes work out of the plan (and out of progress and incentives): a planning decision.
      if (body.status !== undefined && !mayMoveStatus(access, before.status, body.status)) {
        throw new ForbiddenException('Cancelling a task, or reopening a cancelled one, is for leaders and the lead of its team.');
      }
      if (
        access === 'team' &&
        body.teamId !== undefined &&
        body.teamId !== before.teamId &&
        !(body.teamId && (await leadsTeam(m, body.teamId)))
      ) {
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
      await updateTask(m, id, {
        ...next,
        title: body.title ?? before.title,
        description: body.description ?? before.description,
        businessArea: body.businessArea ?? before.businessArea,
        technologyType: body.technologyType ?? before.technologyType,
        status: s.status,
        percentDone: s.percent,
        weight: body.weight ?? before.weight,
        blockedReason: s.blockedReason,
        completedAt: s.completedAt,
      });
      const after = await this.row(m, id);
      const changes: Record<string, [Task[TrackedKey], Task[TrackedKey]]> = {};
      for (const [key, name] of TRACKED)
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[name] = [before[key], after[key]];
      if (Object.keys(changes).length) {
        const kind: TaskEventKind = changes['status']
          ? 'status'
          : changes['assigneeId']
            ? 'assigned'
            : changes['percentDone']
              ? 'progress'
              : 'updated';
        await this.event(m, id, kind, changes, null);
        await this.touchProject(m, before.projectId);
        // Every saved change, a slider's progress too, is one event: one more INSERT in this transaction.
        await this.audit.record(m, 'task.updated', after.title, auditChanges(before, after, AUDITED));
      }
      // Who hears of it: a new assignee; the assignee and team lead when it is blocked or unblocked.
      const notices: NewNotice[] = [];
      const newlyAssigned = changes['assigneeId'] && after.assigneeId;
      const blocked = before.status !== 'blocked' && after.status === 'blocked';
      const unblocked = before.status === 'blocked' && after.status !== 'blocked';
      const facts = newlyAssigned || blocked || unblocked ? await taskNoticeFacts(m, id) : null;
      if (facts) {
        if (newlyAssigned && facts.assigneeId)
          notices.push({ kind: 'task_assigned', userId: facts.assigneeId, taskId: id, link: taskLink(id), params: taskRef(facts) });
        if (blocked) notices.push(...blockNotices('task_blocked', facts, after.blockedReason));
        if (unblocked) notices.push(...blockNotices('task_unblocked', facts, null));
      }
      const written = await this.notify(m, notices);
      return { task: after, written };
    });
    await this.told(written);
    return this.changed(task);
  }

  async remove(id: string): Promise<void> {
    await this.changed(
      await this.tx.run(async (m) => {
        const before = await this.row(m, id);
        const access = await this.access(m, before);
        if (!canEditDetails(access)) throw new ForbiddenException('Only leaders, and team leads for their team, may delete tasks.');
        await deleteTask(m, id);
        await this.touchProject(m, before.projectId);
        await this.audit.record(m, 'task.deleted', before.title, {
          status: before.status,
          percentDone: before.percentDone,
          assignee: before.assigneeName,
        });
        return before;
      }),
    );
  }

  activity(id: string, onlyComments: boolean): Promise<TaskEvent[]> {
    return this.tx.run(async (m) => {
      await this.row(m, id);
      return listEvents(m, id, onlyComments);
    });
  }

  /** Members a comment on the task may mention. */
  mentionable(id: string): Promise<MentionableMember[]> {
    return this.tx.run(async (m) => {
      await this.row(m, id);
      return mentionableMembers(m);
    });
  }

  /**
   * A comment, with the members it mentions (user ids chosen in the comment box). Each mentioned
   * member is told (`mentioned`), and the task's assignee (`task_commented`) unless mentioned
   * already; never the commenter.
   */
  async comment(id: string, body: string, mentionIds: readonly string[] = []): Promise<TaskEvent> {
    const mentions = [...new Set(mentionIds)];
    const { event, written } = await this.tx.run(async (m) => {
      const task = await this.row(m, id);
      if (!canUpdateProgress(await this.access(m, task)))
        throw new ForbiddenException('You may comment on tasks assigned to you or of a team you lead.');
      if (mentions.length) {
        const members = await membersAmong(m, mentions);
        const strangers = mentions.map((userId, i) => ({ userId, i })).filter(({ userId }) => !members.has(userId));
        if (strangers.length)
          throw ProblemException.validation(
            strangers.map(({ i }) => ({
              field: `mentions.${i}`,
              code: PROBLEM_CODES.member,
              message: 'this person is not a member of this enterprise',
            })),
          );
      }
      const eventId = await this.event(m, id, 'comment', null, body, mentions);
      const facts = (await taskNoticeFacts(m, id)) as TaskNoticeFacts;
      const params = { ...taskRef(facts), excerpt: excerpt(body) };
      const notices: NewNotice[] = mentions.map((userId) => ({ kind: 'mentioned', userId, taskId: id, link: taskLink(id), params }));
      if (facts.assigneeId && !mentions.includes(facts.assigneeId))
        notices.push({ kind: 'task_commented', userId: facts.assigneeId, taskId: id, link: taskLink(id), params });
      const written = await this.notify(m, notices);
      return { event: (await findEvent(m, eventId)) as TaskEvent, written };
    });
    await this.told(written);
    return event;
  }

  private event(
    m: EntityManager,
    taskId: string,
    kind: TaskEventKind,
    changes: TaskEvent['changes'],
    comment: string | null,
    mentions: readonly string[] = [],
  ): Promise<string> {
    return insertEvent(m, taskId, kind, changes, comment, mentions);
  }

  /** Marks the project's derived numbers stale, in the same transaction as the change (the worker catches up). */
  private async touchProject(m: EntityManager, projectId: string): Promise<void> {
    await markProjectChanged(m, projectId);
  }
}
