import { TasksHttpModule, TasksService } from '@xinzhi/server-tasks';
import type { Task } from '@xinzhi/shared-contracts';
import { freshProject, freshTenant, ProjectFixture, refusal, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/**
 * Who may change a task and how (the permission rules of docs/domain.md, as the tasks service enforces them):
 * leaders plan everything, a team lead manages their team's tasks, an assignee moves the status of
 * their own task but does not cancel it, everyone else is refused.
 */
describe('TasksService: status and access rules', () => {
  let t: ServiceTest;
  let tasks: TasksService;
  let tenant: TenantFixture;
  let project: ProjectFixture;

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [TasksHttpModule] });
    tasks = t.get(TasksService);
    tenant = await freshTenant(
      t,
      {
        leader: 'leader',
        lead: 'team_lead',
        otherLead: 'team_lead',
        assignee: 'employee',
        colleague: 'employee',
      },
      'tasks',
    );
    project = await freshProject(t, tenant, { Alpha: 'lead', Beta: 'otherLead' });
  });
  afterAll(() => t?.close());

  /** A task of team Alpha assigned to `assignee`, planned by the leader. */
  const newTask = (over: Record<string, unknown> = {}): Promise<Task> =>
    t.as(tenant.actor('leader'), () =>
      tasks.create(project.id, {
        title: `Task ${Math.random().toString(36).slice(2, 8)}`,
        businessArea: 'production',
        technologyType: 'internet_of_things',
        teamId: project.teams['Alpha'],
        assigneeId: tenant.people['assignee'].userId,
        ...over,
      }),
    );
  const as = <T>(who: string, work: () => Promise<T>) => t.as(tenant.actor(who), work);
  const statusOf = async (id: string) => (await as('leader', () => tasks.get(id))).status;

  it('lets the assignee move their own task and asks the worker for new numbers', async () => {
    const task = await newTask();
    await t.clearJobs();
    expect(await t.jobs()).toEqual([]);
    const moved = await as('assignee', () => tasks.update(task.id, { status: 'in_progress', percentDone: 40 }));
    expect(moved).toMatchObject({ status: 'in_progress', percentDone: 40 });
    const blocked = await as('assignee', () =>
      tasks.update(task.id, { status: 'blocked', blockedReason: 'waiting for the sensor delivery' }),
    );
    expect(blocked).toMatchObject({ status: 'blocked', blockedReason: 'waiting for the sensor delivery' });
    const done = await as('assignee', () => tasks.update(task.id, { status: 'done' }));
    expect(done).toMatchObject({ status: 'done', percentDone: 100, blockedReason: null });
    expect(done.completedAt).not.toBeNull();
    expect(await t.jobs()).toContainEqual(
      expect.objectContaining({ queue: 'progress', name: 'recompute-project', data: { tenantId: tenant.id, projectId: project.id } }),
    );
  });

  it('refuses the assignee cancelling (or editing the plan of) their task', async () => {
    const task = await newTask();
    const cancel = await refusal(as('assignee', () => tasks.update(task.id, { status: 'cancelled' })));
    expect(cancel.status).toBe(403);
    expect(cancel.detail).toMatch(/leaders and the lead of its team/);
    const rename = await refusal(as('assignee', () => tasks.update(task.id, { title: 'Renamed by the assignee' })));
    expect(rename.status).toBe(403);
    const after = await as('leader', () => tasks.get(task.id));
    expect(after).toMatchObject({ status: 'todo', title: task.title });
  });

  it('refuses an employee who is not the assignee', async () => {
    const task = await newTask();
    expect((await refusal(as('colleague', () => tasks.update(task.id, { status: 'in_progress' })))).status).toBe(403);
    expect((await refusal(as('colleague', () => tasks.comment(task.id, 'may I?')))).status).toBe(403);
    expect(await statusOf(task.id)).toBe('todo');
  });

  it('lets the lead of the task’s team cancel it and refuses the lead of another team', async () => {
    const task = await newTask();
    const foreign = await refusal(as('otherLead', () => tasks.update(task.id, { status: 'in_progress' })));
    expect(foreign.status).toBe(403);
    expect((await refusal(as('otherLead', () => tasks.remove(task.id)))).status).toBe(403);
    expect(await statusOf(task.id)).toBe('todo');

    const cancelled = await as('lead', () => tasks.update(task.id, { status: 'cancelled' }));
    expect(cancelled.status).toBe('cancelled');
    // A team lead moves tasks only between teams they lead.
    expect((await refusal(as('lead', () => tasks.update(task.id, { teamId: project.teams['Beta'] })))).status).toBe(403);
  });

  it('allows and refuses status moves by the transition rules', async () => {
    const task = await newTask();
    await as('leader', () => tasks.update(task.id, { status: 'cancelled' }));
    // A cancelled task goes back to todo first; nothing else.
    const jump = await refusal(as('leader', () => tasks.update(task.id, { status: 'in_progress' })));
    expect(jump).toMatchObject({ status: 409, errors: [expect.objectContaining({ field: 'status', code: 'transition' })] });
    expect(await statusOf(task.id)).toBe('cancelled');
    expect((await as('leader', () => tasks.update(task.id, { status: 'todo' }))).status).toBe('todo');
    // The assignee may not reopen a cancelled task either (that is a planning decision).
    await as('leader', () => tasks.update(task.id, { status: 'cancelled' }));
    expect((await refusal(as('assignee', () => tasks.update(task.id, { status: 'todo' })))).status).toBe(403);
  });

  it('requires a reason to block and finished dependencies to be done', async () => {
    const first = await newTask();
    const second = await newTask({ dependsOnId: first.id });
    const noReason = await refusal(as('assignee', () => tasks.update(second.id, { status: 'blocked' })));
    expect(noReason).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'blockedReason', code: 'required' })] });
    const early = await refusal(as('assignee', () => tasks.update(second.id, { status: 'done' })));
    expect(early).toMatchObject({ status: 409, errors: [expect.objectContaining({ field: 'status', code: 'dependency' })] });
    await as('assignee', () => tasks.update(first.id, { status: 'done' }));
    expect((await as('assignee', () => tasks.update(second.id, { status: 'done' }))).status).toBe('done');
  });

  it('keeps every change in the task’s activity with its actor', async () => {
    const task = await newTask();
    await as('assignee', () => tasks.update(task.id, { status: 'in_progress' }));
    const activity = await as('leader', () => tasks.activity(task.id, false));
    const status = activity.find((e) => e.kind === 'status');
    expect(status).toMatchObject({ actorId: tenant.people['assignee'].userId, changes: { status: ['todo', 'in_progress'] } });
  });
});
