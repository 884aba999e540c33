import { Client } from 'pg';
import { type Benchmark, type BenchmarkCohort, quartiles } from '@xinzhi/shared-contracts';
import type {
  Assessment,
  CreateParkResponse,
  AssessmentFrameworkSummary,
  CreateTenantResponse,
  InviteMemberResponse,
  Kpi,
  Member,
  Page,
  Problem,
  Project,
  ShowcaseCard,
  ShowcasePage,
  ShowcaseSettings,
  Task,
  Tenant,
  TokenResponse,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/**
 * Showcases (样板间): an owner's revocable consent to show one project to the park, read by another
 * tenant of the same park through the narrow definer functions, hidden from another park, with
 * absolute KPI values only when ticked, and nothing else of the tenant (checked by content). Runs
 * with enterprises of its own, onboarded by the first park's administrator.
 */
const run = Date.now().toString(36);
const PASSWORD = 'showcases suite passphrase';
const SECRET_TASK = `机密任务 Secret task ${run}`;
const SECRET_PERSON = `保密人 Hidden Person ${run}`;
const SECRET_UNIT = `secret-unit-${run}`;
const READING = 137.25;

let api: ApiProcess;
let worker: RunningProcess;
let park: Session;
let park2: Session;
let otherPark: Session;
let owner: Session;
let leader: Session;
let employee: Session;
let viewer: Session;
let project: Project;
let tenantId: string;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });

async function accept(acceptUrl: string, email: string): Promise<Session> {
  const token = acceptUrl.split('/invite/')[1];
  const res = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: PASSWORD } });
  expect(res.status).toBe(200);
  return signIn(api.url, email, PASSWORD);
}

async function tenant(label: string): Promise<{ session: Session; id: string }> {
  const email = `owner.${label}.${run}@showcases.xinzhi.test`;
  const created = await as<CreateTenantResponse>(park, 'POST', '/api/park/tenants', {
    name: `样板 ${label} ${run}`,
    creditCode: '',
    industrySection: 'C',
    industryDivision: '34',
    scale: 'small',
    region: '苏州',
    emerging: false,
    manufacturingType: 'discrete',
    ownerEmail: email,
    ownerName: `${label} 老板`,
  });
  expect(created.status).toBe(201);
  return { session: await accept(created.body.invitation.acceptUrl, email), id: created.body.tenant.id };
}

async function member(of: Session, label: string, role: string, displayName: string): Promise<{ session: Session; userId: string }> {
  const email = `${label}.${run}@showcases.xinzhi.test`;
  const invited = await as<InviteMemberResponse>(of, 'POST', '/api/members', { email, displayName, role });
  expect(invited.status).toBe(201);
  const session = await accept(invited.body.invitation.acceptUrl, email);
  const members = (await as<Page<Member>>(of, 'GET', '/api/members?limit=200')).body.items;
  return { session, userId: members.find((m) => m.email === email)?.userId as string };
}

async function assessed(s: Session, scenes: Array<{ sceneId: string; level: number }>): Promise<Assessment> {
  const frameworks = (await as<AssessmentFrameworkSummary[]>(s, 'GET', '/api/assessment-frameworks')).body;
  const miit = frameworks.find((f) => f.key === 'miit-sme-dl' && f.current) as AssessmentFrameworkSummary;
  const created = await as<Assessment>(s, 'POST', '/api/assessments', { frameworkId: miit.id });
  expect(created.status).toBe(201);
  expect((await as(s, 'PUT', `/api/assessments/${created.body.id}/answers`, { scenes })).status).toBe(200);
  expect((await as(s, 'POST', `/api/assessments/${created.body.id}/submit`)).status).toBe(202);
  return waitFor(
    async () => {
      const a = (await as<Assessment>(s, 'GET', `/api/assessments/${created.body.id}`)).body;
      return a.status === 'scored' ? a : null;
    },
    15_000,
    'the assessment to be scored',
  );
}

const settingsOf = async (s: Session = owner) => (await as<ShowcaseSettings>(s, 'GET', '/api/showcase')).body;
const put = (s: Session, body: unknown) => as<ShowcaseSettings | Problem>(s, 'PUT', '/api/showcase', body);

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  [park, park2, otherPark] = await Promise.all([
    signIn(api.url, 'park.admin@xinzhi.test'),
    signIn(api.url, 'park2.admin@xinzhi.test'),
    signIn(api.url, 'owner@delta.xinzhi.test'),
  ]);
  const shown = await tenant('shown');
  owner = shown.session;
  tenantId = shown.id;
  leader = (await member(owner, 'leader', 'leader', `领导 Leader ${run}`)).session;
  const hidden = await member(owner, 'employee', 'employee', SECRET_PERSON);
  employee = hidden.session;
  const other = await tenant('viewer');
  viewer = (await member(other.session, 'viewer', 'leader', `观摩 Viewer ${run}`)).session;

  project = (
    await as<Project>(owner, 'POST', '/api/projects', {
      name: `智能车间 Smart workshop ${run}`,
      goal: '三年内人均产值提升 30%',
      phase: 'implement',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    })
  ).body;
  const task = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
    title: SECRET_TASK,
    businessArea: 'production',
    technologyType: 'internet_of_things',
    assigneeId: hidden.userId,
  });
  expect(task.status).toBe(201);
  const kpi = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
    name: '人均产值 Output per head',
    unit: SECRET_UNIT,
    direction: 'higher_is_better',
    category: 'efficiency',
    baseline: 100,
    target: 200,
  });
  expect(kpi.status).toBe(201);
  expect((await as(owner, 'POST', `/api/kpis/${kpi.body.id}/readings`, { takenOn: '2026-03-01', value: READING })).status).toBe(201);
  await assessed(owner, [{ sceneId: 'warehousing', level: 2 }]);
});
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

/** What another tenant's leader reads, or the status when it cannot. */
async function seen(id: string, s: Session = viewer): Promise<ShowcasePage | number> {
  const res = await as<ShowcasePage>(s, 'GET', `/api/showcases/${id}`);
  return res.status === 200 ? res.body : res.status;
}

describe('the owner’s consent', () => {
  it('starts with nothing shown; leaders read it, employees may not', async () => {
    expect(await settingsOf()).toEqual({ active: null });
    expect((await as(leader, 'GET', '/api/showcase')).status).toBe(200);
    expect((await as(employee, 'GET', '/api/showcase')).status).toBe(403);
  });

  it('lets only the owner write (403 for a leader and an employee)', async () => {
    for (const s of [leader, employee]) {
      expect((await put(s, { projectId: project.id })).status).toBe(403);
      expect((await as(s, 'DELETE', '/api/showcase')).status).toBe(403);
    }
    expect(await settingsOf()).toEqual({ active: null });
  });

  it('opts a project in with absolute values off by default, and refuses a bad body leaving the consent unchanged', async () => {
    const res = await put(owner, { projectId: project.id });
    expect(res.status).toBe(200);
    const stored = (res.body as ShowcaseSettings).active;
    expect(stored).toMatchObject({ projectId: project.id, projectName: project.name, showAbsolute: false, benchmark: false });

    for (const body of [
      { projectId: 'not-a-uuid' },
      { projectId: project.id, showAbsolute: 'yes' },
      { projectId: project.id, tenantId },
      {},
    ]) {
      const bad = await put(owner, body);
      expect({ body, status: bad.status }).toEqual({ body, status: 400 });
    }
    expect((await put(owner, { projectId: '01a21f4d-0000-7000-8000-000000000001', showAbsolute: true })).status).toBe(404);
    expect(await settingsOf()).toEqual({ active: stored });
  });
});

describe('what others see', () => {
  let id: string;
  beforeAll(async () => {
    id = ((await settingsOf()).active as NonNullable<ShowcaseSettings['active']>).id;
  });

  it('shows the showcase to another tenant’s leader of the same park', async () => {
    const cards = (await as<ShowcaseCard[]>(viewer, 'GET', '/api/showcases')).body;
    expect(cards.find((c) => c.id === id)).toMatchObject({ projectName: project.name, tenantName: `样板 shown ${run}`, own: false });
    const page = await seen(id);
    expect(page).toMatchObject({
      id,
      goal: '三年内人均产值提升 30%',
      phase: 'implement',
      industrySection: 'C',
      showAbsolute: false,
      solutions: [],
      maturityBefore: { level: expect.any(Number) },
      maturityAfter: { level: expect.any(Number) },
    });
    const kpi = (page as ShowcasePage).kpis[0];
    expect(kpi.points).toEqual([{ takenOn: '2026-03-01', attainment: expect.closeTo(0.3725, 6) }]);
  });

  it('leaves absolute KPI values out of the JSON unless the owner ticked them', async () => {
    const before = JSON.stringify(await seen(id));
    for (const absolute of [String(READING), SECRET_UNIT, '"value"', '"unit"', '"baseline"', '"target"'])
      expect(before).not.toContain(absolute);

    expect((await put(owner, { projectId: project.id, showAbsolute: true })).status).toBe(200);
    const after = (await seen(id)) as ShowcasePage;
    expect(after.showAbsolute).toBe(true);
    expect(after.kpis[0]).toMatchObject({ unit: SECRET_UNIT, baseline: 100, target: 200, points: [{ value: READING }] });
  });

  it('never shows a task title or a member’s name (privacy line, by content)', async () => {
    const park1 = await as(park, 'GET', `/api/park/showcases/${id}`);
    expect(park1.status).toBe(200);
    for (const body of [
      JSON.stringify(await seen(id)),
      JSON.stringify((await as(viewer, 'GET', '/api/showcases')).body),
      JSON.stringify(park1.body),
      JSON.stringify((await as(park, 'GET', '/api/park/showcases')).body),
    ]) {
      expect(body).not.toContain(SECRET_TASK);
      expect(body).not.toContain(SECRET_PERSON);
      expect(body).not.toContain('老板');
    }
  });

  it('answers 404 to a tenant and the administrator of another park', async () => {
    expect(await seen(id, otherPark)).toBe(404);
    expect((await as<ShowcaseCard[]>(otherPark, 'GET', '/api/showcases')).body.map((c) => c.id)).not.toContain(id);
    expect((await as(park2, 'GET', `/api/park/showcases/${id}`)).status).toBe(404);
    expect((await as(park2, 'PATCH', `/api/park/showcases/${id}`, { benchmark: true })).status).toBe(404);
    expect((await as<ShowcaseCard[]>(park2, 'GET', '/api/park/showcases')).body.map((c) => c.id)).not.toContain(id);
  });

  it('lets the park administrator mark it as a benchmark, and only them', async () => {
    expect((await as(owner, 'PATCH', `/api/park/showcases/${id}`, { benchmark: true })).status).toBe(403);
    expect((await as(park, 'PATCH', `/api/park/showcases/${id}`, { benchmark: 'yes' })).status).toBe(400);
    const marked = await as<ShowcasePage>(park, 'PATCH', `/api/park/showcases/${id}`, { benchmark: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ benchmark: true, benchmarkAt: expect.any(String) });
    expect((await as<ShowcaseCard[]>(viewer, 'GET', '/api/showcases')).body.find((c) => c.id === id)).toMatchObject({ benchmark: true });
    // The tenant list's flag is derived from the active consent.
    expect((await as<Tenant>(park, 'GET', `/api/park/tenants/${tenantId}`)).body.showcase).toBe(true);
  });

  it('hides it at once when revoked (PUT null or DELETE)', async () => {
    expect((await put(owner, { projectId: null })).status).toBe(200);
    expect(await seen(id)).toBe(404);
    expect((await as(park, 'GET', `/api/park/showcases/${id}`)).status).toBe(404);
    expect((await as<ShowcaseCard[]>(viewer, 'GET', '/api/showcases')).body.map((c) => c.id)).not.toContain(id);
    expect((await as(park, 'PATCH', `/api/park/showcases/${id}`, { benchmark: false })).status).toBe(404);
    expect(await settingsOf()).toEqual({ active: null });

    const again = (await put(owner, { projectId: project.id })).body as ShowcaseSettings;
    const second = again.active?.id as string;
    expect(second).not.toBe(id);
    expect(again.active).toMatchObject({ benchmark: false, showAbsolute: false });
    expect(await seen(second)).toMatchObject({ id: second });
    expect((await as(owner, 'DELETE', '/api/showcase')).status).toBe(204);
    expect(await seen(second)).toBe(404);
    expect((await as<Tenant>(park, 'GET', `/api/park/tenants/${tenantId}`)).body.showcase).toBe(false);
  });
});

/**
 * The peer benchmark, in a park of its own (made by the platform operator) so the cohort sizes are
 * this suite's: five tenants of section C and one of section F, then a sixth of section C. The
 * expected quartiles are worked from the rollup rows (read as the database owner) with the pure
 * `quartiles` function.
 */
describe('peer benchmark', () => {
  let db: Client;
  let parkId: string;
  let admin: Session;
  let me: { owner: Session; leader: Session; employee: Session };

  async function benchmarkTenant(label: string, section: string, percentDone: number): Promise<{ session: Session; id: string }> {
    const email = `owner.bench.${label}.${run}@showcases.xinzhi.test`;
    const created = await as<CreateTenantResponse>(admin, 'POST', '/api/park/tenants', {
      name: `基准 ${label} ${run}`,
      creditCode: '',
      industrySection: section,
      industryDivision: section === 'C' ? '34' : '47',
      scale: 'small',
      region: '苏州',
      emerging: false,
      manufacturingType: section === 'C' ? 'discrete' : 'none',
      ownerEmail: email,
      ownerName: `${label} 老板`,
    });
    expect(created.status).toBe(201);
    const session = await accept(created.body.invitation.acceptUrl, email);
    const p = (
      await as<Project>(session, 'POST', '/api/projects', { name: `基准项目 ${label}`, startDate: '2026-01-01', targetDate: '2026-12-31' })
    ).body;
    const task = await as<Task>(session, 'POST', `/api/projects/${p.id}/tasks`, {
      title: `基准任务 ${label}`,
      businessArea: 'production',
      technologyType: 'big_data',
      status: 'in_progress',
      percentDone,
    });
    expect(task.status).toBe(201);
    return { session, id: created.body.tenant.id };
  }

  /** The computed transformation index of every tenant of the suite's park with one, by tenant and section, once all `expected` have one. */
  async function indices(expected: number): Promise<Array<{ section: string; value: number }>> {
    return waitFor(
      async () => {
        const { rows } = await db.query<{ industry_section: string; transformation_index: number }>(
          `SELECT t.industry_section, s.transformation_index FROM park_tenant_summaries s JOIN tenants t ON t.id = s.tenant_id
            WHERE s.park_id = $1 AND s.computed_at IS NOT NULL AND s.computed_at >= s.changed_at AND s.transformation_index IS NOT NULL`,
          [parkId],
        );
        return rows.length === expected ? rows.map((r) => ({ section: r.industry_section, value: r.transformation_index })) : null;
      },
      60_000,
      `${expected} tenant rollups with an index`,
    );
  }

  const benchmark = async (s: Session = me.leader) => {
    const res = await as<Benchmark>(s, 'GET', '/api/benchmarks');
    expect(res.status).toBe(200);
    return res.body;
  };
  const row = (b: Benchmark, measure: string) => b.rows.find((r) => r.measure === measure) as Benchmark['rows'][number];
  const tooFew: BenchmarkCohort = { enough: false, peers: null, q1: null, median: null, q3: null };
  const shown = (values: number[], peers: number): BenchmarkCohort => {
    const q = quartiles(values) as NonNullable<ReturnType<typeof quartiles>>;
    return { enough: true, peers, q1: expect.closeTo(q.q1, 9), median: expect.closeTo(q.median, 9), q3: expect.closeTo(q.q3, 9) } as never;
  };

  beforeAll(async () => {
    db = new Client({ connectionString: ownerDatabaseUrl() });
    await db.connect();
    const operator = await signIn(api.url, 'operator@xinzhi.test');
    const adminEmail = `admin.${run}@showcases.xinzhi.test`;
    const created = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
      name: `基准园区 Benchmark Park ${run}`,
      region: '苏州',
      adminEmail,
      adminName: '基准园区管理员',
    });
    expect(created.status).toBe(201);
    parkId = created.body.park.id;
    admin = await accept(created.body.invitation.acceptUrl, adminEmail);

    const first = await benchmarkTenant('c1', 'C', 10);
    me = {
      owner: first.session,
      leader: (await member(first.session, 'bench.leader', 'leader', `基准领导 ${run}`)).session,
      employee: (await member(first.session, 'bench.employee', 'employee', `基准员工 ${run}`)).session,
    };
    for (const [label, done] of [
      ['c2', 30],
      ['c3', 50],
      ['c4', 70],
      ['c5', 90],
      ['f1', 40],
    ] as const) {
      await benchmarkTenant(label, label.startsWith('c') ? 'C' : 'F', done);
    }
  });
  afterAll(() => db?.end());

  it('is for owners and leaders only', async () => {
    expect((await as(me.employee, 'GET', '/api/benchmarks')).status).toBe(403);
    expect((await as(me.owner, 'GET', '/api/benchmarks')).status).toBe(200);
    expect((await as(admin, 'GET', '/api/benchmarks')).status).toBe(403);
  });

  it('hides the section with 4 peers and shows the park with 5, quartiles as worked by hand', async () => {
    const values = await indices(6);
    const b = await benchmark();
    expect(b.industrySection).toBe('C');
    const index = row(b, 'transformationIndex');
    expect(index.own).toEqual(expect.any(Number));
    expect(index.section).toEqual(tooFew);
    expect(index.park).toEqual(
      shown(
        values.map((v) => v.value),
        5,
      ),
    );
    // Nobody is assessed: no maturity figures at all, and no counts either.
    expect(row(b, 'maturityPoints')).toEqual({ measure: 'maturityPoints', own: null, section: tooFew, park: tooFew });
    expect(row(b, 'maturityLevel')).toEqual({ measure: 'maturityLevel', own: null, section: tooFew, park: tooFew });
  });

  it('shows the section once it has 5 other tenants', async () => {
    await benchmarkTenant('c6', 'C', 60);
    const values = await indices(7);
    const index = row(await benchmark(), 'transformationIndex');
    expect(index.section).toEqual(
      shown(
        values.filter((v) => v.section === 'C').map((v) => v.value),
        5,
      ),
    );
    expect(index.park).toEqual(
      shown(
        values.map((v) => v.value),
        6,
      ),
    );
  });
});
