import ExcelJS from 'exceljs';
import type {
  Analysis,
  CreateParkResponse,
  CreateTenantResponse,
  PainPoint,
  PainPointMatrix,
  Page,
  Problem,
  Solution,
  Survey,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, DEMO_PASSWORD, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/**
 * The park's cross-analysis, pain-point matrix and workbook, in a park of the test's own (made by the
 * platform operator) with five enterprises of a known classification: the pivot's cells and the
 * matrix's counts equal what is worked out by hand below, once the worker has rolled them up.
 */
const run = Date.now().toString(36);

let api: ApiProcess;
let worker: RunningProcess;
let parkAdmin: Session;
let otherPark: Session;
const ids: Record<string, string> = {};
const names: Record<string, string> = {};
let surveyTitle = '';

const as = <T>(s: Session, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  call<T>(api.url, method, path, { token: s.accessToken, body, headers });

async function accept(acceptUrl: string, email: string): Promise<Session> {
  const token = acceptUrl.split('/invite/')[1];
  const res = await call(api.url, 'POST', '/api/invitations/accept', { body: { token, password: DEMO_PASSWORD } });
  expect(res.status).toBe(200);
  return signIn(api.url, email);
}

type Classification = {
  industrySection: string;
  industryDivision: string;
  scale: string;
  region: string;
  emerging: boolean;
  manufacturingType: string;
};

/** An enterprise of the test park with its owner signed in. */
async function tenant(key: string, c: Classification): Promise<Session> {
  const email = `${key.toLowerCase()}.${run}@analysis.xinzhi.test`;
  names[key] = `分析 ${key} Analysis ${run}`;
  const created = await as<CreateTenantResponse>(parkAdmin, 'POST', '/api/park/tenants', {
    name: names[key],
    creditCode: '',
    ...c,
    ownerEmail: email,
    ownerName: `${key} 老板`,
  });
  expect(created.status).toBe(201);
  ids[key] = created.body.tenant.id;
  return accept(created.body.invitation.acceptUrl, email);
}

async function painPoint(s: Session, businessArea: string, severity: number): Promise<void> {
  const res = await as<PainPoint>(s, 'POST', '/api/pain-points', { title: `痛点 ${businessArea} ${severity}`, businessArea, severity });
  expect(res.status).toBe(201);
  expect(res.body.status).toBe('open');
}

const analysis = (s: Session, q: string) => as<Analysis>(s, 'GET', `/api/park/analysis?${q}`);
const cellsOf = (a: Analysis) => Object.fromEntries(a.cells.map((c) => [`${c.row}|${c.col}`, c.value]));

async function workbook(s: Session, locale: string): Promise<{ res: Response; book: ExcelJS.Workbook }> {
  const res = await fetch(`${api.url}/api/park/reports/park.xlsx`, {
    headers: { authorization: `Bearer ${s.accessToken}`, 'accept-language': locale },
  });
  const book = new ExcelJS.Workbook();
  if (res.status === 200) await book.xlsx.load(await res.clone().arrayBuffer());
  return { res, book };
}

const firstColumn = (sheet: ExcelJS.Worksheet | undefined): string[] => {
  const out: string[] = [];
  sheet?.eachRow((row, i) => i > 1 && out.push(String(row.getCell(1).value)));
  return out;
};

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  const operator = await signIn(api.url, 'operator@xinzhi.test');
  const adminEmail = `admin.${run}@analysis.xinzhi.test`;
  const park = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
    name: `分析园区 Analysis Park ${run}`,
    region: '苏州',
    adminEmail,
    adminName: '分析园区管理员',
  });
  expect(park.status).toBe(201);
  parkAdmin = await accept(park.body.invitation.acceptUrl, adminEmail);
  otherPark = await signIn(api.url, 'park2.admin@xinzhi.test');

  // Five enterprises: industry × scale × region × emerging × manufacturing type, as in the table of the tests below.
  const a = await tenant('A', {
    industrySection: 'C',
    industryDivision: '34',
    scale: 'small',
    region: '苏州',
    emerging: false,
    manufacturingType: 'discrete',
  });
  const b = await tenant('B', {
    industrySection: 'C',
    industryDivision: '26',
    scale: 'small',
    region: '无锡',
    emerging: true,
    manufacturingType: 'process',
  });
  await tenant('C', {
    industrySection: 'C',
    industryDivision: '34',
    scale: 'medium',
    region: '苏州',
    emerging: false,
    manufacturingType: 'discrete',
  });
  const d = await tenant('D', {
    industrySection: 'I',
    industryDivision: '65',
    scale: 'micro',
    region: '苏州',
    emerging: true,
    manufacturingType: 'none',
  });
  await tenant('E', {
    industrySection: 'I',
    industryDivision: '64',
    scale: 'small',
    region: '无锡',
    emerging: true,
    manufacturingType: 'none',
  });

  // Open pain points: A production 4 and 2; B finance 3; D sales and marketing 5.
  await painPoint(a, 'production', 4);
  await painPoint(a, 'production', 2);
  await painPoint(b, 'finance', 3);
  await painPoint(d, 'sales_marketing', 5);

  // The catalog: a published solution for production, only a draft for finance.
  const solution = (name: string, area: string, status: string) =>
    as<Solution>(parkAdmin, 'POST', '/api/park/solutions', {
      name: `${name} ${run}`,
      providerName: '服务商 Provider',
      technologyTypes: ['cloud_computing'],
      businessAreas: [area],
      scenes: [],
      industries: [],
      scales: [],
      priceBand: { min: 1000, max: 2000 },
      deployWeeks: 2,
      delivery: 'saas',
      templateTasks: [],
      templateKpis: [],
      status,
    });
  expect((await solution('生产看板 Production board', 'production', 'published')).status).toBe(201);
  expect((await solution('财务草稿 Finance draft', 'finance', 'draft')).status).toBe(201);

  // A sent survey of one question, answered by A and B (first option) and D (second).
  const survey = await as<Survey>(parkAdmin, 'POST', '/api/park/surveys', {
    title: `数字化影响 Impact ${run}`,
    deadline: '2030-12-31',
    questions: [{ kind: 'single', text: '数字化对管理的提升', options: ['很大提升', '没有提升'] }],
  });
  expect(survey.status).toBe(201);
  expect((await as(parkAdmin, 'PATCH', `/api/park/surveys/${survey.body.id}`, { status: 'open' })).status).toBe(200);
  const questionId = survey.body.questions[0].id;
  for (const [s, option] of [
    [a, 0],
    [b, 0],
    [d, 1],
  ] as const)
    expect((await as(s, 'PUT', `/api/surveys/${survey.body.id}/response`, { answers: { [questionId]: option } })).status).toBe(200);
  surveyTitle = survey.body.title;

  // The worker rolls every enterprise up (the sweep makes missing rows; pain points queue a refresh).
  await waitFor(
    async () => {
      const p = (await analysis(parkAdmin, 'rows=industry&cols=scale&measure=painPoints')).body;
      return p.total.tenantCount === 5 && p.total.value === 4 ? p : null;
    },
    30_000,
    'the rollups of the five enterprises with their four pain points',
  );
}, 120_000);
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

describe('the cross-analysis', () => {
  it('counts enterprises by industry × scale as worked by hand, each cell listing its enterprises', async () => {
    const res = await analysis(parkAdmin, 'rows=industry&cols=scale&measure=tenantCount');
    expect(res.status).toBe(200);
    expect(res.body.rowKeys).toEqual(['C', 'I']);
    expect(res.body.colKeys).toEqual(['micro', 'small', 'medium']);
    expect(cellsOf(res.body)).toEqual({ 'C|small': 2, 'C|medium': 1, 'I|micro': 1, 'I|small': 1 });
    const cSmall = res.body.cells.find((c) => c.row === 'C' && c.col === 'small');
    expect(cSmall?.tenants.map((t) => t.id).sort()).toEqual([ids['A'], ids['B']].sort());
    expect(cSmall?.tenants.map((t) => t.name).sort()).toEqual([names['A'], names['B']].sort());
    expect(res.body.rowTotals.map((r) => [r.key, r.value])).toEqual([
      ['C', 3],
      ['I', 2],
    ]);
    expect(res.body.total.value).toBe(5);
  });

  it('crosses region with emerging, and sums pain points by manufacturing type × industry', async () => {
    const regions = (await analysis(parkAdmin, 'rows=region&cols=emerging&measure=tenantCount')).body;
    expect(cellsOf(regions)).toEqual({ '无锡|emerging': 2, '苏州|emerging': 1, '苏州|traditional': 2 });
    const pains = (await analysis(parkAdmin, 'rows=manufacturingType&cols=industry&measure=painPoints')).body;
    expect(pains.rowKeys).toEqual(['discrete', 'process', 'none']);
    expect(cellsOf(pains)).toEqual({ 'discrete|C': 2, 'process|C': 1, 'none|I': 1 });
    const levels = (await analysis(parkAdmin, 'rows=industry&cols=scale&measure=levelDistribution')).body;
    // Nobody is assessed: every enterprise counts as "not assessed".
    expect(levels.total).toEqual({ tenantCount: 5, value: 0, levels: [{ level: null, count: 5 }] });
  });

  it('refuses the same dimension twice and unknown dimensions or measures (400 problem+json)', async () => {
    for (const q of [
      'rows=industry&cols=industry&measure=tenantCount',
      'rows=size&cols=scale&measure=tenantCount',
      'rows=industry&cols=scale&measure=revenue',
      'rows=industry',
    ]) {
      const res = await analysis(parkAdmin, q);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((res.body as unknown as Problem).status).toBe(400);
    }
  });

  it('is not open to an enterprise', async () => {
    const owner = await signIn(api.url, `a.${run}@analysis.xinzhi.test`);
    expect((await analysis(owner, 'rows=industry&cols=scale&measure=tenantCount')).status).toBe(403);
  });
});

describe('the pain-point matrix', () => {
  it('counts open pain points by industry × business area with their mean severity, unmet where no published solution covers the area', async () => {
    const res = await as<PainPointMatrix>(parkAdmin, 'GET', '/api/park/pain-point-matrix');
    expect(res.status).toBe(200);
    expect(res.body.industrySections).toEqual(['C', 'I']);
    expect(res.body.cells).toEqual([
      { industrySection: 'C', businessArea: 'production', count: 2, meanSeverity: 3, unmet: false },
      { industrySection: 'C', businessArea: 'finance', count: 1, meanSeverity: 3, unmet: true },
      { industrySection: 'I', businessArea: 'sales_marketing', count: 1, meanSeverity: 5, unmet: true },
    ]);
    expect(res.body.total).toBe(4);
    expect(res.body.unmetAreas).not.toContain('production');
    expect(res.body.unmetAreas).toContain('finance');
  });

  it('drills to the pain points of a cell through the park’s pain-point list', async () => {
    const res = await as<Page<PainPoint>>(parkAdmin, 'GET', '/api/park/pain-points?status=open&businessArea=production&industrySection=C');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p) => [p.tenantId, p.severity]).sort()).toEqual([
      [ids['A'], 2],
      [ids['A'], 4],
    ]);
    const none = await as<Page<PainPoint>>(parkAdmin, 'GET', '/api/park/pain-points?businessArea=production&industrySection=I');
    expect(none.body.items).toEqual([]);
    expect((await as(parkAdmin, 'GET', '/api/park/pain-points?industrySection=c9')).status).toBe(400);
  });
});

describe('the park workbook', () => {
  it('is an xlsx with Chinese headers for zh-CN, holding the park’s enterprises', async () => {
    const { res, book } = await workbook(parkAdmin, 'zh-CN,zh;q=0.9');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="park-report\.xlsx"/);
    expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['企业', '交叉分析', '痛点矩阵']));
    const sheet = book.getWorksheet('企业');
    expect(sheet?.getRow(1).getCell(1).value).toBe('企业名称');
    expect(firstColumn(sheet).sort()).toEqual(Object.values(names).sort());
    const matrix = book.getWorksheet('痛点矩阵');
    expect(matrix?.rowCount).toBe(4);
    // The survey sheet: per option of the question, its count and percent of the answers.
    const surveys: unknown[][] = [];
    book.getWorksheet('问卷结果')?.eachRow((row, i) => i > 1 && surveys.push((row.values as unknown[]).slice(1)));
    expect(surveys).toEqual([
      [surveyTitle, '数字化对管理的提升', '很大提升', 2, 66.67],
      [surveyTitle, '数字化对管理的提升', '没有提升', 1, 33.33],
    ]);
  });

  it('has English headers for en-US', async () => {
    const { res, book } = await workbook(parkAdmin, 'en-US');
    expect(res.status).toBe(200);
    expect(book.getWorksheet('Tenants')?.getRow(1).getCell(1).value).toBe('Name');
    expect(firstColumn(book.getWorksheet('Cross-analysis')).slice(-1)).toEqual(['Total']);
  });
});

describe('another park', () => {
  it('sees none of the test park’s enterprises in its analysis, matrix drill or workbook', async () => {
    const mine = new Set(Object.values(ids));
    const a = await analysis(otherPark, 'rows=industry&cols=scale&measure=tenantCount');
    expect(a.status).toBe(200);
    expect(a.body.cells.flatMap((c) => c.tenants).filter((t) => mine.has(t.id))).toEqual([]);
    const drill = await as<Page<PainPoint>>(otherPark, 'GET', '/api/park/pain-points?industrySection=C&limit=100');
    expect(drill.body.items.filter((p) => mine.has(p.tenantId))).toEqual([]);
    const { book } = await workbook(otherPark, 'en-US');
    const theirs = firstColumn(book.getWorksheet('Tenants'));
    expect(theirs.filter((n) => Object.values(names).includes(n))).toEqual([]);
  });
});
