import {
  BUSINESS_AREAS,
  type BusinessArea,
  TASK_STATUSES,
  type TaskStatus,
  TECHNOLOGY_TYPES,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import { DEFAULT_TASK_SORT, SORT_COLUMNS, type SortColumn, type TaskFilter, type TaskSortOrder } from './task-query';

/**
 * The board's and the list's filters, order and search in the address, so a reload or a shared link
 * shows the same tasks: `?status=todo,blocked&team=<id>&assignee=<id>&area=<area>&tech=<type>&overdue=1&q=<text>&sort=-dueDate`.
 * Defaults are left out (a clean address means "everything, soonest due first"); unknown values are ignored.
 */
export interface TaskView {
  readonly filter: TaskFilter;
  readonly sort: TaskSortOrder;
}

/** The parameters this file owns (the drawer's `task` is separate). */
export const TASK_VIEW_PARAMS = ['status', 'team', 'assignee', 'area', 'tech', 'overdue', 'q', 'sort'] as const;

export function taskViewFrom(get: (name: string) => string | null): TaskView {
  const statuses = (get('status') ?? '')
    .split(',')
    .filter((status): status is TaskStatus => (TASK_STATUSES as readonly string[]).includes(status));
  const area = get('area');
  const tech = get('tech');
  const sortParam = get('sort') ?? '';
  const column = sortParam.replace(/^-/, '') as SortColumn;
  const sort: TaskSortOrder = SORT_COLUMNS.includes(column)
    ? { column, direction: sortParam.startsWith('-') ? 'descend' : 'ascend' }
    : DEFAULT_TASK_SORT;
  return {
    filter: {
      statuses: [...new Set(statuses)],
      teamId: get('team') || null,
      assigneeId: get('assignee') || null,
      businessArea: (BUSINESS_AREAS as readonly string[]).includes(area ?? '') ? (area as BusinessArea) : null,
      technologyType: (TECHNOLOGY_TYPES as readonly string[]).includes(tech ?? '') ? (tech as TechnologyType) : null,
      overdue: get('overdue') === '1',
      q: get('q') ?? '',
    },
    sort,
  };
}

/** Every parameter of the view: a value, or null to leave it out of the address. */
export function taskViewParams(view: TaskView): Record<(typeof TASK_VIEW_PARAMS)[number], string | null> {
  const { filter, sort } = view;
  const isDefaultSort = sort.column === DEFAULT_TASK_SORT.column && sort.direction === DEFAULT_TASK_SORT.direction;
  return {
    status: filter.statuses.length ? filter.statuses.join(',') : null,
    team: filter.teamId,
    assignee: filter.assigneeId,
    area: filter.businessArea,
    tech: filter.technologyType,
    overdue: filter.overdue ? '1' : null,
    q: filter.q ? filter.q : null,
    sort: isDefaultSort ? null : `${sort.direction === 'descend' ? '-' : ''}${sort.column}`,
  };
}

/** Whether two views show the same tasks in the same order. */
export function sameTaskView(a: TaskView, b: TaskView): boolean {
  const x = taskViewParams(a);
  const y = taskViewParams(b);
  return TASK_VIEW_PARAMS.every((name) => x[name] === y[name]);
}
