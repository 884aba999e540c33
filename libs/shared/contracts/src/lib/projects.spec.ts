import { canTransition, isOverdue } from './projects';

describe('task status moves', () => {
  it('lets open tasks move freely and a cancelled one only back to todo', () => {
    expect(canTransition('todo', 'done')).toBe(true);
    expect(canTransition('done', 'in_progress')).toBe(true);
    expect(canTransition('blocked', 'cancelled')).toBe(true);
    expect(canTransition('cancelled', 'done')).toBe(false);
    expect(canTransition('cancelled', 'in_progress')).toBe(false);
    expect(canTransition('cancelled', 'todo')).toBe(true);
  });
});

describe('overdue', () => {
  it('is an open task past its due date', () => {
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: null }, '2026-01-02')).toBe(false);
  });
});
