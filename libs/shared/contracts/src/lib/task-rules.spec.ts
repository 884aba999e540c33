import { mayChangeFields, mayCreateTaskIn, mayMoveStatus, statusTargets, taskAccess, type TaskActor } from './task-rules';

const actor = (role: TaskActor['role'], ledTeamIds: string[] = [], userId = 'u1'): TaskActor => ({
  role,
  userId,
  ledTeamIds: new Set(ledTeamIds),
});
const task = { teamId: 't1', assigneeId: 'u1' };

describe('task access', () => {
  it('gives leaders the plan, a team lead their teams, an assignee their own task, others nothing', () => {
    expect(taskAccess(actor('owner', [], 'x'), task)).toBe('plan');
    expect(taskAccess(actor('leader', [], 'x'), task)).toBe('plan');
    expect(taskAccess(actor('team_lead', ['t1'], 'x'), task)).toBe('team');
    expect(taskAccess(actor('team_lead', ['t2'], 'x'), task)).toBe('none');
    expect(taskAccess(actor('employee'), task)).toBe('assignee');
    expect(taskAccess(actor('employee', [], 'u2'), task)).toBe('none');
  });
  it('lets an assignee change only status, percent done and blocking reason', () => {
    expect(mayChangeFields('assignee', ['status', 'percentDone', 'blockedReason'])).toBe(true);
    expect(mayChangeFields('assignee', ['status', 'title'])).toBe(false);
    expect(mayChangeFields('team', ['title', 'weight'])).toBe(true);
    expect(mayChangeFields('none', ['status'])).toBe(false);
  });
  it('keeps cancelling and reopening for planners', () => {
    expect(mayMoveStatus('assignee', 'todo', 'cancelled')).toBe(false);
    expect(mayMoveStatus('assignee', 'cancelled', 'todo')).toBe(false);
    expect(mayMoveStatus('assignee', 'todo', 'done')).toBe(true);
    expect(mayMoveStatus('team', 'todo', 'cancelled')).toBe(true);
    expect(mayMoveStatus('none', 'todo', 'done')).toBe(false);
  });
  it('offers the moves that are both allowed and permitted', () => {
    expect(statusTargets({ status: 'cancelled' }, 'plan')).toEqual(['todo']);
    expect(statusTargets({ status: 'cancelled' }, 'assignee')).toEqual([]);
    expect(statusTargets({ status: 'todo' }, 'assignee')).toEqual(['in_progress', 'blocked', 'done']);
    expect(statusTargets({ status: 'todo' }, 'none')).toEqual([]);
  });
  it('lets a team lead create tasks only in a team they lead', () => {
    expect(mayCreateTaskIn(actor('team_lead', ['t1']), 't1')).toBe(true);
    expect(mayCreateTaskIn(actor('team_lead', ['t1']), null)).toBe(false);
    expect(mayCreateTaskIn(actor('leader'), null)).toBe(true);
    expect(mayCreateTaskIn(actor('employee'), 't1')).toBe(false);
  });
});
