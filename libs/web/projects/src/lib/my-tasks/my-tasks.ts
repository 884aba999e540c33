import { type MyTask, type TaskStatus } from '@xinzhi/shared-contracts';

/** Which of My tasks to show. */
export type MyTasksView = 'open' | 'all' | 'closed';

const CLOSED: ReadonlySet<TaskStatus> = new Set(['done', 'cancelled']);

export function inView(task: Pick<MyTask, 'status'>, view: MyTasksView): boolean {
  if (view === 'all') return true;
  return view === 'closed' ? CLOSED.has(task.status) : !CLOSED.has(task.status);
}

/** The one-tap buttons of a card, in the order a thumb wants them: forward first, cancel last. */
export const QUICK_ORDER: readonly TaskStatus[] = ['in_progress', 'done', 'blocked', 'todo', 'cancelled'];

/** Counts for a summary line: open and overdue. */
export function summarise(tasks: readonly Pick<MyTask, 'status' | 'dueDate'>[], today: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const task of tasks) {
    if (CLOSED.has(task.status)) continue;
    open++;
    if (task.dueDate !== null && task.dueDate < today) overdue++;
  }
  return { open, overdue };
}
