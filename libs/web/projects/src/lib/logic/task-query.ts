import { type BusinessArea, isOverdue, TASK_STATUSES, type Task, type TaskStatus, type TechnologyType } from '@xinzhi/shared-contracts';

/** The list's filters, applied in the browser to the (up to 500) loaded tasks. */
export interface TaskFilter {
  readonly statuses: readonly TaskStatus[];
  readonly teamId: string | null;
  readonly assigneeId: string | null;
  readonly businessArea: BusinessArea | null;
  readonly technologyType: TechnologyType | null;
  readonly overdue: boolean;
  readonly q: string;
}

export const EMPTY_TASK_FILTER: TaskFilter = {
  statuses: [],
  teamId: null,
  assigneeId: null,
  businessArea: null,
  technologyType: null,
  overdue: false,
  q: '',
};

/** `assigneeId` value of the filter that matches tasks nobody is assigned to. */
export const UNASSIGNED = '__unassigned__';

/**
 * The filter as the query parameters of `GET /api/projects/:id/tasks.xlsx` (the API's list filters). "Nobody"
 * as assignee has no API filter and exports every assignee; the search is matched as one phrase.
 */
export function exportParams(filter: TaskFilter): Record<string, string | null> {
  return {
    status: filter.statuses.length ? filter.statuses.join(',') : null,
    teamId: filter.teamId,
    assigneeId: filter.assigneeId === UNASSIGNED ? null : filter.assigneeId,
    businessArea: filter.businessArea,
    technologyType: filter.technologyType,
    overdue: filter.overdue ? 'true' : null,
    q: filter.q.trim() || null,
  };
}

/** How many filters differ from "everything". */
export function activeFilterCount(filter: TaskFilter, ignoreStatus = false): number {
  let count = 0;
  if (!ignoreStatus && filter.statuses.length) count++;
  if (filter.teamId) count++;
  if (filter.assigneeId) count++;
  if (filter.businessArea) count++;
  if (filter.technologyType) count++;
  if (filter.overdue) count++;
  if (filter.q.trim()) count++;
  return count;
}

/** Lower-cased words of a search, for matching every one of them. */
function terms(q: string): string[] {
  return q.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The tasks that pass `filter` (status unless `ignoreStatus`, team, assignee, area, technology,
 * overdue as of `today`, and a text search over title, assignee and team, every word matching).
 */
export function filterTasks<T extends Task>(tasks: readonly T[], filter: TaskFilter, today: string, ignoreStatus = false): T[] {
  const statuses = !ignoreStatus && filter.statuses.length ? new Set(filter.statuses) : null;
  const words = terms(filter.q);
  return tasks.filter((task) => {
    if (statuses && !statuses.has(task.status)) return false;
    if (filter.teamId && task.teamId !== filter.teamId) return false;
    if (filter.assigneeId) {
      if (filter.assigneeId === UNASSIGNED ? task.assigneeId !== null : task.assigneeId !== filter.assigneeId) return false;
    }
    if (filter.businessArea && task.businessArea !== filter.businessArea) return false;
    if (filter.technologyType && task.technologyType !== filter.technologyType) return false;
    if (filter.overdue && !isOverdue(task, today)) return false;
    if (words.length) {
      const haystack = `${task.title}\n${task.assigneeName ?? ''}\n${task.teamName ?? ''}`.toLocaleLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

const STATUS_ORDER: Readonly<Record<TaskStatus, number>> = Object.fromEntries(TASK_STATUSES.map((s, i) => [s, i])) as Record<
  TaskStatus,
  number
>;

/** A sortable column of the list and the direction. */
export type SortColumn = 'title' | 'status' | 'dueDate' | 'weight' | 'percentDone' | 'createdAt';
export type SortDirection = 'ascend' | 'descend';
export interface TaskSortOrder {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Soonest due first, like the API's default. */
export const DEFAULT_TASK_SORT: TaskSortOrder = { column: 'dueDate', direction: 'ascend' };

export const SORT_COLUMNS: readonly SortColumn[] = ['dueDate', 'title', 'status', 'percentDone', 'weight', 'createdAt'];

const collator = new Intl.Collator(['zh-CN', 'en-US'], { numeric: true, sensitivity: 'base' });

function compareColumn(a: Task, b: Task, column: SortColumn): number {
  switch (column) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'dueDate':
      return (a.dueDate ?? '').localeCompare(b.dueDate ?? '');
    case 'weight':
      return a.weight - b.weight;
    case 'percentDone':
      return a.percentDone - b.percentDone;
    case 'createdAt':
      return a.createdAt.localeCompare(b.createdAt);
  }
}

/**
 * A copy of `tasks` in `order`; tasks without a due date come last either way, ties keep the
 * order of creation.
 */
export function sortTasks<T extends Task>(tasks: readonly T[], order: TaskSortOrder): T[] {
  const sign = order.direction === 'descend' ? -1 : 1;
  return [...tasks].sort((a, b) => {
    if (order.column === 'dueDate' && a.dueDate !== b.dueDate && (a.dueDate === null || b.dueDate === null)) {
      return a.dueDate === null ? 1 : -1;
    }
    return sign * compareColumn(a, b, order.column) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  });
}

/** Filter then sort: what the list shows. */
export function queryTasks<T extends Task>(tasks: readonly T[], filter: TaskFilter, order: TaskSortOrder, today: string): T[] {
  return sortTasks(filterTasks(tasks, filter, today), order);
}

/** Tasks per board column, each column in the order given. */
export function groupByStatus<T extends Task>(tasks: readonly T[]): Record<TaskStatus, T[]> {
  const columns = Object.fromEntries(TASK_STATUSES.map((status) => [status, [] as T[]])) as Record<TaskStatus, T[]>;
  for (const task of tasks) columns[task.status].push(task);
  return columns;
}

/**
 * The board's columns: the most recently changed task first in each, so a new task, or one just
 * moved, shows at the top of its column (the list sorts by due date or anything else).
 */
export function boardColumns<T extends Task>(tasks: readonly T[]): Record<TaskStatus, T[]> {
  const columns = groupByStatus(tasks);
  const recentFirst = (a: T, b: T) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);
  for (const status of TASK_STATUSES) columns[status].sort(recentFirst);
  return columns;
}

/** The arrow a table header shows for the current order. */
export function columnSortOrder(order: TaskSortOrder, column: SortColumn): SortDirection | null {
  return order.column === column ? order.direction : null;
}

/** The order after a header click (a cleared sort goes back to the default). */
export function sortAfterHeaderClick(column: SortColumn, direction: SortDirection | null): TaskSortOrder {
  return direction ? { column, direction } : DEFAULT_TASK_SORT;
}
