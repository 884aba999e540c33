import { Client } from 'pg';
import type {
  Adoption,
  Assessment,
  AssessmentFrameworkSummary,
  CreateParkResponse,
  CreateSolutionRequest,
  CreateTenantResponse,
  InviteMemberResponse,
  Kpi,
  Page,
  PainPoint,
  Problem,
  Project,
  ProjectOverview,
  Recommendation,
  Solution,
  SolutionOutcomes,
  Task,
  TokenResponse,
  UnmetDemand,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/**
 * Solutions adopted as building blocks, recommendations and the park's outcomes. Runs in a park of
 * its own (made by the platform operator) with two enterprises of its own, so the catalog, the pain
 * points and the adoptions are all this file's; the demo's second park only tries to reach them.
 */
const run = Date.now().toString(36);
const PASSWORD = 'adoptions suite passphrase';
const START = '2026-03-02';

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const wms = (): CreateSolutionRequest => ({
  name: `轻量仓储 Light WMS ${run}`,
  providerName: '仓小二 Cangxiaoer',
  technologyTypes: ['cloud_computing', 'internet_of_things'],
  businessAreas: ['warehousing_logistics'],
  scenes: [{ sceneId: 'warehousing', toLevel: 3 }],
  industries: ['C'],
  scales: ['small'],
  priceBand: { min: 20000, max: 60000 },
  deployWeeks: 4,
  delivery: 'saas',
  templateTasks: [
    {
      title: '库位编码 Bin coding',
      businessArea: 'warehousing_logistics',
      technologyType: 'internet_of_things',
      weight: 1,
      startOffsetDays: 0,
      dueOffsetDays: 14,
    },
    {
      title: '扫码出入库 Scan in and out',
      description: 'PDA scanning at the dock',
      businessArea: 'warehousing_logistics',
      technologyType: 'cloud_computing',
      weight: 2,
      startOffsetDays: 7,
      dueOffsetDays: 30,
    },
    {
      title: '月度盘点 Monthly stocktake',
      businessArea: 'warehousing_logistics',
      technologyType: 'big_data',
      weight: 3,
      startOffsetDays: 30,
      dueOffsetDays: 60,
    },
  ],
  templateKpis: [
    {
      name: '库存准确率 Stock accuracy',
      unit: '%',
      direction: 'higher_is_better',
      category: 'quality',
      baseline: 80,
      target: 98,
      targetOffsetDays: 90,
    },
    { name: '盘点工时 Stocktake hours', unit: 'h', direction: 'lower_is_better', category: 'efficiency', baseline: 10, target: 2 },
  ],
  status: 'published',
});

describe('solutions adopted into projects', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Client;
  let parkAdmin: Session;
  let ownerA: Session;
  let employeeA: Session;
  let ownerB: Session;
  let otherPark: Session;
  let projectA: Project;
  let projectB: Project;
  let solution: Solution;
  let energy: Solution;
  let draft: Solution;
  let stockPain: PainPoint;
  let adoptionA: Adoption;
  let adoptionB: Adoption;
  let firstAssessment: Assessment;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  async function accept(acceptUrl: string, email: string): Promise<Session> {
    const token = acceptUrl.split('/invite/')[1];
    const res = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: PASSWORD } });
    expect(res.status).toBe(200);
    return signIn(api.url, email, PASSWORD);
  }

  async function tenant(name: string, scale: 'small' | 'medium'): Promise<Session> {
    const email = `owner.${name.toLowerCase()}.${run}@adoptions.xinzhi.test`;
    const created = await as<CreateTenantResponse>(parkAdmin, 'POST', '/api/park/tenants', {
      name: `${name} ${run}`,
      creditCode: '',
      industrySection: 'C',
      industryDivision: '34',
      scale,
      region: '苏州',
      emerging: false,
      manufacturingType: 'discrete',
      ownerEmail: email,
      ownerName: `${name} 老板`,
    });
    expect(created.status).toBe(201);
    return accept(created.body.invitation.acceptUrl, email);
  }

  async function project(s: Session, name: string): Promise<Project> {
    const res = await as<Project>(s, 'POST', '/api/projects', {
      name: `${name} ${run}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function publish(body: CreateSolutionRequest): Promise<Solution> {
    const res = await as<Solution>(parkAdmin, 'POST', '/api/park/solutions', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  async function painPoint(s: Session, body: object): Promise<PainPoint> {
    const res = await as<PainPoint>(s, 'POST', '/api/pain-points', body);
    expect(res.status).toBe(201);
    return res.body;
  }

  const tasksOf = async (s: Session, projectId: string) =>
    (await as<Page<Task>>(s, 'GET', `/api/projects/${projectId}/tasks?limit=500&sort=created_at`)).body.items;
  const kpisOf = async (s: Session, projectId: string) => (await as<Kpi[]>(s, 'GET', `/api/projects/${projectId}/kpis`)).body;
  const computedAt = async (s: Session, projectId: string) =>
    (await as<ProjectOverview>(s, 'GET', `/api/projects/${projectId}`)).body.progressComputedAt;

  /** A scored MIIT assessment of the session's enterprise with the given scene levels, through the API and the worker. */
  async function assessed(s: Session, scenes: Array<{ sceneId: string; level: number }>): Promise<Assessment> {
    const frameworks = (await as<AssessmentFrameworkSummary[]>(s, 'GET', '/api/assessment-frameworks')).body;
    const miit = frameworks.find((f) => f.key === 'miit-sme-dl' && f.current) as AssessmentFrameworkSummary;
    const created = await as<Assessment>(s, 'POST', '/api/assessments', { frameworkId: miit.id });
    expect(created.status).toBe(201);
    expect((await as(s, 'PUT', `/api/assessments/${created.body.id}/answers`, { scenes })).status).toBe(200);
    expect((await as(s, 'POST', `/api/assessments/${created.body.id}/submit`)).status).toBe(200);
    return waitFor(
      async () => {
        const a = (await as<Assessment>(s, 'GET', `/api/assessments/${created.body.id}`)).body;
        return a.status === 'scored' ? a : null;
      },
      15_000,
      'the assessment to be scored',
    );
  }

  async function setTask(s: Session, id: string, body: object): Promise<void> {
    const res = await as<Task>(s, 'PATCH', `/api/tasks/${id}`, body);
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    owner = new Client({ connectionString: ownerDatabaseUrl() });
    await owner.connect();
    const operator = await signIn(api.url, 'operator@xinzhi.test');
    const adminEmail = `admin.${run}@adoptions.xinzhi.test`;
    const park = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
      name: `采纳园区 Adoption Park ${run}`,
      region: '苏州',
      adminEmail,
      adminName: '园区管理员',
    });
    expect(park.status).toBe(201);
    parkAdmin = await accept(park.body.invitation.acceptUrl, adminEmail);
    ownerA = await tenant('Alpha', 'small');
    ownerB = await tenant('Beta', 'medium');
    const employeeEmail = `employee.${run}@adoptions.xinzhi.test`;
    const invited = await as<InviteMemberResponse>(ownerA, 'POST', '/api/members', {
      email: employeeEmail,
      displayName: '员工 Employee',
      role: 'employee',
    });
    expect(invited.status).toBe(201);
    employeeA = await accept(invited.body.invitation.acceptUrl, employeeEmail);
    otherPark = await signIn(api.url, 'owner@delta.xinzhi.test');

    solution = await publish(wms());
    energy = await publish({
      ...wms(),
      name: `能耗监测 Energy monitoring ${run}`,
      businessAreas: ['production'],
      scenes: [{ sceneId: 'energy', toLevel: 2 }],
      industries: [],
      scales: [],
      deployWeeks: 6,
      templateTasks: [
        {
          title: '电表接入 Meter hookup',
          businessArea: 'production',
          technologyType: 'internet_of_things',
          weight: 2,
          startOffsetDays: 0,
          dueOffsetDays: 10,
        },
      ],
      templateKpis: [],
    });
    draft = await publish({ ...wms(), name: `草稿 Draft ${run}`, status: 'draft' });

    projectA = await project(ownerA, '仓储升级 Warehouse upgrade');
    projectB = await project(ownerB, '仓储升级 Warehouse upgrade');
    stockPain = await painPoint(ownerA, {
      title: '库存数不准 Stock counts wrong',
      businessArea: 'warehousing_logistics',
      sceneId: 'warehousing',
      severity: 4,
    });
  });

  afterAll(async () => {
    await owner?.end();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('ranks the warehousing solution first for an enterprise with a warehousing pain point and a 仓储物流 gap, naming both', async () => {
    firstAssessment = await assessed(ownerA, [
      { sceneId: 'warehousing', level: 1 },
      { sceneId: 'energy', level: 2 },
    ]);
    const res = await as<Recommendation[]>(ownerA, 'GET', '/api/solutions/recommended');
    expect(res.status).toBe(200);
    const ours = res.body.filter((r) => r.solution.name.endsWith(run));
    expect(ours.map((r) => r.solution.id)).toEqual([solution.id, energy.id]); // the draft is not among them
    expect(res.body[0].solution.id).toBe(solution.id);
    expect(res.body[0].reasons).toEqual([
      { kind: 'pain_point', painPointId: stockPain.id, title: stockPain.title, businessArea: 'warehousing_logistics', severity: 4 },
      { kind: 'scene_gap', sceneId: 'warehousing', fromLevel: 1, toLevel: 3 },
      { kind: 'industry', section: 'C' },
      { kind: 'scale', scale: 'small' },
      { kind: 'deploy_weeks', weeks: 4 },
    ]);
    // Energy is already at the level the energy solution reaches: no gap named.
    expect(ours[1].reasons.map((r) => r.kind)).toEqual(['deploy_weeks']);
    // An employee sees the same ranking; a park administrator is refused.
    expect((await as<Recommendation[]>(employeeA, 'GET', '/api/solutions/recommended')).body[0].solution.id).toBe(solution.id);
    expect((await as(parkAdmin, 'GET', '/api/solutions/recommended')).status).toBe(403);
  });

  it('creates exactly the template tasks and KPIs, dated from the offsets, with the solution as provenance, and recomputes the project', async () => {
    const before = await computedAt(ownerA, projectA.id);
    const res = await as<Adoption>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, {
      solutionId: solution.id,
      startDate: START,
      painPointIds: [stockPain.id],
    });
    expect(res.status).toBe(201);
    adoptionA = res.body;
    expect(adoptionA).toMatchObject({
      projectId: projectA.id,
      solutionId: solution.id,
      solutionName: solution.name,
      startDate: START,
      painPointIds: [stockPain.id],
      tasksDone: 0,
      tasksTotal: 3,
    });
    expect(adoptionA.taskIds).toHaveLength(3);
    expect(adoptionA.kpiIds).toHaveLength(2);

    const origin = { type: 'solution', adoptionId: adoptionA.id, solutionId: solution.id, solutionName: solution.name };
    const tasks = await tasksOf(ownerA, projectA.id);
    expect(tasks.map((t) => t.id).sort()).toEqual([...adoptionA.taskIds].sort());
    const byTitle = Object.fromEntries(tasks.map((t) => [t.title, t]));
    expect(byTitle['库位编码 Bin coding']).toMatchObject({
      startDate: START,
      dueDate: addDays(START, 14),
      weight: 1,
      status: 'todo',
      origin,
    });
    expect(byTitle['扫码出入库 Scan in and out']).toMatchObject({
      description: 'PDA scanning at the dock',
      businessArea: 'warehousing_logistics',
      technologyType: 'cloud_computing',
      startDate: addDays(START, 7),
      dueDate: addDays(START, 30),
      weight: 2,
      origin,
    });
    expect(byTitle['月度盘点 Monthly stocktake']).toMatchObject({
      startDate: addDays(START, 30),
      dueDate: addDays(START, 60),
      weight: 3,
      origin,
    });
    // One task read alone carries it too, and its activity starts with its creation.
    expect((await as<Task>(ownerA, 'GET', `/api/tasks/${adoptionA.taskIds[0]}`)).body.origin).toEqual(origin);

    const kpis = await kpisOf(ownerA, projectA.id);
    expect(kpis.map((k) => k.id).sort()).toEqual([...adoptionA.kpiIds].sort());
    expect(kpis.find((k) => k.name === '库存准确率 Stock accuracy')).toMatchObject({
      baseline: 80,
      target: 98,
      targetDate: addDays(START, 90),
      origin,
    });
    expect(kpis.find((k) => k.name === '盘点工时 Stocktake hours')).toMatchObject({
      direction: 'lower_is_better',
      targetDate: projectA.targetDate,
      origin,
    });

    // The worker recomputed the project's numbers from its new tasks.
    await waitFor(async () => (await computedAt(ownerA, projectA.id)) !== before && (await computedAt(ownerA, projectA.id)) !== null, {
      timeoutMs: 10_000,
      what: 'the project to be recomputed',
    });
    expect((await as<Adoption[]>(ownerA, 'GET', `/api/projects/${projectA.id}/adoptions`)).body).toEqual([adoptionA]);
    expect((await as<Adoption>(ownerA, 'GET', `/api/adoptions/${adoptionA.id}`)).body).toEqual(adoptionA);
  });

  it('answers 409 to a second adoption of the same solution into the project, and creates nothing', async () => {
    const res = await as<Problem>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, {
      solutionId: solution.id,
      startDate: '2026-06-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/already adopted/);
    expect(await tasksOf(ownerA, projectA.id)).toHaveLength(3);
    expect(await kpisOf(ownerA, projectA.id)).toHaveLength(2);
    expect((await as<Adoption[]>(ownerA, 'GET', `/api/projects/${projectA.id}/adoptions`)).body).toHaveLength(1);
  });

  it('refuses employees (403), other parks’ enterprises and drafts (404), and closed pain points (422), creating nothing', async () => {
    const body = { solutionId: energy.id, startDate: START };
    expect((await as(employeeA, 'POST', `/api/projects/${projectA.id}/adoptions`, body)).status).toBe(403);
    expect((await as(employeeA, 'GET', `/api/projects/${projectA.id}/adoptions`)).status).toBe(403);
    expect((await as(employeeA, 'DELETE', `/api/adoptions/${adoptionA.id}?tasks=keep`)).status).toBe(403);

    const elsewhere = await project(otherPark, '他园 Other park');
    const foreign = await as<Problem>(otherPark, 'POST', `/api/projects/${elsewhere.id}/adoptions`, {
      solutionId: solution.id,
      startDate: START,
    });
    expect(foreign.status).toBe(404);
    expect(await tasksOf(otherPark, elsewhere.id)).toHaveLength(0);
    expect((await as(otherPark, 'GET', `/api/solutions/${solution.id}`)).status).toBe(404);

    expect((await as(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, { solutionId: draft.id, startDate: START })).status).toBe(
      404,
    );

    const closed = await painPoint(ownerA, { title: '旧问题 Old trouble', businessArea: 'production', severity: 2 });
    expect((await as(ownerA, 'PATCH', `/api/pain-points/${closed.id}`, { status: 'closed' })).status).toBe(200);
    const refused = await as<Problem>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, { ...body, painPointIds: [closed.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'painPointIds.0', code: 'state' })]);
    const unknown = await as<Problem>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, {
      ...body,
      painPointIds: ['01a21f4d-0000-7000-8000-000000000001'],
    });
    expect(unknown.status).toBe(422);
    expect(await tasksOf(ownerA, projectA.id)).toHaveLength(3);
    expect((await as<Adoption[]>(ownerA, 'GET', `/api/projects/${projectA.id}/adoptions`)).body).toHaveLength(1);
  });

  it('marks the pain point addressed once every task of its adoption is done', async () => {
    for (const id of adoptionA.taskIds) await setTask(ownerA, id, { status: 'done' });
    const addressed = await waitFor(
      async () => {
        const p = (await as<PainPoint>(ownerA, 'GET', `/api/pain-points/${stockPain.id}`)).body;
        return p.status === 'addressed' ? p : null;
      },
      15_000,
      'the pain point to be addressed',
    );
    expect(addressed.addressedBy).toEqual([
      { adoptionId: adoptionA.id, solutionId: solution.id, solutionName: solution.name, projectId: projectA.id },
    ]);
    expect((await as<Adoption>(ownerA, 'GET', `/api/adoptions/${adoptionA.id}`)).body).toMatchObject({ tasksDone: 3, tasksTotal: 3 });
  });

  it('gives the park the outcomes of two enterprises’ adoptions, worked by hand', async () => {
    // Alpha: its three tasks (weights 1, 2, 3) done; stock accuracy read at 89 (80 → 98: 0.5); stocktake hours never read.
    const accuracyA = (await kpisOf(ownerA, projectA.id)).find((k) => k.name === '库存准确率 Stock accuracy') as Kpi;
    expect((await as(ownerA, 'POST', `/api/kpis/${accuracyA.id}/readings`, { takenOn: '2026-04-01', value: 89 })).status).toBe(201);
    // Beta: weight 1 done, weight 2 at 50 %, weight 3 cancelled; stock accuracy read at 98 (1.0).
    const res = await as<Adoption>(ownerB, 'POST', `/api/projects/${projectB.id}/adoptions`, { solutionId: solution.id, startDate: START });
    expect(res.status).toBe(201);
    adoptionB = res.body;
    const tasksB = Object.fromEntries((await tasksOf(ownerB, projectB.id)).map((t) => [t.weight, t.id]));
    await setTask(ownerB, tasksB[1], { status: 'done' });
    await setTask(ownerB, tasksB[2], { status: 'in_progress', percentDone: 50 });
    await setTask(ownerB, tasksB[3], { status: 'cancelled' });
    const accuracyB = (await kpisOf(ownerB, projectB.id)).find((k) => k.name === '库存准确率 Stock accuracy') as Kpi;
    expect((await as(ownerB, 'POST', `/api/kpis/${accuracyB.id}/readings`, { takenOn: '2026-04-01', value: 98 })).status).toBe(201);

    // Scene levels: Alpha's warehousing 1 before the adoption (its first assessment, dated before the start) and 3 after;
    // Beta has only an assessment after the start, so it is not compared.
    await inTenant(ownerA.context?.id as string, () =>
      owner.query(`UPDATE assessments SET assessed_on = $1 WHERE id = $2`, [addDays(START, -30), firstAssessment.id]),
    );
    await assessed(ownerA, [{ sceneId: 'warehousing', level: 3 }]);
    await assessed(ownerB, [{ sceneId: 'warehousing', level: 2 }]);

    const outcomes = await as<SolutionOutcomes>(parkAdmin, 'GET', `/api/park/solutions/${solution.id}/outcomes`);
    expect(outcomes.status).toBe(200);
    expect(outcomes.body).toEqual({
      solutionId: solution.id,
      tenants: 2,
      adoptions: 2,
      // 3 of Alpha's + 2 of Beta's (the cancelled one left out); done: 3 + 1.
      tasksTotal: 5,
      tasksDone: 4,
      // (1 + 2 + 3 + 1 + 2 × 0.5) / (1 + 2 + 3 + 1 + 2)
      taskProgress: expect.closeTo(8 / 9, 10),
      // Only KPIs with readings: (0.5 + 1) / 2.
      kpiAttainment: expect.closeTo(0.75, 10),
      scenes: [{ sceneId: 'warehousing', tenantsCompared: 1, before: 1, after: 3 }],
    });
    // Another park's administrator cannot see them; a solution nobody adopted has zeros.
    expect((await as(await signIn(api.url, 'park2.admin@xinzhi.test'), 'GET', `/api/park/solutions/${solution.id}/outcomes`)).status).toBe(
      404,
    );
    expect((await as<SolutionOutcomes>(parkAdmin, 'GET', `/api/park/solutions/${draft.id}/outcomes`)).body).toMatchObject({
      tenants: 0,
      adoptions: 0,
      tasksTotal: 0,
      taskProgress: null,
      kpiAttainment: null,
    });
  });

  it('lists as unmet demand the open pain points no published solution answers', async () => {
    const hr = await painPoint(ownerB, { title: '排班靠纸 Shift plans on paper', businessArea: 'hr', severity: 3 });
    const quality = await painPoint(ownerB, {
      title: '质检漏检 Defects slip through',
      businessArea: 'production',
      sceneId: 'quality',
      severity: 5,
    });
    const metered = await painPoint(ownerB, {
      title: '电费高 Power bills high',
      businessArea: 'production',
      sceneId: 'energy',
      severity: 3,
    });
    const demand = await as<UnmetDemand>(parkAdmin, 'GET', '/api/park/demand');
    expect(demand.status).toBe(200);
    const ids = demand.body.painPoints.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([hr.id, quality.id]));
    expect(ids).not.toContain(metered.id); // the energy solution answers it
    expect(ids).not.toContain(stockPain.id); // addressed, and answered
    expect(demand.body.cells).toEqual(
      expect.arrayContaining([
        { businessArea: 'hr', industrySection: 'C', count: 1 },
        { businessArea: 'production', industrySection: 'C', count: 1 },
      ]),
    );
    // The other park sees none of these.
    const other = await as<UnmetDemand>(await signIn(api.url, 'park2.admin@xinzhi.test'), 'GET', '/api/park/demand');
    expect(other.body.painPoints.filter((p) => ids.includes(p.id))).toEqual([]);
  });

  it('removes an adoption cancelling its open tasks, or keeping them, with its KPIs kept and its pain points unlinked', async () => {
    // Beta, cancel: the 50 % task is cancelled, the done one stays done; all lose the provenance; the KPIs stay.
    const before = await computedAt(ownerB, projectB.id);
    expect((await as(ownerB, 'DELETE', `/api/adoptions/${adoptionB.id}`)).status).toBe(400);
    expect((await as(ownerB, 'DELETE', `/api/adoptions/${adoptionB.id}?tasks=cancel`)).status).toBe(204);
    expect((await as(ownerB, 'GET', `/api/adoptions/${adoptionB.id}`)).status).toBe(404);
    const tasksB = await tasksOf(ownerB, projectB.id);
    expect(tasksB.map((t) => [t.weight, t.status, t.origin]).sort()).toEqual([
      [1, 'done', null],
      [2, 'cancelled', null],
      [3, 'cancelled', null],
    ]);
    const activity = (
      await as<Array<{ kind: string; changes: unknown }>>(ownerB, 'GET', `/api/tasks/${tasksB.find((t) => t.weight === 2)?.id}/activity`)
    ).body;
    expect(activity.at(-1)).toMatchObject({ kind: 'status', changes: { status: ['in_progress', 'cancelled'] } });
    const kpisB = await kpisOf(ownerB, projectB.id);
    expect(kpisB).toHaveLength(2);
    expect(kpisB.map((k) => k.origin)).toEqual([null, null]);
    await waitFor(async () => (await computedAt(ownerB, projectB.id)) !== before, 10_000, 'the project to be recomputed');

    // Alpha, keep: the energy solution's task stays open as an ordinary task; the pain point it answered is unlinked.
    const pain = await painPoint(ownerA, {
      title: '能耗不清 Energy use unknown',
      businessArea: 'production',
      sceneId: 'energy',
      severity: 3,
    });
    const kept = await as<Adoption>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, {
      solutionId: energy.id,
      startDate: START,
      painPointIds: [pain.id],
    });
    expect(kept.status).toBe(201);
    expect((await as<PainPoint>(ownerA, 'GET', `/api/pain-points/${pain.id}`)).body.addressedBy).toHaveLength(1);
    expect((await as(ownerA, 'DELETE', `/api/adoptions/${kept.body.id}?tasks=keep`)).status).toBe(204);
    const task = (await as<Task>(ownerA, 'GET', `/api/tasks/${kept.body.taskIds[0]}`)).body;
    expect(task).toMatchObject({ title: '电表接入 Meter hookup', status: 'todo', origin: null });
    expect((await as<PainPoint>(ownerA, 'GET', `/api/pain-points/${pain.id}`)).body).toMatchObject({ status: 'open', addressedBy: [] });
    // The first adoption is untouched, and the same solution may be adopted again now that its adoption is gone.
    expect((await as<Adoption[]>(ownerA, 'GET', `/api/projects/${projectA.id}/adoptions`)).body.map((a) => a.id)).toEqual([adoptionA.id]);
    const again = await as<Adoption>(ownerA, 'POST', `/api/projects/${projectA.id}/adoptions`, { solutionId: energy.id, startDate: START });
    expect(again.status).toBe(201);
  });

  async function inTenant<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    await owner.query('BEGIN');
    try {
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const result = await work();
      await owner.query('COMMIT');
      return result;
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  }
});
