import type {
  AssessmentSummary,
  Department,
  Kpi,
  KpiReading,
  Member,
  MyTaskPage,
  Page,
  PainPoint,
  Project,
  ProjectOverview,
  Solution,
  SurveyList,
  Task,
  Tenant,
  TenantSurveyList,
} from '@xinzhi/shared-contracts';
import ExcelJS from 'exceljs';
import { ApiProcess, call, Session, signIn, startApi } from '@xinzhi/testing';

/**
 * Isolation tests generated from the API's own route table (/api/docs-json). Every operation must
 * be classified below; an operation that is not fails the first test, so a new route cannot ship
 * without its isolation case.
 */

type Caller = 'tenantA' | 'tenantB' | 'tenantC' | 'employeeA' | 'parkA' | 'parkB' | 'operator';

interface IdCase {
  /** Who owns the object (its id comes from `foreignId`) and who attacks it. */
  owner: Caller;
  attacker: Caller;
  foreignId: () => Promise<string>;
  /** Valid bodies by method, so the answer is about the id, not the body. */
  bodies?: Partial<Record<'PATCH' | 'POST' | 'PUT', object>>;
  /** A valid query string the route needs besides the id, so the answer is about the id. */
  query?: (id: string) => string;
  /** Where the owner reads the object back, for a path without a GET of its own. */
  readBack?: string;
}

interface ListCase {
  owner: Caller;
  attacker: Caller;
}

let api: ApiProcess;
const sessions = {} as Record<Caller, Session>;

const get = <T>(who: Caller, path: string) => call<T>(api.url, 'GET', path, { token: sessions[who].accessToken });

/** Tenant A is Acme and tenant B is Brightchem, both in the first park; park B is the second park, tenant C (Delta Foods) its tenant. */
const idCases: Record<string, IdCase> = {
  '/api/members/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () =>
      ((await get<Page<Member>>('tenantA', '/api/members')).body.items.find((m) => m.role === 'employee') as Member).id,
    bodies: { PATCH: { jobTitle: 'changed by another tenant' } },
  },
  '/api/members/{id}/invitation': {
    owner: 'tenantA',
    attacker: 'tenantB',
    // A pending invitation of tenant A's, made for this case.
    foreignId: async () =>
      (
        await call<{ invitation: { id: string } }>(api.url, 'POST', '/api/members', {
          token: sessions.tenantA.accessToken,
          body: { email: `isolation.${Date.now().toString(36)}@acme.xinzhi.test`, displayName: 'Pending', role: 'employee' },
        })
      ).body.invitation.id,
    readBack: '/api/members/{id}',
  },
  '/api/departments/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Page<Department>>('tenantA', '/api/departments')).body.items[0].id,
    bodies: { PATCH: { name: 'Renamed by another tenant' } },
  },
  '/api/park/tenants/{id}/summary': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<Page<Tenant>>('parkA', '/api/park/tenants')).body.items[0].id,
  },
  '/api/park/tenants/{id}/owner-invitation': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<Page<Tenant>>('parkA', '/api/park/tenants')).body.items[0].id,
    readBack: '/api/park/tenants/{id}',
  },
  '/api/park/tenants/{id}': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<Page<Tenant>>('parkA', '/api/park/tenants')).body.items[0].id,
    bodies: { PATCH: { region: 'moved by another park' } },
  },
  '/api/projects/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: { PATCH: { name: 'Renamed by another tenant' } },
  },
  '/api/projects/{id}/leadership': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: { PUT: { members: [{ userId: '01a21f4d-0000-7000-8000-000000000001', role: 'chair' }] } },
  },
  '/api/projects/{id}/teams': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: { POST: { name: 'Team planted by another tenant' } },
  },
  '/api/projects/{id}/tasks.xlsx': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    readBack: '/api/projects/{id}/tasks',
  },
  '/api/projects/{id}/kpis.xlsx': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    readBack: '/api/projects/{id}/kpis',
  },
  '/api/projects/{id}/tasks': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: { POST: { title: 'Task planted by another tenant', businessArea: 'hr', technologyType: 'big_data' } },
  },
  '/api/teams/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<ProjectOverview>('tenantA', `/api/projects/${await projectOfA()}`)).body.teams[0].id,
    bodies: { PATCH: { mission: 'changed by another tenant' } },
  },
  '/api/tasks/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => taskOfA(),
    bodies: { PATCH: { title: 'changed by another tenant' } },
  },
  '/api/tasks/{id}/comments': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => taskOfA(),
    bodies: { POST: { body: 'comment by another tenant' } },
  },
  '/api/tasks/{id}/activity': { owner: 'tenantA', attacker: 'tenantB', foreignId: () => taskOfA() },
  '/api/tasks/{id}/mentionable': { owner: 'tenantA', attacker: 'tenantB', foreignId: () => taskOfA() },
  '/api/projects/{id}/kpis': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: {
      POST: {
        name: 'KPI planted by another tenant',
        unit: '%',
        direction: 'higher_is_better',
        category: 'quality',
        baseline: 0,
        target: 1,
      },
    },
  },
  '/api/kpis/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => kpiOfA(),
    bodies: { PATCH: { name: 'Renamed by another tenant' } },
  },
  '/api/projects/{id}/snapshots': { owner: 'tenantA', attacker: 'tenantB', foreignId: () => projectOfA() },
  '/api/kpis/{id}/readings': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => kpiOfA(),
    bodies: { POST: { takenOn: '2026-01-01', value: 1 } },
  },
  '/api/kpis/{id}/reading-events': { owner: 'tenantA', attacker: 'tenantB', foreignId: () => kpiOfA() },
  '/api/kpi-readings/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => readingOfA(),
    bodies: { PATCH: { value: 1 } },
  },
  '/api/incentive-schemes/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Page<{ id: string }>>('tenantA', '/api/incentive-schemes')).body.items[0].id,
    bodies: { PATCH: { description: 'changed by another tenant' } },
  },
  '/api/incentive-awards/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Page<{ id: string }>>('tenantA', '/api/incentive-awards')).body.items[0].id,
    bodies: { PATCH: { action: 'reject', reason: 'rejected by another tenant' } },
  },
  '/api/training-records/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Page<{ id: string }>>('tenantA', '/api/training-records')).body.items[0].id,
    bodies: { PATCH: { note: 'changed by another tenant' } },
  },
  '/api/assessments/{id}': { owner: 'tenantA', attacker: 'tenantB', foreignId: () => assessmentOfA() },
  '/api/assessments/{id}/answers': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => assessmentOfA(),
    bodies: { PUT: { scenes: [{ sceneId: 'quality', level: 4 }] } },
    readBack: '/api/assessments/{id}',
  },
  '/api/assessments/{id}/assignments': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => assessmentOfA(),
    bodies: { PUT: { assignments: [{ stepId: 'production', userId: null }] } },
    readBack: '/api/assessments/{id}',
  },
  '/api/assessments/{id}/submit': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => assessmentOfA(),
    readBack: '/api/assessments/{id}',
  },
  '/api/assessments/{id}/comparison': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => assessmentOfA(),
    // Compared with itself: the owner's read works, the attacker's id is still another tenant's.
    query: (id) => `?with=${id}`,
  },
  '/api/projects/{id}/adoptions': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: () => projectOfA(),
    bodies: { POST: { solutionId: '01a21f4d-0000-7000-8000-000000000001', startDate: '2026-01-01' } },
  },
  '/api/adoptions/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Array<{ id: string }>>('tenantA', `/api/projects/${await projectOfA()}/adoptions`)).body[0].id,
    query: () => '?tasks=keep',
    readBack: '/api/adoptions/{id}',
  },
  '/api/park/solutions/{id}/outcomes': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<Page<{ id: string }>>('parkA', '/api/park/solutions?status=published')).body.items[0].id,
  },
  '/api/pain-points/{id}': {
    owner: 'tenantA',
    attacker: 'tenantB',
    foreignId: async () => (await get<Page<PainPoint>>('tenantA', '/api/pain-points')).body.items[0].id,
    bodies: { PATCH: { title: 'changed by another tenant' } },
  },
  '/api/park/solutions/{id}': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<Page<Solution>>('parkA', '/api/park/solutions')).body.items[0].id,
    bodies: { PATCH: { summary: 'changed by another park' } },
  },
  '/api/solutions/{id}': {
    owner: 'tenantA',
    attacker: 'tenantC',
    foreignId: async () => (await get<Page<Solution>>('tenantA', '/api/solutions')).body.items[0].id,
  },
  '/api/park/surveys/{id}': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<SurveyList>('parkA', '/api/park/surveys')).body.items[0].id,
    bodies: { PATCH: { status: 'closed' } },
  },
  '/api/park/surveys/{id}/results': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: async () => (await get<SurveyList>('parkA', '/api/park/surveys')).body.items[0].id,
  },
  '/api/surveys/{id}': {
    owner: 'tenantA',
    attacker: 'tenantC',
    foreignId: async () => (await get<TenantSurveyList>('tenantA', '/api/surveys')).body.items[0].id,
  },
  '/api/surveys/{id}/response': {
    owner: 'tenantA',
    attacker: 'tenantC',
    foreignId: async () => (await get<TenantSurveyList>('tenantA', '/api/surveys')).body.items[0].id,
    bodies: { PUT: { answers: {} } },
    readBack: '/api/surveys/{id}',
  },
  '/api/showcases/{id}': { owner: 'tenantA', attacker: 'tenantC', foreignId: () => showcaseOfA() },
  '/api/park/showcases/{id}': {
    owner: 'parkA',
    attacker: 'parkB',
    foreignId: () => showcaseOfA(),
    bodies: { PATCH: { benchmark: true } },
  },
};

/** Acme's active showcase: Acme's owner shows its first project (the demo shows none). */
async function showcaseOfA(): Promise<string> {
  const res = await call<{ active: { id: string } | null }>(api.url, 'PUT', '/api/showcase', {
    token: sessions.tenantA.accessToken,
    body: { projectId: await projectOfA() },
  });
  return (res.body.active as { id: string }).id;
}

/** Acme's newest assessment (the demo's scored one). */
async function assessmentOfA(): Promise<string> {
  return (await get<Page<AssessmentSummary>>('tenantA', '/api/assessments?limit=1')).body.items[0].id;
}

async function kpiOfA(): Promise<string> {
  return (await get<Kpi[]>('tenantA', `/api/projects/${await projectOfA()}/kpis`)).body[0].id;
}

/** A reading of Acme's first KPI (the demo KPIs have readings). */
async function readingOfA(): Promise<string> {
  return (await get<KpiReading[]>('tenantA', `/api/kpis/${await kpiOfA()}/readings`)).body[0].id;
}

async function projectOfA(): Promise<string> {
  return (await get<Page<Project>>('tenantA', '/api/projects')).body.items[0].id;
}

async function taskOfA(): Promise<string> {
  return (await get<Page<Task>>('tenantA', `/api/projects/${await projectOfA()}/tasks?limit=1`)).body.items[0].id;
}

/** Lists of tenant or park data: the attacker sees rows, but none of the owner's. */
const listCases: Record<string, ListCase> = {
  '/api/members': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/departments': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/audit-events': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/park/tenants': { owner: 'parkA', attacker: 'parkB' },
  '/api/projects': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/incentive-schemes': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/incentive-awards': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/training-records': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/assessments': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/pain-points': { owner: 'tenantA', attacker: 'tenantB' },
  '/api/park/pain-points': { owner: 'parkA', attacker: 'parkB' },
  '/api/park/solutions': { owner: 'parkA', attacker: 'parkB' },
  '/api/solutions': { owner: 'tenantA', attacker: 'tenantC' },
  '/api/park/surveys': { owner: 'parkA', attacker: 'parkB' },
  '/api/surveys': { owner: 'tenantA', attacker: 'tenantC' },
};

/** Operations that hold no tenant or park data, or act only on the caller's own identity. */
const notTenantData: Record<string, string> = {
  'GET /api/health': 'public status',
  'POST /api/diagnostics/probes': 'platform operators only (checked below)',
  'GET /api/diagnostics/probes/{id}': 'platform operators only (checked below)',
  'POST /api/auth/login': 'no context yet',
  'POST /api/auth/refresh': 'the cookie names its own user',
  'POST /api/auth/logout': 'the cookie names its own user',
  'POST /api/auth/logout-everywhere': "ends the caller's own sessions only (sessions-archive suite)",
  'POST /api/auth/switch': 'membership is checked (auth suite)',
  'GET /api/me': "the caller's own account",
  'PATCH /api/me': "the caller's own account",
  'POST /api/me/password': "the caller's own account",
  'GET /api/invitations/{token}': 'the secret token is the authority',
  'POST /api/invitations/accept': 'the secret token is the authority',
  'POST /api/members': 'creates in the caller’s tenant (role checks below)',
  'POST /api/departments': 'creates in the caller’s tenant (role checks below)',
  'POST /api/park/tenants': 'creates in the caller’s park',
  'GET /api/platform/parks': 'platform operators only (checked below)',
  'POST /api/platform/parks': 'platform operators only (checked below)',
  'POST /api/projects': 'creates in the caller’s tenant (role checks in the projects suite)',
  'GET /api/me/tasks': 'tasks assigned to the caller, in the caller’s tenant',
  'GET /api/events': 'a stream of the caller’s tenant only (events suite)',
  'POST /api/incentive-schemes': 'creates in the caller’s tenant (role checks below and in the incentives suite)',
  'POST /api/training-records': 'creates in the caller’s tenant, for a member of it (incentives suite)',
  'GET /api/me/awards': 'the caller’s own awards in the caller’s tenant',
  'GET /api/me/training-records': 'the caller’s own training records in the caller’s tenant',
  'GET /api/incentives/leaderboard': 'members of the caller’s tenant only (incentives suite checks every entry is a member)',
  'GET /api/training-records/skills-matrix': 'members of the caller’s tenant only (incentives suite checks every row is a member)',
  'GET /api/notifications': 'the caller’s own notices in the caller’s tenant (trends suite: another person’s or tenant’s are not listed)',
  'POST /api/notifications/read-all': 'marks only the caller’s own notices (trends suite)',
  'POST /api/notifications/{id}/read': 'another person’s or tenant’s notice id → 404 (trends suite)',
  'GET /api/notification-preferences':
    'the caller’s own preferences in the caller’s tenant (notifications suite: another member’s are not read)',
  'PUT /api/notification-preferences': 'changes only the caller’s own preferences in the caller’s tenant (row policy; notifications suite)',
  'GET /api/platform/queues': 'platform operators only (trends suite)',
  'POST /api/platform/queues/{queue}/jobs/{id}/retry': 'platform operators only (trends suite)',
  'GET /api/assessment-frameworks': 'platform reference data, the same for every context (nothing of a tenant or park)',
  'GET /api/assessment-frameworks/{id}': 'platform reference data, the same for every context (nothing of a tenant or park)',
  'POST /api/assessments': 'creates in the caller’s tenant (role checks below and in the assessment suite)',
  'GET /api/solutions/recommended': 'the caller’s park’s published solutions ranked by the caller’s own pain points (checked below)',
  'GET /api/park/demand': 'open pain points of the caller park’s tenants only (checked below)',
  'POST /api/pain-points': 'creates in the caller’s tenant (role rules in the pain-points suite)',
  'POST /api/park/tenants/{id}/pain-points': 'another park’s tenant → 404, nothing stored (checked below and in the pain-points suite)',
  'POST /api/park/solutions': 'creates in the caller’s park (solutions-catalog suite)',
  'GET /api/park/dashboard':
    'the caller park’s rollups only (needs the worker: the park-dashboard suite checks park 2 sees none of a park-1 tenant)',
  'GET /api/park/tenant-summaries':
    'the caller park’s rollups only (needs the worker: the park-dashboard suite checks park 2 finds no park-1 tenant)',
  'GET /api/park/analysis': 'the caller park’s tenants only, exactly (checked below and in the park-analysis suite)',
  'GET /api/park/pain-point-matrix':
    'rollups of the caller park’s tenants and its own catalog only (checked below and in the park-analysis suite)',
  'GET /api/park/reports/park.xlsx': 'the caller park’s tenants only, exactly (checked below and in the park-analysis suite)',
  'GET /api/audit-events/export': 'the caller tenant’s log only, owners only (checked below and in the audit-log suite)',
  'GET /api/incentive-awards.xlsx': 'the caller tenant’s awards only, owners and leaders only (checked below and in the exports suite)',
  'GET /api/training-records.xlsx': 'the caller tenant’s records only; an employee only their own (exports suite)',
  'GET /api/members.xlsx': 'the caller tenant’s members only (checked below and in the exports suite)',
  'GET /api/park/tenants.xlsx': 'the caller park’s tenants only, park administrators only (checked below and in the exports suite)',
  'POST /api/park/surveys': 'creates in the caller’s park (surveys suite)',
  'GET /api/showcase': 'the caller’s own tenant’s consent (role checks below and in the showcases suite)',
  'PUT /api/showcase': 'writes the caller’s own tenant’s consent (role checks below and in the showcases suite)',
  'DELETE /api/showcase': 'revokes the caller’s own tenant’s consent (role checks below and in the showcases suite)',
  'GET /api/showcases': 'active showcases of the caller’s own park only (checked below and in the showcases suite)',
  'GET /api/park/showcases': 'active showcases of the caller park’s tenants only (checked below and in the showcases suite)',
  'GET /api/benchmarks': 'aggregates of the caller’s own park only, never another tenant’s row (showcases suite)',
  'POST /api/imports': 'another tenant’s project id → 404, employees → 403 (roles checked below; other tenants in the imports suite)',
  'GET /api/imports/{id}': 'another tenant’s import id → 404 (roles checked below; other tenants in the imports suite)',
  'POST /api/imports/{id}/apply': 'another tenant’s import id → 404 (roles checked below; other tenants in the imports suite)',
  'GET /api/imports/{id}/errors.xlsx': 'another tenant’s import id → 404 (roles checked below; other tenants in the imports suite)',
  'GET /api/templates/tasks.xlsx': 'a blank template: no tenant data',
};

beforeAll(async () => {
  api = await startApi();
  const entries: Array<[Caller, string]> = [
    ['tenantA', 'owner@acme.xinzhi.test'],
    ['tenantB', 'owner@brightchem.xinzhi.test'],
    ['tenantC', 'owner@delta.xinzhi.test'],
    ['employeeA', 'employee@acme.xinzhi.test'],
    ['parkA', 'park.admin@xinzhi.test'],
    ['parkB', 'park2.admin@xinzhi.test'],
    ['operator', 'operator@xinzhi.test'],
  ];
  for (const [who, email] of entries) sessions[who] = await signIn(api.url, email);
});
afterAll(() => api?.stop());

describe('isolation generated from the route table', () => {
  let operations: string[];

  beforeAll(async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>(api.url, 'GET', '/api/docs-json')).body;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
  });

  it('has an isolation case for every operation', () => {
    const covered = (op: string) => {
      const [method, path] = op.split(' ');
      return op in notTenantData || path in idCases || (path in listCases && method === 'GET');
    };
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((op) => !covered(op))).toEqual([]);
  });

  it.each(Object.entries(idCases))("answers 404 to another tenant's or park's id: %s", async (path, spec) => {
    const id = await spec.foreignId();
    const url = path.replace('{id}', id) + (spec.query?.(id) ?? '');
    const methods = operations.filter((op) => op.endsWith(` ${path}`)).map((op) => op.split(' ')[0]);
    if (!spec.readBack) expect(methods).toContain('GET');
    // DELETE last, so the other methods are tried while the object is certainly there.
    for (const method of methods.sort((a, b) => Number(a === 'DELETE') - Number(b === 'DELETE'))) {
      const body = spec.bodies?.[method as 'PATCH' | 'POST' | 'PUT'];
      const res = await call(api.url, method, url, { token: sessions[spec.attacker].accessToken, body });
      expect({ method, status: res.status }).toEqual({ method, status: 404 });
    }
    // Nothing of the owner's was changed or lost, and the owner still reads it.
    const owned = await get<Record<string, unknown>>(spec.owner, spec.readBack ? spec.readBack.replace('{id}', id) : url);
    expect(owned.status).toBe(200);
    expect(JSON.stringify(owned.body)).not.toContain('by another');
  });

  it.each(Object.entries(listCases))("never lists another tenant's or park's rows: %s", async (path, spec) => {
    const mine = await get<Page<{ id: string }>>(spec.owner, path);
    const theirs = await get<Page<{ id: string }>>(spec.attacker, path);
    expect(mine.status).toBe(200);
    expect(theirs.status).toBe(200);
    // Both sides see rows (so a broken context that shows nothing cannot pass), and none in common.
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(theirs.body.items.length).toBeGreaterThan(0);
    const mineIds = new Set(mine.body.items.map((i) => i.id));
    expect(theirs.body.items.filter((i) => mineIds.has(i.id))).toEqual([]);
  });
});

describe('routes that only create', () => {
  it("lets no park record a pain point for another park's tenant", async () => {
    const tenantOfA = (await get<Page<Tenant>>('parkA', '/api/park/tenants')).body.items[0].id;
    const before = (await get<Page<PainPoint>>('parkA', `/api/park/pain-points?tenantId=${tenantOfA}&limit=100`)).body.items.length;
    const res = await call(api.url, 'POST', `/api/park/tenants/${tenantOfA}/pain-points`, {
      token: sessions.parkB.accessToken,
      body: { title: 'planted by another park', businessArea: 'hr', severity: 1 },
    });
    expect(res.status).toBe(404);
    const after = (await get<Page<PainPoint>>('parkA', `/api/park/pain-points?tenantId=${tenantOfA}&limit=100`)).body.items;
    expect(after.length).toBe(before);
    expect(JSON.stringify(after)).not.toContain('by another park');
  });
});

describe("the caller's own lists", () => {
  it("shows nobody another tenant's tasks through My tasks' project filter", async () => {
    const projectId = await projectOfA();
    const own = await get<MyTaskPage>('employeeA', `/api/me/tasks?projectId=${projectId}&limit=500`);
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    const foreign = await get<MyTaskPage>('tenantB', `/api/me/tasks?projectId=${projectId}&status=todo,in_progress,blocked,done,cancelled`);
    expect(foreign.status).toBe(200);
    expect(foreign.body).toEqual({ items: [], nextCursor: null, open: 0, overdue: 0 });
  });
});

describe('roles (deny by default)', () => {
  // Every row has four entries: jest would take a missing fourth argument for a `done` callback.
  const forbidden: Array<[Caller, string, string, object | null]> = [
    ['employeeA', 'POST', '/api/members', { email: 'x@acme.xinzhi.test', displayName: 'X', role: 'employee' }],
    ['employeeA', 'GET', '/api/members', null],
    ['employeeA', 'POST', '/api/departments', { name: 'Shadow IT' }],
    ['employeeA', 'GET', '/api/audit-events', null],
    ['employeeA', 'GET', '/api/audit-events/export', null],
    ['employeeA', 'GET', '/api/incentive-awards.xlsx', null],
    ['employeeA', 'GET', '/api/members.xlsx', null],
    ['tenantA', 'GET', '/api/park/tenants.xlsx', null],
    ['parkA', 'GET', '/api/members.xlsx', null],
    ['parkA', 'GET', '/api/training-records.xlsx', null],
    ['employeeA', 'POST', '/api/members/01a21f4d-0000-7000-8000-000000000001/invitation', null],
    ['tenantA', 'POST', '/api/park/tenants/01a21f4d-0000-7000-8000-000000000001/owner-invitation', null],
    ['tenantA', 'GET', '/api/park/tenants', null],
    ['tenantA', 'GET', '/api/platform/parks', null],
    ['parkA', 'GET', '/api/members', null],
    ['parkA', 'GET', '/api/platform/parks', null],
    ['parkA', 'POST', '/api/diagnostics/probes', null],
    ['operator', 'GET', '/api/park/tenants', null],
    ['employeeA', 'GET', '/api/incentive-awards', null],
    ['employeeA', 'PATCH', '/api/incentive-awards/01a21f4d-0000-7000-8000-000000000001', { action: 'approve' }],
    ['employeeA', 'POST', '/api/incentive-schemes', { name: 'Self-service bonus', kind: 'bonus', trigger: 'task_done', amount: 1000 }],
    ['employeeA', 'GET', '/api/training-records/skills-matrix', null],
    ['parkA', 'GET', '/api/incentive-schemes', null],
    ['parkA', 'GET', '/api/incentive-awards', null],
    ['parkA', 'GET', '/api/me/awards', null],
    ['parkA', 'GET', '/api/training-records', null],
    ['parkA', 'GET', '/api/incentives/leaderboard', null],
    ['tenantA', 'GET', '/api/platform/queues', null],
    ['parkA', 'GET', '/api/platform/queues', null],
    ['parkA', 'GET', '/api/notifications', null],
    ['parkA', 'GET', '/api/notification-preferences', null],
    ['parkA', 'PUT', '/api/notification-preferences', { items: [{ kind: 'mentioned', inApp: false, email: false }] }],
    ['employeeA', 'GET', '/api/projects/01a21f4d-0000-7000-8000-000000000001/adoptions', null],
    [
      'employeeA',
      'POST',
      '/api/projects/01a21f4d-0000-7000-8000-000000000001/adoptions',
      { solutionId: '01a21f4d-0000-7000-8000-000000000001', startDate: '2026-01-01' },
    ],
    ['employeeA', 'DELETE', '/api/adoptions/01a21f4d-0000-7000-8000-000000000001?tasks=keep', null],
    ['parkA', 'GET', '/api/solutions/recommended', null],
    ['parkA', 'POST', '/api/projects/01a21f4d-0000-7000-8000-000000000001/adoptions', null],
    ['tenantA', 'GET', '/api/park/demand', null],
    ['tenantA', 'GET', '/api/park/dashboard', null],
    ['tenantA', 'GET', '/api/park/tenant-summaries', null],
    ['employeeA', 'GET', '/api/park/tenants/01a21f4d-0000-7000-8000-000000000001/summary', null],
    ['operator', 'GET', '/api/park/dashboard', null],
    ['tenantA', 'GET', '/api/park/solutions/01a21f4d-0000-7000-8000-000000000001/outcomes', null],
    ['parkA', 'GET', '/api/assessments', null],
    ['parkA', 'POST', '/api/assessments', { frameworkId: '01a21f4d-0000-7000-8000-000000000001' }],
    ['parkA', 'GET', '/api/assessments/01a21f4d-0000-7000-8000-000000000001', null],
    ['employeeA', 'POST', '/api/assessments', { frameworkId: '01a21f4d-0000-7000-8000-000000000001' }],
    ['employeeA', 'POST', '/api/assessments/01a21f4d-0000-7000-8000-000000000001/submit', null],
    ['employeeA', 'DELETE', '/api/assessments/01a21f4d-0000-7000-8000-000000000001', null],
    [
      'employeeA',
      'PUT',
      '/api/assessments/01a21f4d-0000-7000-8000-000000000001/assignments',
      { assignments: [{ stepId: 'production', userId: null }] },
    ],
    ['parkA', 'GET', '/api/pain-points', null],
    ['parkA', 'GET', '/api/solutions', null],
    ['tenantA', 'GET', '/api/park/pain-points', null],
    ['tenantA', 'GET', '/api/park/solutions', null],
    ['employeeA', 'POST', '/api/park/solutions', { name: 'x' }],
    ['tenantA', 'GET', '/api/park/analysis?rows=industry&cols=scale&measure=tenantCount', null],
    ['operator', 'GET', '/api/park/analysis?rows=industry&cols=scale&measure=tenantCount', null],
    ['tenantA', 'GET', '/api/park/pain-point-matrix', null],
    ['employeeA', 'GET', '/api/park/reports/park.xlsx', null],
    ['employeeA', 'GET', '/api/surveys', null],
    ['employeeA', 'GET', '/api/surveys/01a21f4d-0000-7000-8000-000000000001', null],
    ['employeeA', 'PUT', '/api/surveys/01a21f4d-0000-7000-8000-000000000001/response', { answers: {} }],
    ['parkA', 'GET', '/api/surveys', null],
    ['parkA', 'PUT', '/api/surveys/01a21f4d-0000-7000-8000-000000000001/response', { answers: {} }],
    ['tenantA', 'GET', '/api/park/surveys', null],
    ['tenantA', 'POST', '/api/park/surveys', { title: 'x', deadline: '2030-01-01', questions: [] }],
    ['tenantA', 'GET', '/api/park/surveys/01a21f4d-0000-7000-8000-000000000001/results', null],
    ['employeeA', 'GET', '/api/showcase', null],
    ['employeeA', 'PUT', '/api/showcase', { projectId: null }],
    ['employeeA', 'DELETE', '/api/showcase', null],
    ['parkA', 'GET', '/api/showcases', null],
    ['parkA', 'GET', '/api/showcase', null],
    ['tenantA', 'GET', '/api/park/showcases', null],
    ['tenantA', 'PATCH', '/api/park/showcases/01a21f4d-0000-7000-8000-000000000001', { benchmark: true }],
    ['employeeA', 'GET', '/api/benchmarks', null],
    ['parkA', 'GET', '/api/benchmarks', null],
    ['employeeA', 'POST', '/api/imports', null],
    ['parkA', 'POST', '/api/imports', null],
    ['employeeA', 'GET', '/api/imports/01a21f4d-0000-7000-8000-000000000001', null],
    ['employeeA', 'POST', '/api/imports/01a21f4d-0000-7000-8000-000000000001/apply', {}],
    ['employeeA', 'GET', '/api/imports/01a21f4d-0000-7000-8000-000000000001/errors.xlsx', null],
    ['parkA', 'GET', '/api/templates/tasks.xlsx', null],
  ];

  it.each(forbidden)('%s may not %s %s (403)', async (who, method, path, body) => {
    const res = await call(api.url, method, path, { token: sessions[who].accessToken, body: body ?? undefined });
    expect(res.status).toBe(403);
  });

  it('lets an employee read departments but change nothing there', async () => {
    const list = await get<Page<Department>>('employeeA', '/api/departments');
    expect(list.status).toBe(200);
    const res = await call(api.url, 'PATCH', `/api/departments/${list.body.items[0].id}`, {
      token: sessions.employeeA.accessToken,
      body: { name: 'x' },
    });
    expect(res.status).toBe(403);
  });
});

describe('solutions: recommendations and unmet demand', () => {
  type Reasons = Array<{ solution: { id: string; parkId: string }; reasons: Array<{ kind: string; painPointId?: string }> }>;
  const painPointIds = (r: Reasons) => r.flatMap((x) => x.reasons.flatMap((reason) => (reason.painPointId ? [reason.painPointId] : [])));

  it('ranks only the caller park’s solutions and names only the caller’s own pain points', async () => {
    const ownA = new Set((await get<Page<{ id: string }>>('tenantA', '/api/pain-points?limit=100')).body.items.map((p) => p.id));
    const a = (await get<Reasons>('tenantA', '/api/solutions/recommended')).body;
    const b = (await get<Reasons>('tenantB', '/api/solutions/recommended')).body;
    expect(a.length).toBeGreaterThan(0);
    expect(painPointIds(a).length).toBeGreaterThan(0);
    expect(painPointIds(a).every((id) => ownA.has(id))).toBe(true);
    expect(painPointIds(b).filter((id) => ownA.has(id))).toEqual([]);
    // A tenant of the second park is offered none of the first park's solutions.
    const other = await signIn(api.url, 'owner@delta.xinzhi.test');
    const c = (await call<Reasons>(api.url, 'GET', '/api/solutions/recommended', { token: other.accessToken })).body;
    const parkOfA = new Set(a.map((x) => x.solution.parkId));
    expect(c.length).toBeGreaterThan(0);
    expect(c.filter((x) => parkOfA.has(x.solution.parkId))).toEqual([]);
  });

  it('lists as unmet demand only pain points of the caller park’s tenants', async () => {
    for (const [park, other] of [
      ['parkA', 'parkB'],
      ['parkB', 'parkA'],
    ] as const) {
      const tenants = new Set((await get<Page<Tenant>>(park, '/api/park/tenants?limit=100')).body.items.map((t) => t.id));
      const mine = (await get<{ painPoints: Array<{ id: string; tenantId: string }> }>(park, '/api/park/demand')).body.painPoints;
      const theirs = new Set(
        (await get<{ painPoints: Array<{ id: string }> }>(other, '/api/park/demand')).body.painPoints.map((p) => p.id),
      );
      expect(mine.filter((p) => !tenants.has(p.tenantId) || theirs.has(p.id))).toEqual([]);
    }
  });
});

describe('the park’s analysis, matrix and workbook', () => {
  it('cover exactly the caller park’s tenants, none of the other park’s', async () => {
    for (const [park, other] of [
      ['parkA', 'parkB'],
      ['parkB', 'parkA'],
    ] as const) {
      const tenants = (await get<Page<Tenant>>(park, '/api/park/tenants?limit=100')).body.items;
      const otherIds = new Set((await get<Page<Tenant>>(other, '/api/park/tenants?limit=100')).body.items.map((t) => t.id));
      const analysis = await get<{ cells: Array<{ tenants: Array<{ id: string }> }> }>(
        park,
        '/api/park/analysis?rows=region&cols=industry&measure=tenantCount',
      );
      expect(analysis.status).toBe(200);
      const listed = analysis.body.cells.flatMap((c) => c.tenants.map((t) => t.id));
      expect(listed.sort()).toEqual(tenants.map((t) => t.id).sort());
      expect(listed.filter((id) => otherIds.has(id))).toEqual([]);

      const sections = new Set(tenants.map((t) => t.industrySection));
      const matrix = await get<{ industrySections: string[] }>(park, '/api/park/pain-point-matrix');
      expect(matrix.status).toBe(200);
      expect(matrix.body.industrySections.filter((s) => !sections.has(s))).toEqual([]);

      const res = await fetch(`${api.url}/api/park/reports/park.xlsx`, {
        headers: { authorization: `Bearer ${sessions[park].accessToken}`, 'accept-language': 'en-US' },
      });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const names: string[] = [];
      book.getWorksheet('Tenants')?.eachRow((row, i) => i > 1 && names.push(String(row.getCell(1).value)));
      expect(names.sort()).toEqual(tenants.map((t) => t.name).sort());
    }
  });
});

describe('Excel exports of lists', () => {
  /** The key column (first) of a workbook's first sheet. */
  async function keys(who: Caller, path: string): Promise<string[]> {
    const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${sessions[who].accessToken}` } });
    expect({ who, path, status: res.status }).toEqual({ who, path, status: 200 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const ids: string[] = [];
    book.worksheets[0].eachRow((row, i) => i > 1 && ids.push(String(row.getCell(1).value)));
    return ids;
  }

  it.each([
    ['tenantA', 'tenantB', '/api/members.xlsx'],
    ['tenantA', 'tenantB', '/api/incentive-awards.xlsx'],
    ['tenantA', 'tenantB', '/api/training-records.xlsx'],
    ['parkA', 'parkB', '/api/park/tenants.xlsx'],
  ] as const)('%s and %s share no row of %s', async (a, b, path) => {
    const mine = await keys(a, path);
    const theirs = new Set(await keys(b, path));
    expect(mine.filter((id) => theirs.has(id))).toEqual([]);
  });

  it('exports exactly the rows the caller’s own lists show', async () => {
    const members = (await get<Page<{ id: string }>>('tenantA', '/api/members?limit=100')).body.items.map((x) => x.id);
    expect((await keys('tenantA', '/api/members.xlsx')).sort()).toEqual(members.sort());
    const tenants = (await get<Page<Tenant>>('parkA', '/api/park/tenants?limit=100')).body.items.map((t) => t.id);
    expect((await keys('parkA', '/api/park/tenants.xlsx')).sort()).toEqual(tenants.sort());
  });
});

describe('showcases: a park’s gallery', () => {
  it('lists a showcase to its own park’s tenants and administrator, never to another park', async () => {
    const id = await showcaseOfA();
    const ids = async (who: Caller, path: string) => (await get<Array<{ id: string }>>(who, path)).body.map((c) => c.id);
    expect(await ids('tenantB', '/api/showcases')).toContain(id);
    expect(await ids('parkA', '/api/park/showcases')).toContain(id);
    expect(await ids('tenantC', '/api/showcases')).not.toContain(id);
    expect(await ids('parkB', '/api/park/showcases')).not.toContain(id);
  });
});
