import {
  activeFilterCount,
  boardColumns,
  columnSortOrder,
  DEFAULT_TASK_SORT,
  EMPTY_TASK_FILTER,
  exportParams,
  filterTasks,
  groupByStatus,
  queryTasks,
  sortAfterHeaderClick,
  sortTasks,
  UNASSIGNED,
} from './task-query';
import { aTask } from './fixtures.spec-helper';

const today = '2026-05-10';
const tasks = [
  aTask({
    id: 'a',
    title: '数控机床联网',
    status: 'in_progress',
    teamId: 'mes',
    teamName: 'MES 项目组',
    assigneeId: 'u1',
    assigneeName: '陈静',
    dueDate: '2026-05-01',
    weight: 3,
    percentDone: 40,
  }),
  aTask({
    id: 'b',
    title: 'Supplier portal',
    status: 'todo',
    businessArea: 'procurement',
    technologyType: 'cloud_computing',
    dueDate: '2026-06-01',
    weight: 1,
  }),
  aTask({
    id: 'c',
    title: 'Energy dashboard',
    status: 'done',
    teamId: 'mes',
    assigneeId: 'u2',
    assigneeName: 'Li Wei',
    dueDate: '2026-04-01',
    percentDone: 100,
    weight: 2,
  }),
  aTask({
    id: 'd',
    title: 'AI quality check',
    status: 'blocked',
    technologyType: 'artificial_intelligence',
    dueDate: null,
    weight: 5,
    percentDone: 10,
  }),
  aTask({ id: 'e', title: 'Old idea', status: 'cancelled', dueDate: '2026-01-01' }),
];
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('filtering tasks in the browser', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterTasks(tasks, EMPTY_TASK_FILTER, today))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('filters by several statuses, unless the board ignores the status', () => {
    const filter = { ...EMPTY_TASK_FILTER, statuses: ['todo', 'blocked'] as const };
    expect(ids(filterTasks(tasks, { ...filter, statuses: [...filter.statuses] }, today))).toEqual(['b', 'd']);
    expect(filterTasks(tasks, { ...filter, statuses: [...filter.statuses] }, today, true)).toHaveLength(5);
  });

  it('filters by team, assignee (or nobody), area and technology', () => {
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, teamId: 'mes' }, today))).toEqual(['a', 'c']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, assigneeId: 'u2' }, today))).toEqual(['c']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, assigneeId: UNASSIGNED }, today))).toEqual(['b', 'd', 'e']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, businessArea: 'procurement' }, today))).toEqual(['b']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, technologyType: 'artificial_intelligence' }, today))).toEqual(['d']);
  });

  it('counts as overdue only open tasks past their due date', () => {
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, overdue: true }, today))).toEqual(['a']);
  });

  it('searches title, assignee and team, every word, ignoring case', () => {
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, q: '联网' }, today))).toEqual(['a']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, q: 'energy LI' }, today))).toEqual(['c']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, q: 'mes 陈静' }, today))).toEqual(['a']);
    expect(ids(filterTasks(tasks, { ...EMPTY_TASK_FILTER, q: '   ' }, today))).toHaveLength(5);
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(EMPTY_TASK_FILTER)).toBe(0);
    const filter = { ...EMPTY_TASK_FILTER, statuses: ['todo' as const], overdue: true, q: 'x' };
    expect(activeFilterCount(filter)).toBe(3);
    expect(activeFilterCount(filter, true)).toBe(2);
  });
});

describe('sorting tasks in the browser', () => {
  it('puts the soonest due first and tasks without a due date last, either way', () => {
    expect(ids(sortTasks(tasks, DEFAULT_TASK_SORT))).toEqual(['e', 'c', 'a', 'b', 'd']);
    expect(ids(sortTasks(tasks, { column: 'dueDate', direction: 'descend' }))).toEqual(['b', 'a', 'c', 'e', 'd']);
  });

  it('sorts by status in workflow order, weight, percent and title', () => {
    expect(ids(sortTasks(tasks, { column: 'status', direction: 'ascend' }))).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(ids(sortTasks(tasks, { column: 'weight', direction: 'descend' }))).toEqual(['d', 'a', 'c', 'b', 'e']);
    expect(ids(sortTasks(tasks, { column: 'percentDone', direction: 'ascend' }))).toEqual(['b', 'e', 'd', 'a', 'c']);
    const byTitle = ids(sortTasks(tasks, { column: 'title', direction: 'ascend' })).filter((id) => id !== 'a');
    expect(byTitle).toEqual(['d', 'c', 'e', 'b']);
  });

  it('does not change the list it is given', () => {
    const copy = [...tasks];
    sortTasks(tasks, { column: 'weight', direction: 'ascend' });
    expect(tasks).toEqual(copy);
  });

  it('filters and sorts together, and groups by status for the board', () => {
    expect(ids(queryTasks(tasks, { ...EMPTY_TASK_FILTER, teamId: 'mes' }, { column: 'weight', direction: 'ascend' }, today))).toEqual([
      'c',
      'a',
    ]);
    const columns = groupByStatus(tasks);
    expect(Object.keys(columns)).toEqual(['todo', 'in_progress', 'blocked', 'done', 'cancelled']);
    expect(ids(columns.in_progress)).toEqual(['a']);
  });

  it('puts the most recently changed task first in each board column', () => {
    const board = boardColumns([
      aTask({ id: 'x', status: 'todo', updatedAt: '2026-05-01T00:00:00Z' }),
      aTask({ id: 'y', status: 'todo', updatedAt: '2026-05-03T00:00:00Z' }),
      aTask({ id: 'z', status: 'done', updatedAt: '2026-05-02T00:00:00Z' }),
    ]);
    expect(ids(board.todo)).toEqual(['y', 'x']);
    expect(ids(board.done)).toEqual(['z']);
    expect(board.blocked).toEqual([]);
  });

  it('maps table header clicks to an order and back', () => {
    expect(sortAfterHeaderClick('weight', 'descend')).toEqual({ column: 'weight', direction: 'descend' });
    expect(sortAfterHeaderClick('weight', null)).toEqual(DEFAULT_TASK_SORT);
    expect(columnSortOrder({ column: 'title', direction: 'ascend' }, 'title')).toBe('ascend');
    expect(columnSortOrder({ column: 'title', direction: 'ascend' }, 'weight')).toBeNull();
  });

  it('filters and sorts 500 tasks: those naming the search word, in due-date order', () => {
    const statuses = ['todo', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
    const many = Array.from({ length: 500 }, (_, i) =>
      aTask({
        id: `t${i}`,
        title: `任务 ${i} ${i % 7 === 0 ? 'sensor' : 'other'}`,
        status: statuses[i % 5],
        dueDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
        weight: 1 + (i % 4),
      }),
    );
    const result = queryTasks(many, { ...EMPTY_TASK_FILTER, q: 'sensor' }, { column: 'dueDate', direction: 'ascend' }, today);
    // Worked out independently of queryTasks: every seventh task mentions "sensor".
    const expected = many.filter((_, i) => i % 7 === 0);
    expect(result.map((t) => t.id).sort()).toEqual(expected.map((t) => t.id).sort());
    const dues = result.map((t) => t.dueDate ?? '');
    expect(dues).toEqual([...dues].sort());
  });
});

describe('exportParams', () => {
  it('passes the filters shown as the export’s query parameters, leaving out what the API cannot filter', () => {
    expect(exportParams(EMPTY_TASK_FILTER)).toEqual({
      status: null,
      teamId: null,
      assigneeId: null,
      businessArea: null,
      technologyType: null,
      overdue: null,
      q: null,
    });
    expect(
      exportParams({
        ...EMPTY_TASK_FILTER,
        statuses: ['todo', 'blocked'],
        assigneeId: UNASSIGNED,
        businessArea: 'finance',
        overdue: true,
        q: '  条码 ',
      }),
    ).toMatchObject({ status: 'todo,blocked', assigneeId: null, businessArea: 'finance', overdue: 'true', q: '条码' });
  });
});
