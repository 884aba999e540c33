import type { TaskStatus } from '@xinzhi/shared-contracts';
import {
  assignableTeams,
  canCreateTasks,
  canDrag,
  canEditDetails,
  canMoveTo,
  canSetPercent,
  canUpdateProgress,
  ledTeamIds,
  movedTask,
  statusTargets,
  type TaskActor,
  taskAccess,
  unfinishedDependency,
} from './task-access';
import { aTask } from './fixtures.spec-helper';

const owner: TaskActor = { role: 'owner', userId: 'u-owner', ledTeamIds: new Set() };
const leader: TaskActor = { role: 'leader', userId: 'u-leader', ledTeamIds: new Set() };
const lead: TaskActor = { role: 'team_lead', userId: 'u-lead', ledTeamIds: new Set(['team-a']) };
const employee: TaskActor = { role: 'employee', userId: 'u-emp', ledTeamIds: new Set() };

describe('who may do what with a task', () => {
  const teamA = aTask({ teamId: 'team-a' });
  const teamB = aTask({ teamId: 'team-b' });
  const mine = aTask({ teamId: 'team-b', assigneeId: 'u-emp' });

  it('lets owners and leaders plan every task', () => {
    for (const actor of [owner, leader]) {
      for (const task of [teamA, teamB, mine]) expect(taskAccess(actor, task)).toBe('plan');
    }
  });

  it('lets a team lead manage the tasks of the teams they lead only', () => {
    expect(taskAccess(lead, teamA)).toBe('team');
    expect(taskAccess(lead, teamB)).toBe('none');
    expect(taskAccess(lead, aTask({ teamId: 'team-b', assigneeId: 'u-lead' }))).toBe('assignee');
  });

  it('lets an employee update only the tasks assigned to them', () => {
    expect(taskAccess(employee, mine)).toBe('assignee');
    expect(taskAccess(employee, teamA)).toBe('none');
    expect(taskAccess({ ...employee, ledTeamIds: new Set(['team-b']) }, teamB)).toBe('none');
  });

  it('separates editing the details from updating the progress', () => {
    expect([canEditDetails('plan'), canEditDetails('team'), canEditDetails('assignee'), canEditDetails('none')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([canUpdateProgress('plan'), canUpdateProgress('team'), canUpdateProgress('assignee'), canUpdateProgress('none')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('knows the teams a user leads', () => {
    const teams = [
      { id: 'a', leadUserId: 'u1' },
      { id: 'b', leadUserId: 'u2' },
      { id: 'c', leadUserId: 'u1' },
    ];
    expect([...ledTeamIds(teams, 'u1')]).toEqual(['a', 'c']);
    expect(ledTeamIds(teams, null).size).toBe(0);
  });
});

describe('which moves a card may make', () => {
  it.each<[TaskStatus, TaskStatus[]]>([
    ['todo', ['in_progress', 'blocked', 'done']],
    ['in_progress', ['todo', 'blocked', 'done']],
    ['blocked', ['todo', 'in_progress', 'done']],
    ['done', ['todo', 'in_progress', 'blocked']],
    ['cancelled', []],
  ])('from %s the assignee may go to %j', (from, targets) => {
    expect(statusTargets(aTask({ status: from }), 'assignee')).toEqual(targets);
  });

  it.each<[TaskStatus, TaskStatus[]]>([
    ['todo', ['in_progress', 'blocked', 'done', 'cancelled']],
    ['done', ['todo', 'in_progress', 'blocked', 'cancelled']],
    ['cancelled', ['todo']],
  ])('from %s a team lead may also cancel or reopen: %j', (from, targets) => {
    expect(statusTargets(aTask({ status: from }), 'team')).toEqual(targets);
  });

  it('offers no move to someone who may not change the task, and then no drag', () => {
    const task = aTask({ status: 'todo' });
    expect(statusTargets(task, 'none')).toEqual([]);
    expect(canDrag(task, 'none')).toBe(false);
    expect(canDrag(task, 'assignee')).toBe(true);
  });

  it('refuses to reopen a cancelled task to anything but to do', () => {
    const cancelled = aTask({ status: 'cancelled' });
    expect(canMoveTo(cancelled, 'plan', 'in_progress')).toBe(false);
    expect(canMoveTo(cancelled, 'plan', 'done')).toBe(false);
    expect(canMoveTo(cancelled, 'plan', 'todo')).toBe(true);
    expect(canMoveTo(cancelled, 'plan', 'cancelled')).toBe(false);
  });

  it('lets the percent slider work on open tasks only', () => {
    expect(canSetPercent(aTask({ status: 'in_progress' }), 'assignee')).toBe(true);
    expect(canSetPercent(aTask({ status: 'done' }), 'plan')).toBe(false);
    expect(canSetPercent(aTask({ status: 'cancelled' }), 'plan')).toBe(false);
    expect(canSetPercent(aTask({ status: 'todo' }), 'none')).toBe(false);
  });

  it('shows a move at once the way the API will save it', () => {
    const task = aTask({ status: 'blocked', percentDone: 40, blockedReason: 'waiting', overdue: true });
    expect(movedTask(task, 'done')).toMatchObject({ status: 'done', percentDone: 100, blockedReason: null, overdue: false });
    expect(movedTask(task, 'in_progress')).toMatchObject({ status: 'in_progress', percentDone: 40, blockedReason: null, overdue: true });
    expect(movedTask(aTask(), 'blocked', 'no parts')).toMatchObject({ status: 'blocked', blockedReason: 'no parts' });
  });

  it('names the unfinished task a task waits for', () => {
    const first = aTask({ title: 'Survey', status: 'in_progress' });
    const second = aTask({ dependsOnId: first.id });
    expect(unfinishedDependency(second, [first, second])).toBe('Survey');
    expect(unfinishedDependency(second, [{ ...first, status: 'done' }])).toBeNull();
    expect(unfinishedDependency(second, [{ ...first, status: 'cancelled' }])).toBeNull();
    expect(unfinishedDependency(second, [])).toBeNull();
    expect(unfinishedDependency(first, [first])).toBeNull();
  });
});

describe('creating tasks', () => {
  const teams = [{ id: 'team-a' }, { id: 'team-b' }];

  it('lets planners create anywhere and team leads in their teams only', () => {
    expect(canCreateTasks(owner)).toBe(true);
    expect(canCreateTasks(lead)).toBe(true);
    expect(canCreateTasks({ ...lead, ledTeamIds: new Set() })).toBe(false);
    expect(canCreateTasks(employee)).toBe(false);
    expect(assignableTeams(leader, teams).map((t) => t.id)).toEqual(['team-a', 'team-b']);
    expect(assignableTeams(lead, teams).map((t) => t.id)).toEqual(['team-a']);
  });
});
