import { type MyTask, type TaskStatus } from '@xinzhi/shared-contracts';

/** Which of My tasks to show: open ones unless the address says otherwise. */
export type MyTasksView = 'open' | 'all' | 'closed';
export const MY_TASKS_VIEWS: readonly MyTasksView[] = ['open', 'all', 'closed'];
export const DEFAULT_MY_TASKS_VIEW: MyTasksView = 'open';

const CLOSED: readonly TaskStatus[] = ['done', 'cancelled'];
const OPEN: readonly TaskStatus[] = ['todo', 'in_progress', 'blocked'];

export function inView(task: Pick<MyTask, 'status'>, view: MyTasksView): boolean {
  if (view === 'all') return true;
  return view === 'closed' ? CLOSED.includes(task.status) : !CLOSED.includes(task.status);
}

/** The statuses the API is asked for (none: all of them). */
export function statusesOf(view: MyTasksView): readonly TaskStatus[] {
  return view === 'all' ? [] : view === 'closed' ? CLOSED : OPEN;
}

/** What the address of My tasks says: `?view=all|closed` (open when absent), `?project=<id>`, `?task=<id>`. */
export interface MyTasksState {
  readonly view: MyTasksView;
  readonly projectId: string | null;
  readonly taskId: string | null;
}

/** Reads the state from query parameters; unknown values fall back to the defaults. */
export function myTasksStateFrom(get: (name: string) => string | null): MyTasksState {
  const view = get('view');
  return {
    view: MY_TASKS_VIEWS.includes(view as MyTasksView) ? (view as MyTasksView) : DEFAULT_MY_TASKS_VIEW,
    projectId: get('project') || null,
    taskId: get('task') || null,
  };
}

/** Query parameters for a change of the state (null removes a parameter; defaults leave the address clean). */
export function myTasksParams(change: Partial<MyTasksState>): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  if (change.view !== undefined) params['view'] = change.view === DEFAULT_MY_TASKS_VIEW ? null : change.view;
  if (change.projectId !== undefined) params['project'] = change.projectId;
  if (change.taskId !== undefined) params['task'] = change.taskId;
  return params;
}

/** The one-tap buttons of a card, in the order a thumb wants them: forward first, cancel last. */
export const QUICK_ORDER: readonly TaskStatus[] = ['in_progress', 'done', 'blocked', 'todo', 'cancelled'];
