import { inView, myTasksParams, myTasksStateFrom, statusesOf } from './my-tasks';

describe('My tasks', () => {
  it('shows open, finished or all tasks', () => {
    expect(inView({ status: 'blocked' }, 'open')).toBe(true);
    expect(inView({ status: 'done' }, 'open')).toBe(false);
    expect(inView({ status: 'cancelled' }, 'closed')).toBe(true);
    expect(inView({ status: 'todo' }, 'closed')).toBe(false);
    expect(inView({ status: 'done' }, 'all')).toBe(true);
  });

  it('asks the API for the statuses of the view', () => {
    expect(statusesOf('open')).toEqual(['todo', 'in_progress', 'blocked']);
    expect(statusesOf('closed')).toEqual(['done', 'cancelled']);
    expect(statusesOf('all')).toEqual([]);
  });

  it('reads the view, project and open task from the address, open tasks by default', () => {
    const from = (query: Record<string, string>) => myTasksStateFrom((name) => query[name] ?? null);
    expect(from({})).toEqual({ view: 'open', projectId: null, taskId: null });
    expect(from({ view: 'closed', project: 'p1', task: 't1' })).toEqual({ view: 'closed', projectId: 'p1', taskId: 't1' });
    expect(from({ view: 'later' }).view).toBe('open');
  });

  it('writes only what changed, and leaves the default view out of the address', () => {
    expect(myTasksParams({ view: 'open' })).toEqual({ view: null });
    expect(myTasksParams({ view: 'all', projectId: null })).toEqual({ view: 'all', project: null });
    expect(myTasksParams({ taskId: 't1' })).toEqual({ task: 't1' });
  });
});
