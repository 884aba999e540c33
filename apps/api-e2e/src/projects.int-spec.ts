import type {
  LeadershipMember,
  Member,
  MyTaskPage,
  Page,
  Problem,
  Project,
  ProjectOverview,
  Task,
  TaskEvent,
  Team,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, Session, signIn, startApi } from '@xinzhi/testing';

let api: ApiProcess;
let leader: Session;
let lead: Session;
let employee: Session;
let project: ProjectOverview;
let people: Record<string, string>;
/** Each member's department name, by the e-mail's local part. */
let departments: Record<string, string | null>;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const fields = (p: Problem) => (p.errors ?? []).map((e) => e.field).sort();

beforeAll(async () => {
  api = await startApi();
  [leader, lead, employee] = await Promise.all(['leader', 'lead', 'employee'].map((r) => signIn(api.url, `${r}@acme.xinzhi.test`)));
  const owner = await signIn(api.url, 'owner@acme.xinzhi.test');
  const projects = await as<Page<Project>>(leader, 'GET', '/api/projects');
  project = (await as<ProjectOverview>(leader, 'GET', `/api/projects/${projects.body.items[0].id}`)).body;
  const members = await as<Page<Member>>(owner, 'GET', '/api/members?limit=200');
  people = Object.fromEntries(members.body.items.map((m) => [m.email.split('@')[0], m.userId as string]));
  departments = Object.fromEntries(members.body.items.map((m) => [m.email.split('@')[0], m.departmentName]));
});
afterAll(() => api?.stop());

async function newTask(by: Session, body: Record<string, unknown> = {}): Promise<Task> {
  const team = project.teams.find((t) => t.leadUserId === people['lead']) as Team;
  const res = await as<Task>(by, 'POST', `/api/projects/${project.id}/tasks`, {
    title: `测试任务 ${Math.random().toString(36).slice(2, 7)}`,
    businessArea: 'production',
    technologyType: 'internet_of_things',
    teamId: team.id,
    assigneeId: people['employee'],
    ...body,
  });
  if (res.status !== 201) throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

describe('projects, leadership and teams', () => {
  it('shows the demo project with its leadership group, teams and task counts', () => {
    expect(project.taskCounts.total).toBeGreaterThanOrEqual(30);
    expect(Object.values(project.taskCounts.byStatus).filter((n) => n > 0).length).toBe(5);
    expect(project.leadership.filter((l) => l.role === 'chair')).toHaveLength(1);
    expect(project.teams.length).toBeGreaterThanOrEqual(2);
    expect(project.teams.every((t) => t.crossDepartment && t.departments.length >= 2)).toBe(true);
  });

  it('creates a project and validates its dates and weight', async () => {
    const bad = await as<Problem>(leader, 'POST', '/api/projects', {
      name: '',
      goal: 'x',
      startDate: '2026-02-30',
      targetDate: 'tomorrow',
      taskWeight: 2,
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['name', 'startDate', 'targetDate', 'taskWeight']);
    const backwards = await as<Problem>(leader, 'POST', '/api/projects', {
      name: 'Backwards',
      goal: '',
      startDate: '2026-06-01',
      targetDate: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(fields(backwards.body)).toEqual(['targetDate']);
    const created = await as<Project>(leader, 'POST', '/api/projects', {
      name: `试点项目 Pilot ${Date.now()}`,
      goal: '验证',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ phase: 'diagnose', status: 'active', taskWeight: 0.5, progress: null });
    const archived = await as<Project>(leader, 'PATCH', `/api/projects/${created.body.id}`, { status: 'archived' });
    expect(archived.body.status).toBe('archived');
    expect((await as(employee, 'GET', `/api/projects/${created.body.id}`)).status).toBe(200);
    expect((await as(employee, 'PATCH', `/api/projects/${created.body.id}`, { name: 'mine now' })).status).toBe(403);
    expect((await as(leader, 'DELETE', `/api/projects/${created.body.id}`)).status).toBe(204);
    expect((await as(leader, 'GET', `/api/projects/${created.body.id}`)).status).toBe(404);
  });

  it('keeps exactly one chair in the leadership group', async () => {
    const current = (await as<LeadershipMember[]>(leader, 'GET', `/api/projects/${project.id}/leadership`)).body;
    const twoChairs = await as<Problem>(leader, 'PUT', `/api/projects/${project.id}/leadership`, {
      members: [
        { userId: people['owner'], role: 'chair' },
        { userId: people['leader'], role: 'chair' },
      ],
    });
    expect(twoChairs.status).toBe(400);
    expect(twoChairs.body.errors?.[0].code).toBe('oneChair');
    const noChair = await as<Problem>(leader, 'PUT', `/api/projects/${project.id}/leadership`, {
      members: [{ userId: people['owner'], role: 'member' }],
    });
    expect(noChair.status).toBe(400);
    const stranger = await as<Problem>(leader, 'PUT', `/api/projects/${project.id}/leadership`, {
      members: [{ userId: '01a21f4d-0000-7000-8000-000000000000', role: 'chair' }],
    });
    expect(fields(stranger.body)).toEqual(['members.0.userId']);
    // Nothing changed by the refused attempts.
    expect((await as<LeadershipMember[]>(leader, 'GET', `/api/projects/${project.id}/leadership`)).body).toEqual(current);
    const put = await as<LeadershipMember[]>(leader, 'PUT', `/api/projects/${project.id}/leadership`, {
      members: current.map((c) => ({ userId: c.userId, role: c.role })),
    });
    expect(put.status).toBe(200);
    expect((await as(employee, 'PUT', `/api/projects/${project.id}/leadership`, { members: [] })).status).toBe(403);
  });

  it('forms a team across two departments and flags a one-department team', async () => {
    const cross = await as<Team>(leader, 'POST', `/api/projects/${project.id}/teams`, {
      name: `跨部门 Cross ${Date.now()}`,
      leadUserId: people['lead'],
      memberUserIds: [people['sun.li'], people['employee']],
    });
    expect(cross.status).toBe(201);
    expect(cross.body.crossDepartment).toBe(true);
    expect(departments['sun.li']).not.toEqual(departments['employee']);
    expect(cross.body.departments.map((d) => d.name).sort()).toEqual([departments['employee'], departments['sun.li']].sort());
    const single = await as<Team>(leader, 'PATCH', `/api/teams/${cross.body.id}`, { memberUserIds: [people['employee']] });
    expect(single.body.crossDepartment).toBe(false);
    expect((await as<Problem>(leader, 'POST', `/api/projects/${project.id}/teams`, { name: cross.body.name })).status).toBe(409);
    expect((await as(leader, 'DELETE', `/api/teams/${cross.body.id}`)).status).toBe(204);
  });
});

describe('tasks', () => {
  it('refuses bad input with field errors', async () => {
    const other = await as<Page<Project>>(leader, 'GET', '/api/projects');
    const res = await as<Problem>(leader, 'POST', `/api/projects/${project.id}/tasks`, {
      title: 'x',
      businessArea: 'astrology',
      technologyType: 'blockchain',
      weight: 0,
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
    });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['businessArea', 'technologyType', 'weight']);
    const dates = await as<Problem>(leader, 'POST', `/api/projects/${project.id}/tasks`, {
      title: 'x',
      businessArea: 'finance',
      technologyType: 'big_data',
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
    });
    expect(fields(dates.body)).toEqual(['dueDate']);
    expect(other.body.items.length).toBeGreaterThan(0);
  });

  it('refuses a dependency on another project’s task and a cycle of dependencies', async () => {
    const pilot = await as<Project>(leader, 'POST', '/api/projects', {
      name: `Other ${Date.now()}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    const foreign = await as<Task>(leader, 'POST', `/api/projects/${pilot.body.id}/tasks`, {
      title: 'elsewhere',
      businessArea: 'hr',
      technologyType: 'cloud_computing',
    });
    const crossProject = await as<Problem>(leader, 'POST', `/api/projects/${project.id}/tasks`, {
      title: 'x',
      businessArea: 'hr',
      technologyType: 'cloud_computing',
      dependsOnId: foreign.body.id,
    });
    expect(crossProject.status).toBe(400);
    expect(crossProject.body.errors?.[0]).toMatchObject({ field: 'dependsOnId', code: 'exists' });

    const a = await newTask(leader);
    const b = await newTask(leader, { dependsOnId: a.id });
    const c = await newTask(leader, { dependsOnId: b.id });
    const cycle = await as<Problem>(leader, 'PATCH', `/api/tasks/${a.id}`, { dependsOnId: c.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors?.[0]).toMatchObject({ field: 'dependsOnId', code: 'cycle' });
    expect((await as<Problem>(leader, 'PATCH', `/api/tasks/${a.id}`, { dependsOnId: a.id })).status).toBe(400);
    expect((await as<Task>(leader, 'GET', `/api/tasks/${a.id}`)).body.dependsOnId).toBeNull();
    await as(leader, 'DELETE', `/api/projects/${pilot.body.id}`);
  });

  it('checks transitions: a reason when blocked, finished dependencies and 100 % when done', async () => {
    const first = await newTask(leader);
    const second = await newTask(leader, { dependsOnId: first.id });
    expect((await as<Problem>(employee, 'PATCH', `/api/tasks/${second.id}`, { status: 'blocked' })).body.errors?.[0].field).toBe(
      'blockedReason',
    );
    const early = await as<Problem>(employee, 'PATCH', `/api/tasks/${second.id}`, { status: 'done' });
    expect(early.status).toBe(409);
    expect(early.body.errors?.[0].code).toBe('dependency');
    expect((await as<Problem>(employee, 'PATCH', `/api/tasks/${first.id}`, { status: 'done', percentDone: 60 })).status).toBe(400);

    const done = await as<Task>(employee, 'PATCH', `/api/tasks/${first.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', percentDone: 100 });
    expect(done.body.completedAt).not.toBeNull();
    expect((await as<Task>(employee, 'PATCH', `/api/tasks/${second.id}`, { status: 'done' })).body.status).toBe('done');

    const reopened = await as<Task>(employee, 'PATCH', `/api/tasks/${first.id}`, { status: 'in_progress', percentDone: 80 });
    expect(reopened.body).toMatchObject({ status: 'in_progress', percentDone: 80, completedAt: null });
    const cancelled = await as<Task>(leader, 'PATCH', `/api/tasks/${first.id}`, { status: 'cancelled' });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await as<Problem>(leader, 'PATCH', `/api/tasks/${first.id}`, { status: 'done' })).status).toBe(409);
    expect((await as<Task>(leader, 'PATCH', `/api/tasks/${first.id}`, { status: 'todo' })).body.status).toBe('todo');
  });

  it('lets an employee update only their own task, and only its status, percent and comments', async () => {
    const mine = await newTask(leader);
    const theirs = await newTask(leader, { assigneeId: people['zheng.hao'] });
    expect((await as<Task>(employee, 'PATCH', `/api/tasks/${mine.id}`, { status: 'in_progress', percentDone: 40 })).status).toBe(200);
    expect((await as(employee, 'PATCH', `/api/tasks/${mine.id}`, { title: 'renamed by me' })).status).toBe(403);
    expect((await as(employee, 'PATCH', `/api/tasks/${theirs.id}`, { status: 'in_progress' })).status).toBe(403);
    expect((await as(employee, 'POST', `/api/tasks/${theirs.id}/comments`, { body: 'not mine' })).status).toBe(403);
    expect(
      (await as(employee, 'POST', `/api/projects/${project.id}/tasks`, { title: 'x', businessArea: 'hr', technologyType: 'big_data' }))
        .status,
    ).toBe(403);
    expect((await as(employee, 'DELETE', `/api/tasks/${mine.id}`)).status).toBe(403);
    // Cancelling is a planning decision; so is reopening a cancelled task. Nothing is changed by the refusal.
    expect((await as(employee, 'PATCH', `/api/tasks/${mine.id}`, { status: 'cancelled' })).status).toBe(403);
    expect((await as<Task>(leader, 'PATCH', `/api/tasks/${theirs.id}`, { status: 'cancelled' })).body.status).toBe('cancelled');
    expect((await as<Task>(employee, 'GET', `/api/tasks/${mine.id}`)).body).toMatchObject({ status: 'in_progress', percentDone: 40 });
    expect((await as<TaskEvent>(employee, 'POST', `/api/tasks/${mine.id}/comments`, { body: '已完成接线 wiring done' })).status).toBe(201);
    expect((await as<Task>(employee, 'GET', `/api/tasks/${theirs.id}`)).body.title).toBe(theirs.title);

    const activity = await as<TaskEvent[]>(leader, 'GET', `/api/tasks/${mine.id}/activity`);
    expect(activity.body.map((e) => e.kind)).toEqual(['created', 'status', 'comment']);
    expect(activity.body[1]).toMatchObject({ actorName: '陈静', changes: { status: ['todo', 'in_progress'], percentDone: [0, 40] } });
    expect((await as<TaskEvent[]>(employee, 'GET', `/api/tasks/${mine.id}/comments`)).body.map((e) => e.comment)).toEqual([
      '已完成接线 wiring done',
    ]);
    const myTasks = await as<MyTaskPage>(employee, 'GET', `/api/me/tasks?projectId=${project.id}`);
    expect(myTasks.body.items.find((t) => t.id === mine.id)).toMatchObject({ status: 'in_progress', projectName: project.name });
  });

  it('confines a team lead to the teams they lead', async () => {
    const own = project.teams.find((t) => t.leadUserId === people['lead']) as Team;
    const otherTeam = project.teams.find((t) => t.leadUserId !== people['lead']) as Team;
    expect(
      (
        await as(lead, 'POST', `/api/projects/${project.id}/tasks`, {
          title: 'x',
          businessArea: 'hr',
          technologyType: 'big_data',
          teamId: otherTeam.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (await as(lead, 'POST', `/api/projects/${project.id}/tasks`, { title: 'x', businessArea: 'hr', technologyType: 'big_data' })).status,
    ).toBe(403);
    const created = await as<Task>(lead, 'POST', `/api/projects/${project.id}/tasks`, {
      title: '班组任务 Team task',
      businessArea: 'production',
      technologyType: 'big_data',
      teamId: own.id,
      assigneeId: people['zheng.hao'],
    });
    expect(created.status).toBe(201);
    expect((await as<Task>(lead, 'PATCH', `/api/tasks/${created.body.id}`, { weight: 3, dueDate: '2027-01-15' })).status).toBe(200);
    expect((await as(lead, 'PATCH', `/api/tasks/${created.body.id}`, { teamId: otherTeam.id })).status).toBe(403);
    const foreign = await newTask(leader, { teamId: otherTeam.id });
    expect((await as(lead, 'PATCH', `/api/tasks/${foreign.id}`, { weight: 2 })).status).toBe(403);
    expect((await as(lead, 'DELETE', `/api/tasks/${created.body.id}`)).status).toBe(204);
  });

  it('filters and sorts the list, and pages through it', async () => {
    const all = await as<Page<Task>>(leader, 'GET', `/api/projects/${project.id}/tasks?limit=500`);
    const overdue = await as<Page<Task>>(leader, 'GET', `/api/projects/${project.id}/tasks?overdue=true&limit=500`);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((t) => t.overdue)).toBe(true);
    const open = await as<Page<Task>>(
      leader,
      'GET',
      `/api/projects/${project.id}/tasks?status=blocked,in_progress&businessArea=production&sort=-weight&limit=500`,
    );
    expect(open.body.items.every((t) => ['blocked', 'in_progress'].includes(t.status) && t.businessArea === 'production')).toBe(true);
    const weights = open.body.items.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const page1 = await as<Page<Task>>(leader, 'GET', `/api/projects/${project.id}/tasks?limit=10&sort=created_at`);
    const page2 = await as<Page<Task>>(
      leader,
      'GET',
      `/api/projects/${project.id}/tasks?limit=10&sort=created_at&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body.items[0].id).toBe(all.body.items.slice().sort((a, b) => a.id.localeCompare(b.id))[10].id);
    expect((await as<Problem>(leader, 'GET', `/api/projects/${project.id}/tasks?status=lost`)).status).toBe(400);
  });
});
