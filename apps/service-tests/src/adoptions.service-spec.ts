import type { Job } from 'bullmq';
import type { ActorContext } from '@xinzhi/server-core';
import { dispatchJob, JobBase, JobProducer, QueueNames } from '@xinzhi/server-queue';
import {
  AddressPainPointsHandler,
  AdoptionsService,
  CatalogService,
  PainPointSweep,
  PainPointsService,
  SolutionsHttpModule,
} from '@xinzhi/server-solutions';
import type { CreateSolutionRequest, PainPoint, Solution } from '@xinzhi/shared-contracts';
import { freshProject, freshTenant, inTenant, ProjectFixture, refusal, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/**
 * Adoptions and the rule that makes a pain point addressed, through the services and the worker's
 * handler in-process: the rule looks at every adoption answering the pain point, leaves cancelled
 * tasks out and needs a done one; two adoptions of one solution at the same moment yield one.
 */
describe('adoptions and addressed pain points', () => {
  let t: ServiceTest;
  let adoptions: AdoptionsService;
  let painPoints: PainPointsService;
  let handler: AddressPainPointsHandler;
  let tenant: TenantFixture;
  let project: ProjectFixture;
  let park: ActorContext;

  const template = (name: string, tasks: number): CreateSolutionRequest => ({
    name,
    providerName: 'Provider',
    technologyTypes: ['cloud_computing'],
    businessAreas: ['warehousing_logistics'],
    priceBand: { min: 0, max: 1000 },
    deployWeeks: 2,
    delivery: 'saas',
    templateTasks: Array.from({ length: tasks }, (_, i) => ({
      title: `${name} step ${i + 1}`,
      businessArea: 'warehousing_logistics' as const,
      technologyType: 'cloud_computing' as const,
      weight: 1,
      startOffsetDays: 0,
      dueOffsetDays: 7,
    })),
    status: 'published',
  });
  const publish = (name: string, tasks: number): Promise<Solution> =>
    t.as(park, () => t.get(CatalogService).create(template(`${name} ${Date.now()}`, tasks)));
  const pain = (title: string): Promise<PainPoint> =>
    t.as(tenant.actor('leader'), () => painPoints.create({ title, businessArea: 'warehousing_logistics', severity: 3 }));
  const adopt = (solutionId: string, painPointIds: string[] = []) =>
    t.as(tenant.actor('leader'), () => adoptions.adopt(project.id, { solutionId, startDate: '2026-03-01', painPointIds }));
  const setTasks = (taskIds: string[], status: 'done' | 'cancelled') =>
    inTenant(t, tenant, (m) =>
      m.query(
        `UPDATE tasks SET status = $2, percent_done = CASE WHEN $2 = 'done' THEN 100 ELSE percent_done END,
                completed_at = CASE WHEN $2 = 'done' THEN now() END WHERE id = ANY ($1::uuid[])`,
        [taskIds, status],
      ),
    );
  const statusOf = async (id: string) => (await t.as(tenant.actor('leader'), () => painPoints.get(id))).status;
  // Through the consumer host's own dispatch: payload checked, the tenant's context entered from it.
  const runJob = () =>
    dispatchJob(QueueNames.progress, new Map([['address-pain-points', handler]]), {
      id: `svc-${Date.now()}`,
      name: 'address-pain-points',
      data: { tenantId: tenant.id, projectId: project.id },
    } as unknown as Job<JobBase>) as ReturnType<AddressPainPointsHandler['handle']>;

  beforeAll(async () => {
    // The worker's handler alone, without the jobs module whose sweep would run here.
    t = await ServiceTest.start({ imports: [SolutionsHttpModule], providers: [AddressPainPointsHandler, PainPointSweep, JobProducer] });
    adoptions = t.get(AdoptionsService);
    painPoints = t.get(PainPointsService);
    handler = t.get(AddressPainPointsHandler);
    tenant = await freshTenant(t, { leader: 'leader', ana: 'employee' }, 'adoptions');
    project = await freshProject(t, tenant);
    park = {
      requestId: 'service-test-park',
      userId: null,
      tenantId: null,
      parkId: tenant.parkId,
      role: 'park_admin',
      platformOperator: false,
    };
  });
  afterAll(() => t?.close());

  it('asks the worker for the project’s numbers after adopting', async () => {
    await t.clearJobs();
    const solution = await publish('Queued', 1);
    await adopt(solution.id);
    expect(await t.jobs()).toContainEqual(
      expect.objectContaining({ queue: 'progress', name: 'recompute-project', data: { tenantId: tenant.id, projectId: project.id } }),
    );
  });

  it('addresses a pain point only when every adoption answering it is finished, cancelled tasks left out', async () => {
    const point = await pain('Stock counts wrong');
    const first = await adopt((await publish('First', 2)).id, [point.id]);
    const second = await adopt((await publish('Second', 2)).id, [point.id]);

    await setTasks(first.taskIds, 'done');
    expect(await runJob()).toEqual({ addressed: 0 });
    expect(await statusOf(point.id)).toBe('open');

    // The second adoption is given up: its tasks cancelled, the first one's done work answers the pain point.
    await setTasks(second.taskIds, 'cancelled');
    expect(await runJob()).toEqual({ addressed: 1 });
    expect(await statusOf(point.id)).toBe('addressed');
    // Idempotent: a second run changes nothing.
    expect(await runJob()).toEqual({ addressed: 0 });
  });

  it('leaves a pain point open when all tasks of its adoption were cancelled, and one without adoptions alone', async () => {
    const given = await pain('Labels fall off');
    const lonely = await pain('Nobody answers this');
    const adoption = await adopt((await publish('Given up', 2)).id, [given.id]);
    await setTasks(adoption.taskIds, 'cancelled');
    await runJob();
    expect(await statusOf(given.id)).toBe('open');
    expect(await statusOf(lonely.id)).toBe('open');
  });

  it('lets only one of two simultaneous adoptions of a solution into a project through, creating its tasks once', async () => {
    const solution = await publish('Twice', 3);
    const results = await Promise.allSettled([adopt(solution.id), adopt(solution.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((await refusal(Promise.reject(rejected.reason))).status).toBe(409);
    const [{ n }] = await inTenant(t, tenant, (m) =>
      m.query(
        `SELECT count(*)::int AS n FROM tasks t JOIN solution_adoptions a ON a.tenant_id = t.tenant_id AND a.id = t.origin_adoption_id
          WHERE a.solution_id = $1`,
        [solution.id],
      ),
    );
    expect(n).toBe(3);
  });

  it('has the sweep queue the job for a project whose adoption finished while no job ran', async () => {
    const point = await pain('Found by the sweep');
    const adoption = await adopt((await publish('Swept', 1)).id, [point.id]);
    // Done behind the worker's back (no recompute queued), and long enough ago for the sweep to take it.
    await setTasks(adoption.taskIds, 'done');
    await inTenant(t, tenant, (m) => m.query(`UPDATE projects SET changed_at = now() - interval '1 minute' WHERE id = $1`, [project.id]));
    await t.clearJobs();
    const swept = (await dispatchJob(QueueNames.progress, new Map([['sweep-pain-points', t.get(PainPointSweep)]]), {
      id: `svc-sweep-${Date.now()}`,
      name: 'sweep-pain-points',
      data: { tenantId: null },
    } as unknown as Job<JobBase>)) as { queued: number };
    expect(swept.queued).toBeGreaterThanOrEqual(1);
    expect(await t.jobs()).toContainEqual(
      expect.objectContaining({ queue: 'progress', name: 'address-pain-points', data: { tenantId: tenant.id, projectId: project.id } }),
    );
    await runJob();
    expect(await statusOf(point.id)).toBe('addressed');
  });

  it('answers 409 when the project already has a KPI the solution would add, and creates nothing', async () => {
    const solution = await t.as(park, () =>
      t.get(CatalogService).create({
        ...template(`With KPI ${Date.now()}`, 2),
        templateKpis: [{ name: 'Stock accuracy', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 80, target: 98 }],
      }),
    );
    const other = await freshProject(t, tenant);
    await inTenant(t, tenant, (m) =>
      m.query(
        `INSERT INTO kpis (tenant_id, project_id, name, unit, direction, category, baseline, target)
         VALUES (app_tenant_id(), $1, 'Stock accuracy', '%', 'higher_is_better', 'quality', 50, 90)`,
        [other.id],
      ),
    );
    const problem = await refusal(
      t.as(tenant.actor('leader'), () => adoptions.adopt(other.id, { solutionId: solution.id, startDate: '2026-03-01' })),
    );
    expect(problem).toMatchObject({ status: 409, errors: [expect.objectContaining({ field: 'solutionId' })] });
    const [{ tasks, adopted }] = await inTenant(t, tenant, (m) =>
      m.query(
        `SELECT (SELECT count(*)::int FROM tasks WHERE project_id = $1) AS tasks,
                (SELECT count(*)::int FROM solution_adoptions WHERE project_id = $1) AS adopted`,
        [other.id],
      ),
    );
    expect({ tasks, adopted }).toEqual({ tasks: 0, adopted: 0 });
  });

  it('answers 404 for another park’s solution', async () => {
    const other = await freshTenant(t, { leader: 'leader' }, 'adoptions-other');
    const otherPark: ActorContext = { ...park, parkId: other.parkId };
    const foreign = await t.as(otherPark, () => t.get(CatalogService).create(template(`Foreign ${Date.now()}`, 1)));
    expect((await refusal(adopt(foreign.id))).status).toBe(404);
  });
});
