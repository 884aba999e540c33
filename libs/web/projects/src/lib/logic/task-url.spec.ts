import { DEFAULT_TASK_SORT, EMPTY_TASK_FILTER } from './task-query';
import { sameTaskView, taskViewFrom, taskViewParams } from './task-url';

const from = (query: Record<string, string>) => taskViewFrom((name) => query[name] ?? null);

describe('the task view in the address', () => {
  it('is everything, soonest due first, for a clean address', () => {
    expect(from({})).toEqual({ filter: EMPTY_TASK_FILTER, sort: DEFAULT_TASK_SORT });
    expect(Object.values(taskViewParams(from({}))).every((value) => value === null)).toBe(true);
  });

  it('reads every filter, the search and the order, and writes them back the same', () => {
    const query = {
      status: 'todo,blocked',
      team: 'team-1',
      assignee: '__unassigned__',
      area: 'production',
      tech: 'big_data',
      overdue: '1',
      q: '视觉 检测',
      sort: '-percentDone',
    };
    const view = from(query);
    expect(view).toEqual({
      filter: {
        statuses: ['todo', 'blocked'],
        teamId: 'team-1',
        assigneeId: '__unassigned__',
        businessArea: 'production',
        technologyType: 'big_data',
        overdue: true,
        q: '视觉 检测',
      },
      sort: { column: 'percentDone', direction: 'descend' },
    });
    expect(taskViewParams(view)).toEqual(query);
  });

  it('ignores what it does not know', () => {
    const view = from({ status: 'todo,later,todo', area: 'mars', tech: 'magic', overdue: 'yes', sort: 'priority' });
    expect(view.filter.statuses).toEqual(['todo']);
    expect(view.filter.businessArea).toBeNull();
    expect(view.filter.technologyType).toBeNull();
    expect(view.filter.overdue).toBe(false);
    expect(view.sort).toEqual(DEFAULT_TASK_SORT);
  });

  it('tells two views apart by what they show', () => {
    expect(sameTaskView(from({ q: 'a' }), from({ q: 'a' }))).toBe(true);
    expect(sameTaskView(from({ q: 'a' }), from({ q: 'b' }))).toBe(false);
    expect(sameTaskView(from({ sort: 'dueDate' }), from({}))).toBe(true);
  });
});
