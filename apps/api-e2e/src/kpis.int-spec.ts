import type { Kpi, KpiReading, Member, Page, Problem, Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import { CreateKpiRequestSchema } from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

describe('KPIs and readings', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let leader: Session;
  let employee: Session;
  let other: Session;
  let project: Project;
  let people: Record<string, string>;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    [leader, employee, other] = await Promise.all(['leader', 'employee', 'liu.yang'].map((r) => signIn(api.url, `${r}@acme.xinzhi.test`)));
    project = (
      await as<Project>(leader, 'POST', '/api/projects', {
        name: `KPI 项目 ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
        taskWeight: 0.6,
      })
    ).body;
    const members = await as<Page<Member>>(leader, 'GET', '/api/members?limit=200');
    people = Object.fromEntries(members.body.items.map((m) => [m.email.split('@')[0], m.userId as string]));
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('refuses bad KPI definitions with field errors', async () => {
    const bad = await as<Problem>(leader, 'POST', `/api/projects/${project.id}/kpis`, {
      name: '',
      unit: '%',
      direction: 'sideways',
      category: 'vibes',
      baseline: 'thirty',
      target: 80,
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field).sort()).toEqual(['baseline', 'category', 'direction', 'name']);
    expect(
      (
        await as(employee, 'POST', `/api/projects/${project.id}/kpis`, {
          name: 'x',
          unit: '',
          direction: 'higher_is_better',
          category: 'quality',
          baseline: 0,
          target: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('agrees with the KPI form on the name limit: 150 characters are taken, 250 refused (same schema)', async () => {
    const kpi = (name: string) => ({ name, unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 0, target: 1 });
    const long = `${Date.now()}`.padEnd(150, '长');
    expect(CreateKpiRequestSchema.safeParse(kpi(long)).success).toBe(true);
    const taken = await as<Kpi>(leader, 'POST', `/api/projects/${project.id}/kpis`, kpi(long));
    expect(taken.status).toBe(201);
    // Out again, so the project's mean attainment below is made of the KPIs that test adds.
    expect((await as(leader, 'DELETE', `/api/kpis/${taken.body.id}`)).status).toBe(204);
    const tooLong = 'x'.repeat(250);
    expect(CreateKpiRequestSchema.safeParse(kpi(tooLong)).success).toBe(false);
    const refused = await as<Problem>(leader, 'POST', `/api/projects/${project.id}/kpis`, kpi(tooLong));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'maxLength', limit: CreateKpiRequestSchema.shape.name.maxLength }),
    ]);
  });

  it('records readings by the KPI owner and leaders only, never in the future or twice a day', async () => {
    const kpi = (
      await as<Kpi>(leader, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '设备联网率',
        unit: '%',
        direction: 'higher_is_better',
        category: 'digital_foundation',
        baseline: 35,
        target: 80,
        ownerId: people['employee'],
      })
    ).body;
    expect(kpi).toMatchObject({ latest: null, attainment: 0, ownerName: '陈静' });
    expect(
      (
        await as<Problem>(leader, 'POST', `/api/projects/${project.id}/kpis`, {
          name: '设备联网率',
          unit: '%',
          direction: 'higher_is_better',
          category: 'quality',
          baseline: 1,
          target: 2,
        })
      ).status,
    ).toBe(409);

    const ok = await as<KpiReading>(employee, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(30), value: 50 });
    expect(ok.status).toBe(201);
    expect(ok.body.recordedByName).toBe('陈静');
    expect((await as<Problem>(other, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(20), value: 51 })).status).toBe(403);
    const future = await as<Problem>(employee, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(-3), value: 60 });
    expect(future.status).toBe(400);
    expect(future.body.errors?.[0]).toMatchObject({ field: 'takenOn', code: 'future' });
    expect((await as<Problem>(employee, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(30), value: 52 })).status).toBe(409);
    expect(
      (await as<Problem>(employee, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: today, value: 'sixty' })).body.errors?.[0].field,
    ).toBe('value');
    const latest = await as<KpiReading>(leader, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: today, value: 57.5 });
    expect(latest.status).toBe(201);

    const now = (await as<Kpi>(leader, 'GET', `/api/kpis/${kpi.id}`)).body;
    expect(now.latest).toEqual({ takenOn: today, value: 57.5 });
    expect(now.attainment).toBeCloseTo(0.5, 10);
    expect((await as<KpiReading[]>(other, 'GET', `/api/kpis/${kpi.id}/readings`)).body.map((r) => r.value)).toEqual([50, 57.5]);
  });

  it('puts KPI attainment into the transformation index: α·P + (1 − α)·mean attainment', async () => {
    const lower = (
      await as<Kpi>(leader, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '不良率',
        unit: '%',
        direction: 'lower_is_better',
        category: 'quality',
        baseline: 2.4,
        target: 1.0,
      })
    ).body;
    await as(leader, 'POST', `/api/kpis/${lower.id}/readings`, { takenOn: today, value: 0.5 }); // past the target: capped at 1
    const task = (
      await as<Task>(leader, 'POST', `/api/projects/${project.id}/tasks`, {
        title: 'one',
        businessArea: 'production',
        technologyType: 'internet_of_things',
        weight: 1,
      })
    ).body;
    await as(leader, 'POST', `/api/projects/${project.id}/tasks`, {
      title: 'two',
      businessArea: 'production',
      technologyType: 'internet_of_things',
      weight: 3,
    });
    await as(leader, 'PATCH', `/api/tasks/${task.id}`, { status: 'done' });
    const progress = 1 / 4;
    const attainment = (0.5 + 1) / 2;
    const index = 0.6 * progress + 0.4 * attainment;
    const p = await waitFor(
      async () => {
        const o = (await as<ProjectOverview>(leader, 'GET', `/api/projects/${project.id}`)).body;
        return o.transformationIndex !== null && Math.abs(o.transformationIndex - index) < 1e-9 ? o : null;
      },
      3000,
      `transformation index ${index}`,
      50,
    );
    expect(p.progress).toBeCloseTo(progress, 9);
    expect(p.kpiAttainment).toBeCloseTo(attainment, 9);
  });

  it('shows the demo projects with KPIs and months of readings', async () => {
    const demo = (await as<Page<Project>>(leader, 'GET', '/api/projects')).body.items.find((x) => x.name.startsWith('2026')) as Project;
    const kpis = (await as<Kpi[]>(leader, 'GET', `/api/projects/${demo.id}/kpis`)).body;
    expect(kpis.length).toBeGreaterThanOrEqual(3);
    const readings = (await as<KpiReading[]>(leader, 'GET', `/api/kpis/${kpis[0].id}/readings`)).body;
    expect(readings.length).toBeGreaterThanOrEqual(6);
    expect(kpis.every((k) => k.attainment > 0 && k.attainment < 1)).toBe(true);
  });
});
