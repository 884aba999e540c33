import { taskHome } from './task-link-page.component';

describe("a task's own URL", () => {
  const task = { id: 't1', projectId: 'p1', assigneeId: 'u1' };

  it('opens on My tasks for its assignee on a phone', () => {
    expect(taskHome(task, 'u1', true)).toEqual(['/my-tasks']);
  });

  it("opens on the project's list on a phone for anyone else, and on the board on a desktop", () => {
    expect(taskHome(task, 'u2', true)).toEqual(['/projects', 'p1', 'list']);
    expect(taskHome({ ...task, assigneeId: null }, 'u1', true)).toEqual(['/projects', 'p1', 'list']);
    expect(taskHome(task, 'u1', false)).toEqual(['/projects', 'p1', 'board']);
  });
});
