import type { MeResponse, Problem, Survey, SurveyList, SurveyResults, TenantSurvey, TenantSurveyList } from '@xinzhi/shared-contracts';
import { ApiProcess, call, DEMO_PASSWORD, freshTenant, joinTenant, Session, signIn, startApi } from '@xinzhi/testing';

/**
 * Park surveys end to end: the first park's administrator builds, sends, closes and reads the
 * results of surveys of enterprises of its own (onboarded here, in a region only this run uses, so
 * the target matches them alone); their owners and leaders answer; the second park and its tenant
 * see none of it. The deadline is checked with a second API whose business clock starts after it.
 */
const run = Date.now().toString(36);
const region = `问卷区 ${run}`;
const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

let api: ApiProcess;
let park: Session;
let park2: Session;
let today: string;
/** Five targeted tenants (three in manufacturing C, two in retail F), one of the park outside the target, one of the second park. */
const owners: Session[] = [];
const names: string[] = [];
let leader: Session;
let employee: Session;
let outsider: Session;
let foreign: Session;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });

async function onboard(parkAdmin: string, industrySection: string, inRegion: string): Promise<Session> {
  const { owner, tenantName } = await freshTenant(api.url, 'surveys', DEMO_PASSWORD, {
    parkAdmin,
    industrySection,
    industryDivision: industrySection === 'C' ? '34' : '52',
    region: inRegion,
    manufacturingType: industrySection === 'C' ? 'discrete' : 'none',
  });
  names.push(tenantName);
  return owner;
}

const member = (owner: Session, label: string, role: string) =>
  joinTenant(api.url, owner, `${label}.${run}@surveys.xinzhi.test`, role, DEMO_PASSWORD, `${label} 同事`);

const questions = [
  { kind: 'single', text: '数字化转型对企业管理的提升作用', options: ['大幅提升', '略有提升', '起决定性作用', '没有作用'] },
  { kind: 'multiple', text: '希望的培训', options: ['数据', '安全', '产线'], required: false },
  { kind: 'scale', text: '紧迫程度' },
  { kind: 'text', text: '建议', required: false },
];

async function createSurvey(body: Record<string, unknown>): Promise<Survey> {
  const res = await as<Survey>(park, 'POST', '/api/park/surveys', {
    title: `问卷 ${run}`,
    deadline: addDays(today, 7),
    target: { industrySections: [], scales: [], regions: [region], emerging: null, manufacturingTypes: [] },
    questions,
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

const send = (id: string) => as<Survey>(park, 'PATCH', `/api/park/surveys/${id}`, { status: 'open' });
const answersFor = (s: Survey, single: number, extra: Record<string, unknown> = {}) => ({
  answers: { [s.questions[0].id]: single, [s.questions[2].id]: 3, ...extra },
});

beforeAll(async () => {
  api = await startApi();
  [park, park2] = await Promise.all([signIn(api.url, 'park.admin@xinzhi.test'), signIn(api.url, 'park2.admin@xinzhi.test')]);
  today = (await as<MeResponse>(park, 'GET', '/api/me')).body.calendar.today;
  for (const section of ['C', 'C', 'C', 'F', 'F']) owners.push(await onboard('park.admin@xinzhi.test', section, region));
  outsider = await onboard('park.admin@xinzhi.test', 'C', `别处 ${run}`);
  foreign = await onboard('park2.admin@xinzhi.test', 'C', region);
  leader = await member(owners[0], 'leader', 'leader');
  employee = await member(owners[0], 'employee', 'employee');
});
afterAll(() => api?.stop());

describe('building and sending', () => {
  it('refuses a choice question with one option and a deadline in the past, naming the fields', async () => {
    const res = await as<Problem>(park, 'POST', '/api/park/surveys', {
      title: 'x',
      deadline: addDays(today, -1),
      questions: [{ kind: 'single', text: 'q', options: ['only'] }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.field).sort()).toEqual(['deadline', 'questions.0.options']);
  });

  it('keeps a draft from tenants, sends it to the targeted tenants only, and freezes its content', async () => {
    const draft = await createSurvey({ title: `草稿 ${run}` });
    expect(draft).toMatchObject({ status: 'draft', targetedCount: 5, responseCount: 0 });
    expect(draft.questions.map((q) => [q.kind, q.position, q.required])).toEqual([
      ['single', 0, true],
      ['multiple', 1, false],
      ['scale', 2, true],
      ['text', 3, false],
    ]);
    expect((await as(owners[0], 'GET', `/api/surveys/${draft.id}`)).status).toBe(404);
    expect((await as<TenantSurveyList>(owners[0], 'GET', '/api/surveys')).body.items.map((s) => s.id)).not.toContain(draft.id);

    // Reorder while a draft: the questions come back in the new order.
    const reordered = await as<Survey>(park, 'PATCH', `/api/park/surveys/${draft.id}`, { questions: [questions[2], questions[0]] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.questions.map((q) => q.kind)).toEqual(['scale', 'single']);

    const sent = await send(draft.id);
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('open');
    const seen = await as<TenantSurvey>(owners[3], 'GET', `/api/surveys/${draft.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'open', answers: null, answeredAt: null });
    // Not targeted (another region of the same park): not there at all.
    expect((await as(outsider, 'GET', `/api/surveys/${draft.id}`)).status).toBe(404);
    expect((await as<TenantSurveyList>(outsider, 'GET', '/api/surveys')).body.items.map((s) => s.id)).not.toContain(draft.id);

    const edit = await as<Problem>(park, 'PATCH', `/api/park/surveys/${draft.id}`, { title: 'changed after sending' });
    expect(edit.status).toBe(409);
    expect((await as(park, 'DELETE', `/api/park/surveys/${draft.id}`)).status).toBe(409);
    expect((await as<Survey>(park, 'GET', `/api/park/surveys/${draft.id}`)).body.title).toBe(`草稿 ${run}`);
  });

  it('deletes a draft', async () => {
    const draft = await createSurvey({ title: `删除 ${run}` });
    expect((await as(park, 'DELETE', `/api/park/surveys/${draft.id}`)).status).toBe(204);
    expect((await as(park, 'GET', `/api/park/surveys/${draft.id}`)).status).toBe(404);
  });
});

describe('answering', () => {
  let survey: Survey;
  beforeAll(async () => {
    survey = await createSurvey({ title: `回答 ${run}`, anonymous: false });
    expect((await send(survey.id)).status).toBe(200);
  });

  it('keeps one response per tenant: a second answer replaces the first', async () => {
    const first = await as<TenantSurvey>(leader, 'PUT', `/api/surveys/${survey.id}/response`, answersFor(survey, 0));
    expect(first.status).toBe(200);
    expect(first.body.answers).toEqual({ [survey.questions[0].id]: 0, [survey.questions[2].id]: 3 });
    const second = await as<TenantSurvey>(
      owners[0],
      'PUT',
      `/api/surveys/${survey.id}/response`,
      answersFor(survey, 2, { [survey.questions[3].id]: ' 多办培训 ' }),
    );
    expect(second.status).toBe(200);
    const parkView = await as<Survey>(park, 'GET', `/api/park/surveys/${survey.id}`);
    expect(parkView.body.responseCount).toBe(1);
    const results = (await as<SurveyResults>(park, 'GET', `/api/park/surveys/${survey.id}/results`)).body;
    expect(results.questions[0].aggregate.counts.map((c) => c.count)).toEqual([0, 0, 1, 0]);
    // A named survey names who answered and who wrote what.
    expect(results.questions[3].texts).toEqual([{ text: '多办培训', tenantName: names[0] }]);
    expect(results.respondents?.map((r) => r.tenantName)).toEqual([names[0]]);
  });

  it.each([
    ['an unknown option', (s: Survey) => answersFor(s, 7), 0],
    ['a missing required answer', (s: Survey) => ({ answers: { [s.questions[0].id]: 1 } }), 2],
    ['a scale out of range', (s: Survey) => answersFor(s, 1, { [s.questions[2].id]: 6 }), 2],
    ['an unknown option among several', (s: Survey) => answersFor(s, 1, { [s.questions[1].id]: [0, 3] }), 1],
  ])('refuses %s with 400 naming the field, and keeps the stored answer', async (_, body, question) => {
    const res = await as<Problem>(owners[0], 'PUT', `/api/surveys/${survey.id}/response`, body(survey));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors?.map((e) => e.field)).toContain(`answers.${survey.questions[question].id}`);
    const stored = await as<TenantSurvey>(owners[0], 'GET', `/api/surveys/${survey.id}`);
    expect(stored.body.answers?.[survey.questions[0].id]).toBe(2);
  });

  it('refuses an employee (403) and the park (403)', async () => {
    expect((await as(employee, 'PUT', `/api/surveys/${survey.id}/response`, answersFor(survey, 1))).status).toBe(403);
    expect((await as(employee, 'GET', '/api/surveys')).status).toBe(403);
    expect((await as(park, 'PUT', `/api/surveys/${survey.id}/response`, answersFor(survey, 1))).status).toBe(403);
  });

  it('takes no answer after the deadline (a clock past it) or once closed (409), and still shows it', async () => {
    const later = await startApi({ XINZHI_CLOCK_AT: `${addDays(today, 8)}T04:00:00Z` });
    try {
      const late = await call<Problem>(later.url, 'PUT', `/api/surveys/${survey.id}/response`, {
        token: owners[1].accessToken,
        body: answersFor(survey, 1),
      });
      expect(late.status).toBe(409);
      const shown = await call<TenantSurvey>(later.url, 'GET', `/api/surveys/${survey.id}`, { token: owners[1].accessToken });
      expect(shown.body.status).toBe('closed');
      expect((await call<Survey>(later.url, 'GET', `/api/park/surveys/${survey.id}`, { token: park.accessToken })).body.status).toBe(
        'closed',
      );
    } finally {
      await later.stop();
    }
    // On today's clock it is still open; the administrator closes it early.
    expect((await as<Survey>(park, 'PATCH', `/api/park/surveys/${survey.id}`, { status: 'closed' })).body.status).toBe('closed');
    expect((await as(owners[1], 'PUT', `/api/surveys/${survey.id}/response`, answersFor(survey, 1))).status).toBe(409);
    const list = (await as<TenantSurveyList>(owners[0], 'GET', '/api/surveys')).body.items.find((s) => s.id === survey.id);
    expect(list).toMatchObject({ status: 'closed', answers: expect.any(Object) });
  });
});

describe('an anonymous survey', () => {
  let survey: Survey;
  beforeAll(async () => {
    survey = await createSurvey({ title: `匿名 ${run}`, anonymous: true });
    expect((await send(survey.id)).status).toBe(200);
    // Three manufacturing tenants and two retail ones answer.
    for (const [i, owner] of owners.entries()) {
      const res = await as(
        owner,
        'PUT',
        `/api/surveys/${survey.id}/response`,
        answersFor(survey, i % 2, { [survey.questions[3].id]: `建议 ${i}` }),
      );
      expect(res.status).toBe(200);
    }
  });

  it('shows counts and percents, response and targeted counts, and texts without names', async () => {
    const res = await as<SurveyResults>(park, 'GET', `/api/park/surveys/${survey.id}/results`);
    expect(res.status).toBe(200);
    expect(res.body.survey).toMatchObject({ responseCount: 5, targetedCount: 5 });
    expect(res.body.questions[0].aggregate.counts.slice(0, 2)).toEqual([
      { label: '大幅提升', count: 3, percent: 60 },
      { label: '略有提升', count: 2, percent: 40 },
    ]);
    expect(res.body.questions[2].aggregate.mean).toBe(3);
    expect(res.body.questions[3].texts.every((t) => t.tenantName === null)).toBe(true);
    expect(res.body.respondents).toBeNull();
    // By content: no tenant's name anywhere in the answer.
    const text = JSON.stringify(res.body);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('hides the breakdown cell of 2 tenants and shows the one of 3', async () => {
    const res = await as<SurveyResults>(park, 'GET', `/api/park/surveys/${survey.id}/results?by=industry`);
    expect(res.status).toBe(200);
    expect(res.body.breakdown).toEqual([
      { group: 'C', hidden: false, tenants: 3, questions: expect.any(Array) },
      { group: 'F', hidden: true, tenants: null, questions: null },
    ]);
    expect(res.body.breakdown?.[0].questions?.[0].counts.map((c) => c.count)).toEqual([2, 1, 0, 0]);
    expect((await as(park, 'GET', `/api/park/surveys/${survey.id}/results?by=region`)).status).toBe(400);
  });
});

describe('the second park', () => {
  let survey: Survey;
  beforeAll(async () => {
    survey = await createSurvey({ title: `园区一 ${run}` });
    await send(survey.id);
  });

  it('its administrator gets 404 on every route of the first park’s survey and lists none of them', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/park/surveys/${survey.id}`, undefined],
      ['PATCH', `/api/park/surveys/${survey.id}`, { status: 'closed' }],
      ['GET', `/api/park/surveys/${survey.id}/results?by=scale`, undefined],
      ['DELETE', `/api/park/surveys/${survey.id}`, undefined],
    ] as const)
      expect({ method, status: (await as(park2, method, path, body)).status }).toEqual({ method, status: 404 });
    expect((await as<SurveyList>(park2, 'GET', '/api/park/surveys')).body.items.map((s) => s.id)).not.toContain(survey.id);
    expect((await as<Survey>(park, 'GET', `/api/park/surveys/${survey.id}`)).body.status).toBe('open');
  });

  it('its tenant (in the targeted region and industry) sees none of the first park’s surveys: 404 on the id', async () => {
    const list = (await as<TenantSurveyList>(foreign, 'GET', '/api/surveys')).body.items;
    expect(list.map((s) => s.title).filter((t) => t.includes(run))).toEqual([]);
    expect((await as(foreign, 'GET', `/api/surveys/${survey.id}`)).status).toBe(404);
    expect((await as(foreign, 'PUT', `/api/surveys/${survey.id}/response`, answersFor(survey, 0))).status).toBe(404);
    expect((await as<Survey>(park, 'GET', `/api/park/surveys/${survey.id}`)).body.responseCount).toBe(0);
  });
});
