import type { TenantRole } from './identity-constants';
import { canTransition, TASK_STATUSES, type TaskStatus, type Team } from './projects';
import type { Task } from './tasks';

/**
 * Who may change a task, and how: the one statement of these rules, used by the API (which enforces
 * them) and the web (which offers only what the API will accept). Owners and leaders plan
 * everything; a team lead manages the tasks of the teams they lead; an assignee updates status,
 * percent done and blocking reason of their own task and comments; anyone else only reads.
 */
export type TaskAccess = 'plan' | 'team' | 'assignee' | 'none';

/** Who is acting: role in the enterprise, user id, and the teams they lead (in the project at hand). */
export interface TaskActor {
  readonly role: TenantRole | null;
  readonly userId: string | null;
  readonly ledTeamIds: ReadonlySet<string>;
}

/** The fields an assignee may change on their own task. */
export const ASSIGNEE_TASK_FIELDS: ReadonlySet<string> = new Set(['status', 'percentDone', 'blockedReason']);

export function canPlan(role: TenantRole | null | undefined): boolean {
  return role === 'owner' || role === 'leader';
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

/** Whether `access` allows changing all of `fields` (names of a task update). */
export function mayChangeFields(access: TaskAccess, fields: readonly string[]): boolean {
  if (canEditDetails(access)) return true;
  return access === 'assignee' && fields.every((field) => ASSIGNEE_TASK_FIELDS.has(field));
}

/**
 * Whether `access` may move a task from `from` to `to` at all. Cancelling, and reopening what was
 * cancelled, are planning decisions (leaders, the team's lead). Whether the move itself is allowed
 * is `canTransition`.
 */
export function mayMoveStatus(access: TaskAccess, from: TaskStatus, to: TaskStatus): boolean {
  if (!canUpdateProgress(access)) return false;
  if (from === to) return true;
  return !(access === 'assignee' && (from === 'cancelled' || to === 'cancelled'));
}

/** The statuses this user may move the task to from where it is (the API may still refuse `done` over a dependency). */
export function statusTargets(task: Pick<Task, 'status'>, access: TaskAccess): TaskStatus[] {
  return TASK_STATUSES.filter((to) => to !== task.status && canTransition(task.status, to) && mayMoveStatus(access, task.status, to));
}

/** Owners and leaders create tasks anywhere; a team lead only in a team they lead. */
export function canCreateTasks(actor: TaskActor): boolean {
  return canPlan(actor.role) || (actor.role === 'team_lead' && actor.ledTeamIds.size > 0);
}

/** Whether the actor may put a new task in `teamId` (null: no team). */
export function mayCreateTaskIn(actor: TaskActor, teamId: string | null): boolean {
  return canPlan(actor.role) || (actor.role === 'team_lead' && teamId !== null && actor.ledTeamIds.has(teamId));
}

/** The teams a task may be put in by this user: all for planners, the led ones for a team lead. */
export function assignableTeams<T extends Pick<Team, 'id'>>(actor: TaskActor, teams: readonly T[]): T[] {
  if (canPlan(actor.role)) return [...teams];
  return teams.filter((team) => actor.ledTeamIds.has(team.id));
}
