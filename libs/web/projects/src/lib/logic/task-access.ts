import { canTransition, TASK_STATUSES, type Task, type TaskStatus, type Team, type TenantRole } from '@xinzhi/shared-contracts';

/**
 * How the signed-in user may touch a task, as the API decides it (libs/server/tasks): owners and
 * leaders plan everything; a team lead manages the tasks of the teams they lead; an assignee updates
 * status, percent done and blocking reason of their own task and comments; anyone else only reads.
 */
export type TaskAccess = 'plan' | 'team' | 'assignee' | 'none';

/** Who is acting: role in the enterprise, user id, and the teams they lead (in the project at hand). */
export interface TaskActor {
  readonly role: TenantRole | null;
  readonly userId: string | null;
  readonly ledTeamIds: ReadonlySet<string>;
}

export function canPlan(role: TenantRole | null | undefined): boolean {
  return role === 'owner' || role === 'leader';
}

/** The ids of the teams `userId` leads. */
export function ledTeamIds(teams: readonly Pick<Team, 'id' | 'leadUserId'>[], userId: string | null): ReadonlySet<string> {
  return new Set(userId ? teams.filter((team) => team.leadUserId === userId).map((team) => team.id) : []);
}

export function taskAccess(actor: TaskActor, task: Pick<Task, 'teamId' | 'assigneeId'>): TaskAccess {
  if (canPlan(actor.role)) return 'plan';
  if (actor.role === 'team_lead' && task.teamId !== null && actor.ledTeamIds.has(task.teamId)) return 'team';
  if (actor.userId !== null && task.assigneeId === actor.userId) return 'assignee';
  return 'none';
}

/** Title, description, area, technology, team, assignee, weight, dates, dependency — and delete. */
export function canEditDetails(access: TaskAccess): boolean {
  return access === 'plan' || access === 'team';
}

/** Status, percent done, blocking reason and comments. */
export function canUpdateProgress(access: TaskAccess): boolean {
  return access !== 'none';
}

/** The statuses this user may move the task to from where it is (the API may still refuse `done` over a dependency). */
export function statusTargets(task: Pick<Task, 'status'>, access: TaskAccess): TaskStatus[] {
  if (!canUpdateProgress(access)) return [];
  // Cancelling, and reopening what was cancelled, are planning decisions (leaders, the team's lead).
  if (access === 'assignee' && task.status === 'cancelled') return [];
  return TASK_STATUSES.filter((to) => to !== task.status && canTransition(task.status, to) && !(access === 'assignee' && to === 'cancelled'));
}

export function canMoveTo(task: Pick<Task, 'status'>, access: TaskAccess, to: TaskStatus): boolean {
  return statusTargets(task, access).includes(to);
}

/** A card is draggable on the board when the user may change its status at all. */
export function canDrag(task: Pick<Task, 'status'>, access: TaskAccess): boolean {
  return statusTargets(task, access).length > 0;
}

/** Whether the percent slider applies: the user may update, and the task is open (done is 100 %, cancelled is out). */
export function canSetPercent(task: Pick<Task, 'status'>, access: TaskAccess): boolean {
  return canUpdateProgress(access) && task.status !== 'done' && task.status !== 'cancelled';
}

/** Owners and leaders create tasks anywhere; a team lead only in a team they lead. */
export function canCreateTasks(actor: TaskActor): boolean {
  return canPlan(actor.role) || (actor.role === 'team_lead' && actor.ledTeamIds.size > 0);
}

/** The teams a task may be put in by this user: all for planners, the led ones for a team lead. */
export function assignableTeams<T extends Pick<Team, 'id'>>(actor: TaskActor, teams: readonly T[]): T[] {
  if (canPlan(actor.role)) return [...teams];
  return teams.filter((team) => actor.ledTeamIds.has(team.id));
}

/**
 * The task as it will look after moving to `to`, for showing the move at once: done is 100 %, the
 * blocking reason is kept only while blocked, and it counts as just changed.
 */
export function movedTask<T extends Task>(task: T, to: TaskStatus, blockedReason?: string | null, now = new Date().toISOString()): T {
  return {
    ...task,
    updatedAt: now,
    status: to,
    percentDone: to === 'done' ? 100 : task.percentDone,
    blockedReason: to === 'blocked' ? (blockedReason ?? task.blockedReason) : null,
    overdue: task.overdue && to !== 'done' && to !== 'cancelled',
  };
}

/**
 * The title of the unfinished task this one waits for, when it is known from `tasks`; moving to
 * done would be refused. Null when there is none or it is unknown.
 */
export function unfinishedDependency(task: Pick<Task, 'dependsOnId'>, tasks: readonly Pick<Task, 'id' | 'status' | 'title'>[]): string | null {
  if (!task.dependsOnId) return null;
  const dependency = tasks.find((candidate) => candidate.id === task.dependsOnId);
  if (!dependency) return null;
  return dependency.status === 'done' || dependency.status === 'cancelled' ? null : dependency.title;
}
