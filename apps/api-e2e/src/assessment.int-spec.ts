import { Queue, QueueEvents } from 'bullmq';
import type {
  Assessment,
  AssessmentComparison,
  AssessmentFramework,
  AssessmentFrameworkSummary,
  AssessmentSummary,
  Member,
  MyTaskPage,
  Page,
  Problem,
  Project,
  Task,
  Tenant,
} from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  freshTenant,
  joinTenant,
  RunningProcess,
  Session,
  signIn,
  startApi,
  startWorker,
  testEnv,
  waitFor,
} from '@xinzhi/testing';

/**
 * The maturity assessment over HTTP with the worker: drafts, refused answers that change nothing,
 * steps assigned to members, submission and scoring, gaps turned into tasks, comparison, and the
 * park's view. Runs in an enterprise of its own, onboarded by the demo park's administrator, so
 * the park's view is seen before and after its first assessment is scored.
 */
const run = Date.now().toString(36);
const PASSWORD = 'assessment suite passphrase';
const NO_SUCH_ID = '01a21f4d-0000-7000-8000-000000000001';

let api: ApiProcess;
let worker: RunningProcess;
let park: Session;
let owner: Session;
let leader: Session;
let production: Session;
let bystander: Session;
let stranger: Session;
let tenantId: string;
let people: Record<string, string>;
let miit: AssessmentFramework;
let dma: AssessmentFrameworkSummary;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });

/** A new member of the suite's enterprise, signed in. */
const member = (label: string, role: string) => joinTenant(api.url, owner, `${label}.${run}@assess.xinzhi.test`, role, PASSWORD, label);

async function draft(s: Session = owner, frameworkId = miit.id): Promise<Assessment> {
  const res = await as<Assessment>(s, 'POST', '/api/assessments', { frameworkId });
  expect(res.status).toBe(201);
  return res.body;
}

const read = async (id: string, s: Session = owner) => {
  const res = await as<Assessment>(s, 'GET', `/api/assessments/${id}`);
  expect(res.status).toBe(200);
  return res.body;
};

/** The stored answers without their times (what a refused request must leave as it was). */
const answersOf = async (id: string) => {
  const a = await read(id);
  return { items: a.items, scenes: a.scenes, assignments: a.assignments, status: a.status };
};

const save = (s: Session, id: string, body: object) => as<Assessment | Problem>(s, 'PUT', `/api/assessments/${id}/answers`, body);

/** Expects a problem+json refusal with this status (and, for validation, these fields). */
function refused(res: { status: number; headers: Headers; body: unknown }, status: number, fields?: string[]): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  if (fields) expect(((res.body as Problem).errors ?? []).map((e) => e.field).sort()).toEqual([...fields].sort());
}

const scored = (id: string) =>
  waitFor(
    async () => {
      const a = await read(id);
      return a.status === 'scored' ? a : null;
    },
    15_000,
    `assessment ${id} scored`,
  );

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  park = await signIn(api.url, 'park.admin@xinzhi.test');
  ({ owner, tenantId } = await freshTenant(api.url, 'assess', PASSWORD, { ownerName: '评测老板', industryDivision: '34' }));
  leader = await member('leader', 'leader');
  production = await member('production', 'employee');
  bystander = await member('bystander', 'employee');
  stranger = await signIn(api.url, 'owner@brightchem.xinzhi.test');
  const members = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items;
  people = Object.fromEntries(members.map((m) => [m.email.split('.')[0], m.userId as string]));

  const frameworks = (await as<AssessmentFrameworkSummary[]>(owner, 'GET', '/api/assessment-frameworks')).body;
  const miitSummary = frameworks.find((f) => f.key === 'miit-sme-dl' && f.current) as AssessmentFrameworkSummary;
  miit = (await as<AssessmentFramework>(owner, 'GET', `/api/assessment-frameworks/${miitSummary.id}`)).body;
  dma = frameworks.find((f) => f.key === 'eu-dma' && f.current) as AssessmentFrameworkSummary;
});
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

describe('frameworks', () => {
  it('lists the published frameworks for members and park administrators alike, with the wizard steps of one', async () => {
    const forPark = await as<AssessmentFrameworkSummary[]>(park, 'GET', '/api/assessment-frameworks');
    expect(forPark.status).toBe(200);
    expect(forPark.body.map((f) => f.key)).toEqual(expect.arrayContaining(['miit-sme-dl', 'eu-dma']));
    expect(miit.steps.map((s) => s.id)).toEqual([
      'foundation',
      'management',
      'results',
      'product_lifecycle',
      'production',
      'supply_chain',
      'management_decision',
    ]);
    expect(miit.current).toBe(true);
    expect(miit.dimensions.map((d) => d.points)).toEqual([50, 30, 20]);
    expect(miit.scenes).toHaveLength(16);
    expect(miit.levelRules.map((r) => [r.level, r.minPoints])).toEqual([
      [1, 20],
      [2, 40],
      [3, 60],
      [4, 80],
    ]);
    refused(await as(owner, 'GET', `/api/assessment-frameworks/${NO_SUCH_ID}`), 404);
  });
});

describe('drafts and answers', () => {
  it('starts a draft titled with the framework’s name and today, and refuses an unknown framework', async () => {
    const before = (await as<Page<AssessmentSummary>>(owner, 'GET', '/api/assessments')).body.items.length;
    const created = await draft(leader);
    expect(created).toMatchObject({ status: 'draft', frameworkKey: 'miit-sme-dl', answered: 0, questions: 31, totalPoints: null });
    expect(created.title).toMatch(new RegExp(`^${miit.name['zh-CN'].replace(/[()（）]/g, '.')} \\d{4}-\\d{2}-\\d{2}$`));
    expect(created.editableSteps).toEqual(miit.steps.map((s) => s.id));
    const titled = await as<Assessment>(owner, 'POST', '/api/assessments', { frameworkId: miit.id, title: '2026 年度自评' });
    expect(titled.body.title).toBe('2026 年度自评');

    refused(await as(owner, 'POST', '/api/assessments', { frameworkId: NO_SUCH_ID }), 400, ['frameworkId']);
    refused(await as(owner, 'POST', '/api/assessments', { frameworkId: 'miit' }), 400, ['frameworkId']);
    refused(await as(production, 'POST', '/api/assessments', { frameworkId: miit.id }), 403);
    const after = (await as<Page<AssessmentSummary>>(owner, 'GET', '/api/assessments')).body.items;
    expect(after.length).toBe(before + 2);
  });

  it('refuses answers that do not fit the questionnaire with problem+json and keeps what was stored', async () => {
    const a = await draft();
    const ok = await save(owner, a.id, {
      items: [{ itemId: 'q1', optionIds: ['q1-b', 'q1-c'] }],
      scenes: [{ sceneId: 'quality', level: 2 }],
    });
    expect(ok.status).toBe(200);
    const stored = await answersOf(a.id);
    expect(stored.items.map((i) => [i.itemId, i.optionIds])).toEqual([['q1', ['q1-b', 'q1-c']]]);

    // An option of another question.
    refused(await save(owner, a.id, { items: [{ itemId: 'q2', optionIds: ['q3-c'] }] }), 400, ['items.0.optionIds']);
    // "None" with another option.
    refused(await save(owner, a.id, { items: [{ itemId: 'q1', optionIds: ['q1-a', 'q1-b'] }] }), 400, ['items.0.optionIds']);
    // Two options of a single-choice question.
    refused(await save(owner, a.id, { items: [{ itemId: 'q5', optionIds: ['q5-b', 'q5-c'] }] }), 400, ['items.0.optionIds']);
    // A scene level beyond 4, and a scene the framework does not have.
    refused(await save(owner, a.id, { scenes: [{ sceneId: 'quality', level: 5 }] }), 400, ['scenes.0.level']);
    refused(await save(owner, a.id, { scenes: [{ sceneId: 'teleportation', level: 1 }] }), 400, ['scenes.0.sceneId']);
    // A good answer beside a bad one: neither is stored.
    refused(
      await save(owner, a.id, {
        items: [
          { itemId: 'q5', optionIds: ['q5-c'] },
          { itemId: 'q2', optionIds: ['q3-c'] },
        ],
        scenes: [{ sceneId: 'finance', level: 3 }],
      }),
      400,
      ['items.1.optionIds'],
    );
    // Evidence that contradicts the chosen band (35 of 100 devices networked is not 0–10 %).
    refused(
      await save(owner, a.id, { items: [{ itemId: 'q3', optionIds: ['q3-a'], evidence: { devices_total: 100, devices_networked: 35 } }] }),
      400,
      ['items.0.optionIds'],
    );
    expect(await answersOf(a.id)).toEqual(stored);
  });

  it('merges partial saves: items and scenes left out keep their answers, empty ones become unanswered, evidence chooses the band', async () => {
    const a = await draft();
    await save(owner, a.id, {
      items: [
        { itemId: 'q1', optionIds: ['q1-b'] },
        { itemId: 'q5', optionIds: ['q5-c'] },
      ],
      scenes: [{ sceneId: 'quality', level: 2 }],
    });
    const second = await save(owner, a.id, {
      items: [
        { itemId: 'q1', optionIds: [] },
        { itemId: 'q3', optionIds: [], evidence: { devices_total: 100, devices_networked: 35 } },
        { itemId: 'q2', optionIds: [], evidence: { devices_total: 100 } },
      ],
      scenes: [{ sceneId: 'finance', level: 0 }],
    });
    expect(second.status).toBe(200);
    const after = second.body as Assessment;
    expect(after.items.map((i) => [i.itemId, i.optionIds, i.evidence])).toEqual([
      // Evidence short of a band is kept for later, unanswered.
      ['q2', [], { devices_total: 100 }],
      ['q3', ['q3-c'], { devices_total: 100, devices_networked: 35 }],
      ['q5', ['q5-c'], null],
    ]);
    expect(after.scenes.map((s) => [s.sceneId, s.level])).toEqual([
      ['finance', 0],
      ['quality', 2],
    ]);
    // q3 and q5 answered, two scenes rated ("not reached" is an answer).
    expect(after.answered).toBe(4);
    expect(after.items[1].answeredBy).toBe('评测老板');
  });
});

describe('steps assigned to members', () => {
  let a: Assessment;
  beforeAll(async () => {
    a = await draft(leader);
  });

  it('refuses a member without an assigned step (403, nothing saved), and assignments to non-members or unknown steps', async () => {
    const before = await answersOf(a.id);
    expect((await read(a.id, production)).editableSteps).toEqual([]);
    refused(await save(production, a.id, { scenes: [{ sceneId: 'quality', level: 3 }] }), 403);
    refused(
      await as(owner, 'PUT', `/api/assessments/${a.id}/assignments`, { assignments: [{ stepId: 'production', userId: NO_SUCH_ID }] }),
      400,
      ['assignments.0.userId'],
    );
    refused(
      await as(owner, 'PUT', `/api/assessments/${a.id}/assignments`, {
        assignments: [{ stepId: 'teleportation', userId: people['production'] }],
      }),
      400,
      ['assignments.0.stepId'],
    );
    refused(
      await as(production, 'PUT', `/api/assessments/${a.id}/assignments`, {
        assignments: [{ stepId: 'production', userId: people['production'] }],
      }),
      403,
    );
    expect(await answersOf(a.id)).toEqual(before);
  });

  it('lets an assigned member answer only the items and scenes of that step', async () => {
    const assigned = await as<Assessment>(owner, 'PUT', `/api/assessments/${a.id}/assignments`, {
      assignments: [{ stepId: 'production', userId: people['production'] }],
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignments).toEqual([{ stepId: 'production', userId: people['production'], userName: 'production' }]);

    const mine = await read(a.id, production);
    expect(mine.editableSteps).toEqual(['production']);
    expect((await read(a.id, bystander)).editableSteps).toEqual([]);

    const ok = await save(production, a.id, {
      scenes: [
        { sceneId: 'quality', level: 3 },
        { sceneId: 'equipment', level: 1 },
      ],
    });
    expect(ok.status).toBe(200);
    const before = await answersOf(a.id);
    // A question of the foundation dimension, or a scene of another group: not theirs; nothing of the request is saved.
    refused(await save(production, a.id, { items: [{ itemId: 'q1', optionIds: ['q1-b'] }] }), 403);
    refused(
      await save(production, a.id, {
        scenes: [
          { sceneId: 'quality', level: 4 },
          { sceneId: 'purchasing', level: 2 },
        ],
      }),
      403,
    );
    refused(await save(bystander, a.id, { scenes: [{ sceneId: 'quality', level: 1 }] }), 403);
    expect(await answersOf(a.id)).toEqual(before);
    expect(before.scenes.map((s) => [s.sceneId, s.level, s.answeredBy])).toEqual([
      ['equipment', 1, 'production'],
      ['quality', 3, 'production'],
    ]);

    // Taken back: the member answers nothing any more.
    await as(owner, 'PUT', `/api/assessments/${a.id}/assignments`, { assignments: [{ stepId: 'production', userId: null }] });
    refused(await save(production, a.id, { scenes: [{ sceneId: 'quality', level: 2 }] }), 403);
  });
});

describe('submission, scoring, gaps and the park', () => {
  let a: Assessment;
  let result: Assessment;
  let project: Project;

  it('shows the park no level before the enterprise’s first assessment is scored', async () => {
    const listed = (await as<Page<Tenant>>(park, 'GET', '/api/park/tenants?limit=200')).body.items.find((t) => t.id === tenantId);
    expect(listed).toMatchObject({ maturityLevel: null, maturityPoints: null, assessedOn: null });
    refused(await as(park, 'GET', '/api/assessments'), 403);
  });

  it('submits a draft (owner or leader), refuses changes once submitted, and the worker scores it', async () => {
    a = await draft(leader);
    const answers = await save(leader, a.id, {
      items: [
        { itemId: 'q1', optionIds: ['q1-b', 'q1-c', 'q1-d', 'q1-e'] }, // multi-select: 4 × 2 = 8
        { itemId: 'q2', optionIds: ['q2-e'] }, // 6
        { itemId: 'q3', optionIds: [], evidence: { devices_total: 100, devices_networked: 35 } }, // (20 %, 40 %] → 3
        { itemId: 'q5', optionIds: ['q5-e'] }, // 10
        { itemId: 'q6', optionIds: ['q6-a'] }, // none → 0
      ],
      scenes: [
        { sceneId: 'quality', level: 3 },
        { sceneId: 'product_design', level: 1 },
        { sceneId: 'marketing', level: 1 },
        { sceneId: 'purchasing', level: 1 },
        { sceneId: 'warehousing', level: 1 },
        { sceneId: 'hr', level: 2 },
      ],
    });
    expect(answers.status).toBe(200);

    refused(await as(production, 'POST', `/api/assessments/${a.id}/submit`), 403);
    const submitted = await as<Assessment>(leader, 'POST', `/api/assessments/${a.id}/submit`);
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: 'submitted', editableSteps: [], submittedBy: 'leader' });
    expect(submitted.body.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const before = await answersOf(a.id);
    refused(await save(owner, a.id, { scenes: [{ sceneId: 'quality', level: 4 }] }), 409);
    refused(await as(owner, 'POST', `/api/assessments/${a.id}/submit`), 409);
    refused(await as(owner, 'DELETE', `/api/assessments/${a.id}`), 409);
    refused(await as(owner, 'PUT', `/api/assessments/${a.id}/assignments`, { assignments: [{ stepId: 'results', userId: null }] }), 409);
    expect({ ...(await answersOf(a.id)), status: 'any' }).toEqual({ ...before, status: 'any' });

    result = await scored(a.id);
    // 8 + 6 + 3 + 10 = 27 points, all in the foundation; 6 scenes at level 1 or more, 5 of them constraint scenes.
    expect(result).toMatchObject({ status: 'scored', totalPoints: 27, level: 1 });
    expect(result.dimensionPoints?.map((d) => [d.dimensionId, d.points])).toEqual([
      ['foundation', 27],
      ['management', 0],
      ['results', 0],
    ]);
    expect(result.decidedBy).toMatchObject({ level: 1, minPoints: 20, minScenes: 6, minConstraintScenes: 3 });
    expect(result.gaps).toMatchObject({ nextLevel: 2, pointsShort: 13 });
    expect(result.gaps?.items.length).toBeGreaterThan(0);
    expect(result.scoredAt).not.toBeNull();
  });

  it('shows the park the level, points and day of the latest scored assessment, and never the answers', async () => {
    const listed = (await as<Page<Tenant>>(park, 'GET', '/api/park/tenants?limit=200')).body.items.find((t) => t.id === tenantId);
    expect(listed).toMatchObject({ maturityLevel: 1, maturityPoints: 27, assessedOn: result.assessedOn });
    const one = await as<Tenant>(park, 'GET', `/api/park/tenants/${tenantId}`);
    expect(one.body).toMatchObject({ maturityLevel: 1, maturityPoints: 27, assessedOn: result.assessedOn });
    expect(JSON.stringify(one.body)).not.toMatch(/q1-b|optionIds|quality/);
    refused(await as(park, 'GET', `/api/assessments/${a.id}`), 403);
    // The other park sees neither the enterprise nor its level.
    const park2 = await signIn(api.url, 'park2.admin@xinzhi.test');
    expect((await as<Page<Tenant>>(park2, 'GET', '/api/park/tenants?limit=200')).body.items.map((t) => t.id)).not.toContain(tenantId);
  });

  it('scores again to the same result when the job runs twice', async () => {
    const env = testEnv();
    const connection = { url: env['REDIS_URL'], maxRetriesPerRequest: null };
    const queue = new Queue('assessment', { connection, prefix: env['QUEUE_PREFIX'] });
    const events = new QueueEvents('assessment', { connection, prefix: env['QUEUE_PREFIX'] });
    try {
      await events.waitUntilReady();
      const job = await queue.add('score-assessment', { tenantId, assessmentId: a.id }, { jobId: `again-${a.id}` });
      expect(await job.waitUntilFinished(events, 10_000)).toMatchObject({ scored: true, level: 1, totalPoints: 27 });
      expect(await read(a.id)).toEqual(result);
    } finally {
      await Promise.all([queue.close(), events.close()]);
    }
  });

  it('turns a gap into a task that keeps its provenance, and refuses a gap the assessment does not list', async () => {
    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `评测改进 Maturity follow-up ${run}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2027-12-31',
      })
    ).body;
    const gap = result.gaps?.items[0];
    if (!gap) throw new Error('no gap');
    const created = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
      title: `提升 ${gap.key}`,
      businessArea: gap.businessArea,
      technologyType: 'big_data',
      assigneeId: people['owner'],
      origin: { type: 'assessment_gap', assessmentId: a.id, gapKey: gap.key },
    });
    expect(created.status).toBe(201);
    const origin = { type: 'assessment_gap', assessmentId: a.id, gapKey: gap.key, assessmentTitle: a.title };
    expect(created.body.origin).toEqual(origin);
    expect((await as<Task>(owner, 'GET', `/api/tasks/${created.body.id}`)).body.origin).toEqual(origin);
    const list = (await as<Page<Task>>(owner, 'GET', `/api/projects/${project.id}/tasks`)).body.items;
    expect(list.find((t) => t.id === created.body.id)?.origin).toEqual(origin);
    const mine = (await as<MyTaskPage>(owner, 'GET', `/api/me/tasks?projectId=${project.id}&limit=500`)).body.items;
    expect(mine.find((t) => t.id === created.body.id)?.origin).toEqual(origin);
    // A task written by hand has none.
    expect(list.filter((t) => t.id !== created.body.id).every((t) => t.origin === null)).toBe(true);

    // The provenance is fixed once the task exists.
    refused(await as(owner, 'PATCH', `/api/tasks/${created.body.id}`, { origin: { ...origin, gapKey: 'item:q9' } }), 400);

    const count = list.length;
    const attempt = (origin: object) =>
      as<Problem>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title: 'Planted gap',
        businessArea: 'production',
        technologyType: 'big_data',
        origin: { type: 'assessment_gap', ...origin },
      });
    refused(await attempt({ assessmentId: a.id, gapKey: 'item:q99' }), 400, ['origin.gapKey']);
    refused(await attempt({ assessmentId: a.id, gapKey: 'scene:teleportation' }), 400, ['origin.gapKey']);
    const unscored = await draft();
    refused(await attempt({ assessmentId: unscored.id, gapKey: gap.key }), 400, ['origin.assessmentId']);
    const foreign = (await as<Page<AssessmentSummary>>(stranger, 'GET', '/api/assessments')).body.items[0];
    refused(await attempt({ assessmentId: foreign.id, gapKey: gap.key }), 400, ['origin.assessmentId']);
    expect((await as<Page<Task>>(owner, 'GET', `/api/projects/${project.id}/tasks`)).body.items.length).toBe(count);
  });

  it('compares two scored assessments of the same framework per dimension and scene, and refuses the others', async () => {
    const t1 = await draft(leader);
    await save(leader, t1.id, {
      items: [
        { itemId: 'q1', optionIds: ['q1-b', 'q1-c', 'q1-d', 'q1-e'] },
        { itemId: 'q2', optionIds: ['q2-e'] },
        { itemId: 'q3', optionIds: ['q3-e'] },
        { itemId: 'q5', optionIds: ['q5-e'] },
        { itemId: 'q8', optionIds: ['q8-f'] },
      ],
      scenes: [
        { sceneId: 'quality', level: 4 },
        { sceneId: 'marketing', level: 2 },
      ],
    });
    // Not scored yet: nothing to compare.
    refused(await as(owner, 'GET', `/api/assessments/${t1.id}/comparison?with=${a.id}`), 409);
    await as(leader, 'POST', `/api/assessments/${t1.id}/submit`);
    await scored(t1.id);

    const cmp = await as<AssessmentComparison>(bystander, 'GET', `/api/assessments/${t1.id}/comparison?with=${a.id}`);
    expect(cmp.status).toBe(200);
    // q3 from 3 to 6 points, q8 from nothing to 7.5.
    expect(cmp.body).toMatchObject({ from: { id: a.id }, to: { id: t1.id }, totalDelta: 10.5 });
    expect(cmp.body.dimensions.map((d) => [d.dimensionId, d.delta])).toEqual([
      ['foundation', 3],
      ['management', 7.5],
      ['results', 0],
    ]);
    const scene = (id: string) => cmp.body.scenes.find((s) => s.sceneId === id);
    expect(scene('quality')).toEqual({ sceneId: 'quality', from: 3, to: 4, delta: 1 });
    expect(scene('marketing')).toEqual({ sceneId: 'marketing', from: 1, to: 2, delta: 1 });
    expect(scene('hr')).toEqual({ sceneId: 'hr', from: 2, to: 0, delta: -2 });

    // Another framework (the EU DMA) does not compare with the MIIT table.
    const eu = await draft(owner, dma.id);
    await as(owner, 'POST', `/api/assessments/${eu.id}/submit`);
    await scored(eu.id);
    refused(await as(owner, 'GET', `/api/assessments/${t1.id}/comparison?with=${eu.id}`), 400, ['with']);
    refused(await as(owner, 'GET', `/api/assessments/${t1.id}/comparison?with=${NO_SUCH_ID}`), 404);
    refused(await as(owner, 'GET', `/api/assessments/${t1.id}/comparison`), 400, ['with']);
  });
});

describe('other tenants and deletion', () => {
  it('answers 404 to another enterprise’s assessment on every route', async () => {
    const a = await draft();
    const before = await answersOf(a.id);
    refused(await as(stranger, 'GET', `/api/assessments/${a.id}`), 404);
    refused(await save(stranger, a.id, { scenes: [{ sceneId: 'quality', level: 4 }] }), 404);
    refused(await as(stranger, 'PUT', `/api/assessments/${a.id}/assignments`, { assignments: [{ stepId: 'results', userId: null }] }), 404);
    refused(await as(stranger, 'POST', `/api/assessments/${a.id}/submit`), 404);
    refused(await as(stranger, 'DELETE', `/api/assessments/${a.id}`), 404);
    expect(await answersOf(a.id)).toEqual(before);
    expect((await as<Page<AssessmentSummary>>(stranger, 'GET', '/api/assessments')).body.items.map((i) => i.id)).not.toContain(a.id);
  });

  it('deletes a draft (owner or leader) with its answers', async () => {
    const a = await draft();
    await save(owner, a.id, { items: [{ itemId: 'q5', optionIds: ['q5-b'] }] });
    refused(await as(production, 'DELETE', `/api/assessments/${a.id}`), 403);
    const deleted = await as(leader, 'DELETE', `/api/assessments/${a.id}`);
    expect(deleted.status).toBe(204);
    refused(await as(owner, 'GET', `/api/assessments/${a.id}`), 404);
    refused(await as(owner, 'DELETE', `/api/assessments/${a.id}`), 404);
  });
});

describe('a lost scoring job', () => {
  it('is caught up by the sweep: a submitted assessment whose job vanished is scored all the same', async () => {
    const a = await draft();
    await save(owner, a.id, { items: [{ itemId: 'q5', optionIds: ['q5-c'] }] });
    await worker.stop();
    const env = testEnv();
    const queue = new Queue('assessment', {
      connection: { url: env['REDIS_URL'], maxRetriesPerRequest: null },
      prefix: env['QUEUE_PREFIX'],
    });
    try {
      expect((await as(owner, 'POST', `/api/assessments/${a.id}/submit`)).status).toBe(202);
      // The job the submit queued is lost before any worker takes it.
      await queue.remove(`score-${a.id}`);
      expect(await queue.getJob(`score-${a.id}`)).toBeUndefined();
      worker = await startWorker();
      const done = await scored(a.id);
      expect(done).toMatchObject({ totalPoints: 5, level: 0 });
    } finally {
      await queue.close();
    }
  });
});
