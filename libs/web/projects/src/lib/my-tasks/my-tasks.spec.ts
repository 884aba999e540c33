import { inView, summarise } from './my-tasks';

describe('My tasks', () => {
  it('shows open, finished or all tasks', () => {
    expect(inView({ status: 'blocked' }, 'open')).toBe(true);
    expect(inView({ status: 'done' }, 'open')).toBe(false);
    expect(inView({ status: 'cancelled' }, 'closed')).toBe(true);
    expect(inView({ status: 'todo' }, 'closed')).toBe(false);
    expect(inView({ status: 'done' }, 'all')).toBe(true);
  });

  it('counts open and overdue tasks', () => {
    const tasks = [
      { status: 'todo' as const, dueDate: '2026-01-01' },
      { status: 'in_progress' as const, dueDate: '2026-12-01' },
      { status: 'done' as const, dueDate: '2026-01-01' },
      { status: 'blocked' as const, dueDate: null },
    ];
    expect(summarise(tasks, '2026-05-10')).toEqual({ open: 3, overdue: 1 });
  });
});
