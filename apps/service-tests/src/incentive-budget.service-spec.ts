import type { Job } from 'bullmq';
import { EvaluateIncentivesHandler, IncentivesHttpModule, IncentivesService } from '@xinzhi/server-incentives';
import { dispatchJob, JobBase, LiveEventPublisher, QueueNames } from '@xinzhi/server-queue';
import type { IncentiveScheme } from '@xinzhi/shared-contracts';
import { freshProject, freshTenant, inTenant, ProjectFixture, refusal, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/**
 * Budget caps: the evaluation the worker runs proposes awards in the order they were achieved
 * while the scheme's committed total stays within its cap, records the rest as skips, and a
 * rejection frees the budget for the next evaluation.
 */
describe('incentive budget caps', () => {
  let t: ServiceTest;
  let incentives: IncentivesService;
  let handler: EvaluateIncentivesHandler;
  let tenant: TenantFixture;
  let project: ProjectFixture;
  let scheme: IncentiveScheme;
  const titles = { first: 'Calibrate the CNC line', second: 'Connect the press sensors', third: 'Train the night shift' };

  beforeAll(async () => {
    // The worker's handler alone, without the jobs module whose sweep timer would run here.
    t = await ServiceTest.start({ imports: [IncentivesHttpModule], providers: [EvaluateIncentivesHandler, LiveEventPublisher] });
    incentives = t.get(IncentivesService);
    handler = t.get(EvaluateIncentivesHandler);
    tenant = await freshTenant(t, { leader: 'leader', ana: 'employee', bo: 'employee' }, 'budget');
    project = await freshProject(t, tenant);
    // Three finished tasks, written in a different order from the one they were done in.
    const done = [
      { title: titles.third, by: 'bo', on: '3 days' },
      { title: titles.first, by: 'ana', on: '9 days' },
      { title: titles.second, by: 'bo', on: '6 days' },
    ];
    await inTenant(t, tenant, async (m) => {
      for (const task of done) {
        await m.query(
          `INSERT INTO tasks (tenant_id, project_id, title, business_area, technology_type, assignee_user_id, status, percent_done, completed_at)
           VALUES (app_tenant_id(), $1, $2, 'production', 'internet_of_things', $3, 'done', 100, now() - $4::interval)`,
          [project.id, task.title, tenant.people[task.by].userId, task.on],
        );
      }
    });
    scheme = await t.as(tenant.actor('leader'), () =>
      incentives.createScheme({
        name: 'Ten points a task',
        kind: 'points',
        trigger: 'task_done',
        amount: 10,
        budgetCap: 25,
        projectId: project.id,
      }),
    );
  });
  afterAll(() => t?.close());

  // Through the consumer host's own dispatch: payload checked, the tenant's context entered from it.
  const evaluate = () =>
    dispatchJob(QueueNames.progress, new Map([['evaluate-incentives', handler]]), {
      id: `svc-${Date.now()}`,
      name: 'evaluate-incentives',
      data: { tenantId: tenant.id, projectId: project.id },
    } as unknown as Job<JobBase>) as ReturnType<EvaluateIncentivesHandler['handle']>;
  const awards = () => t.as(tenant.actor('leader'), () => incentives.listAwards({ projectId: project.id, limit: 50 }));
  const titlesOf = (items: Array<{ reason: { title: string }; status: string }>, status: string) =>
    items
      .filter((a) => a.status === status)
      .map((a) => a.reason.title)
      .sort();

  it('asks the worker to evaluate the project when a scheme is created', async () => {
    expect(await t.jobs()).toContainEqual(
      expect.objectContaining({ queue: 'progress', name: 'evaluate-incentives', data: { tenantId: tenant.id, projectId: project.id } }),
    );
  });

  it('proposes in the order achieved until the cap, and skips the rest', async () => {
    const result = await evaluate();
    expect(result).toMatchObject({ found: true, proposed: 2, skipped: 1 });
    const list = (await awards()).items;
    expect(titlesOf(list, 'proposed')).toEqual([titles.first, titles.second].sort());
    expect(list.every((a) => a.amount === 10)).toBe(true);

    const budget = (await t.as(tenant.actor('leader'), () => incentives.getScheme(scheme.id))).budget;
    expect(budget).toMatchObject({ committed: 20, remaining: 5, skipped: 1 });
    // 5 points are left but the next task needs 10: the cap stopped it short, and the web words that from the numbers.
    expect(budget?.stop).toBe('short');
    expect(await t.events()).toContainEqual({
      tenantId: tenant.id,
      event: expect.objectContaining({ type: 'awards', projectId: project.id }),
    });
  });

  it('proposes nothing more when evaluated again without a change', async () => {
    expect(await evaluate()).toMatchObject({ proposed: 0, skipped: 1 });
    expect((await awards()).items).toHaveLength(2);
  });

  it('frees the budget when an award is rejected, and the next evaluation uses it', async () => {
    const first = (await awards()).items.find((a) => a.reason.title === titles.first);
    if (!first) throw new Error(`no award for “${titles.first}”`);
    // A rejection needs its reason.
    expect((await refusal(t.as(tenant.actor('leader'), () => incentives.decide(first.id, { action: 'reject' })))).status).toBe(400);

    await t.clearJobs();
    const rejected = await t.as(tenant.actor('leader'), () => incentives.decide(first.id, { action: 'reject', reason: 'counted twice' }));
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'counted twice' });
    expect(await t.jobs()).toContainEqual(
      expect.objectContaining({ name: 'evaluate-incentives', data: { tenantId: tenant.id, projectId: project.id } }),
    );

    expect(await evaluate()).toMatchObject({ proposed: 1, skipped: 0 });
    const list = (await awards()).items;
    expect(titlesOf(list, 'proposed')).toEqual([titles.second, titles.third].sort());
    expect(titlesOf(list, 'rejected')).toEqual([titles.first]);
    const budget = (await t.as(tenant.actor('leader'), () => incentives.getScheme(scheme.id))).budget;
    expect(budget).toMatchObject({ committed: 20, remaining: 5, skipped: 0, stop: null });
  });

  it('never proposes a rejected achievement again', async () => {
    expect(await evaluate()).toMatchObject({ proposed: 0 });
    expect((await awards()).items.filter((a) => a.reason.title === titles.first)).toHaveLength(1);
  });
});
