import type { Task, TaskStatus } from '@xinzhi/shared-contracts';
import { statusTargets, type TaskAccess } from '@xinzhi/shared-contracts';

/**
 * How the signed-in user may touch a task: the rules themselves are shared with the API
 * (`task-rules` in the contracts); this file adds what only the board and the drawer need.
 */
export {
  assignableTeams,
  canCreateTasks,
  canEditDetails,
  canPlan,
  canUpdateProgress,
  statusTargets,
  taskAccess,
  type TaskAccess,
  type TaskActor,
} from '@xinzhi/shared-contracts';

/** The ids of the teams `userId` leads. */
export function ledTeamIds(teams: readonly { id: string; leadUserId: string | null }[], userId: string | null): ReadonlySet<string> {
  return new Set(userId ? teams.filter((team) => team.leadUserId === userId).map((team) => team.id) : []);
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
  return access !== 'none' && task.status !== 'done' && task.status !== 'cancelled';
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
export function unfinishedDependency(
  task: Pick<Task, 'dependsOnId'>,
  tasks: readonly Pick<Task, 'id' | 'status' | 'title'>[],
): string | null {
  if (!task.dependsOnId) return null;
  const dependency = tasks.find((candidate) => candidate.id === task.dependsOnId);
  if (!dependency) return null;
  return dependency.status === 'done' || dependency.status === 'cancelled' ? null : dependency.title;
}
