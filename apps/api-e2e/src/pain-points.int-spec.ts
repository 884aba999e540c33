import type {
  Assessment,
  AssessmentFrameworkSummary,
  AssessmentSummary,
  MeResponse,
  Page,
  PainPoint,
  Problem,
} from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  freshTenant,
  joinTenant,
  RunningProcess,
  Session,
  signIn,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

/**
 * The pain-point register: members propose, owners and leaders record, accept, edit and delete;
 * the park reads its tenants' pain points and records one during a visit; the second park sees
 * none of them. Runs in an enterprise of its own, onboarded by the first park's administrator.
 */
const run = Date.now().toString(36);

let api: ApiProcess;
let worker: RunningProcess;
let park: Session;
let park2: Session;
let owner: Session;
let leader: Session;
let employee: Session;
let colleague: Session;
let tenantId: string;
let tenantName: string;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const register = async (s: Session = owner) => (await as<Page<PainPoint>>(s, 'GET', '/api/pain-points?limit=100')).body.items;
const warehousing = { title: '库存账实不符', businessArea: 'warehousing_logistics', sceneId: 'warehousing', severity: 4 };

const member = (label: string, role: string) =>
  joinTenant(api.url, owner, `${label}.${run}@painpoints.xinzhi.test`, role, DEMO_PASSWORD, `${label} 同事`);

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  [park, park2] = await Promise.all([signIn(api.url, 'park.admin@xinzhi.test'), signIn(api.url, 'park2.admin@xinzhi.test')]);
  ({ owner, tenantId, tenantName } = await freshTenant(api.url, 'painpoints', DEMO_PASSWORD, {
    ownerName: '痛点老板',
    industryDivision: '34',
    region: '苏州',
  }));
  [leader, employee, colleague] = [
    await member('leader', 'leader'),
    await member('employee', 'employee'),
    await member('colleague', 'employee'),
  ];
});
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

describe('pain points in the enterprise', () => {
  it('lets an employee propose, refuses their edit, and a leader accepts the proposal', async () => {
    const proposed = await as<PainPoint>(employee, 'POST', '/api/pain-points', { ...warehousing, description: '月底盘点差异 12%' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      tenantId,
      recordedByPark: false,
      recordedByName: 'employee 同事',
      sceneId: 'warehousing',
      fromGap: null,
      addressedBy: [],
    });

    const edit = await as<Problem>(employee, 'PATCH', `/api/pain-points/${proposed.body.id}`, { severity: 5 });
    expect(edit.status).toBe(403);
    expect(edit.headers.get('content-type')).toContain('application/problem+json');
    expect((await as<PainPoint>(owner, 'GET', `/api/pain-points/${proposed.body.id}`)).body).toMatchObject({
      severity: 4,
      status: 'proposed',
    });

    const accepted = await as<PainPoint>(leader, 'PATCH', `/api/pain-points/${proposed.body.id}`, { status: 'open', severity: 5 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'open', severity: 5, recordedByName: 'employee 同事' });

    // Once accepted, the proposal is the register's: its proposer cannot withdraw it.
    expect((await as(employee, 'DELETE', `/api/pain-points/${proposed.body.id}`)).status).toBe(403);
    expect((await as(employee, 'GET', `/api/pain-points/${proposed.body.id}`)).status).toBe(200);
  });

  it('lets a member withdraw only their own proposal', async () => {
    const mine = (await as<PainPoint>(employee, 'POST', '/api/pain-points', { ...warehousing, title: '叉车经常找不到' })).body;
    expect((await as(colleague, 'DELETE', `/api/pain-points/${mine.id}`)).status).toBe(403);
    expect((await as(employee, 'DELETE', `/api/pain-points/${mine.id}`)).status).toBe(204);
    expect((await as(owner, 'GET', `/api/pain-points/${mine.id}`)).status).toBe(404);
  });

  it('lets owners and leaders record, edit, close and delete', async () => {
    const created = await as<PainPoint>(leader, 'POST', '/api/pain-points', {
      title: '设备停机原因不清',
      businessArea: 'production',
      sceneId: 'equipment',
      severity: 3,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', recordedByName: 'leader 同事', description: '' });

    const edited = await as<PainPoint>(owner, 'PATCH', `/api/pain-points/${created.body.id}`, {
      title: '设备停机原因说不清',
      sceneId: null,
      status: 'closed',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: '设备停机原因说不清', sceneId: null, status: 'closed', severity: 3 });

    // Nothing goes back to proposed.
    const back = await as<Problem>(owner, 'PATCH', `/api/pain-points/${created.body.id}`, { status: 'proposed' });
    expect(back.status).toBe(400);
    expect(back.body.errors?.[0]).toMatchObject({ field: 'status', code: 'transition' });
    expect((await as<PainPoint>(owner, 'GET', `/api/pain-points/${created.body.id}`)).body.status).toBe('closed');

    const filtered = await as<Page<PainPoint>>(owner, 'GET', '/api/pain-points?status=closed&businessArea=production');
    expect(filtered.body.items.map((p) => p.id)).toEqual([created.body.id]);

    expect((await as(owner, 'DELETE', `/api/pain-points/${created.body.id}`)).status).toBe(204);
    expect((await as(owner, 'GET', `/api/pain-points/${created.body.id}`)).status).toBe(404);
  });

  it('answers bad input with a problem and stores nothing', async () => {
    const before = (await register()).length;
    const bad: Array<[object, string]> = [
      [{ ...warehousing, severity: 6 }, 'severity'],
      [{ ...warehousing, severity: 0 }, 'severity'],
      [{ ...warehousing, businessArea: 'astrology' }, 'businessArea'],
      [{ ...warehousing, sceneId: 'teleportation' }, 'sceneId'],
      [{ ...warehousing, title: '   ' }, 'title'],
      [{ ...warehousing, status: 'open' }, 'status'],
      // No assessment of this enterprise has this id.
      [
        { ...warehousing, fromGap: { assessmentId: '01a21f4d-0000-7000-8000-000000000001', gapKey: 'scene:warehousing' } },
        'fromGap.assessmentId',
      ],
    ];
    for (const [body, field] of bad) {
      const res = await as<Problem>(leader, 'POST', '/api/pain-points', body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
    }
    const one = (await register())[0];
    const patch = await as<Problem>(leader, 'PATCH', `/api/pain-points/${one.id}`, { businessArea: 'astrology' });
    expect(patch.status).toBe(400);
    expect((await register()).length).toBe(before);
    expect((await as<PainPoint>(owner, 'GET', `/api/pain-points/${one.id}`)).body.businessArea).toBe(one.businessArea);
  });

  it('keeps the park administrator off the tenant routes and members off the park routes', async () => {
    expect((await as(park, 'GET', '/api/pain-points')).status).toBe(403);
    expect((await as(park, 'POST', '/api/pain-points', warehousing)).status).toBe(403);
    expect((await as(owner, 'GET', '/api/park/pain-points')).status).toBe(403);
    expect((await as(owner, 'POST', `/api/park/tenants/${tenantId}/pain-points`, warehousing)).status).toBe(403);
  });
});

describe('pain points from assessment gaps', () => {
  it('turns a gap of a scored assessment into a pain point once, and refuses drafts, unknown gaps and other tenants’ assessments', async () => {
    const frameworks = (await as<AssessmentFrameworkSummary[]>(owner, 'GET', '/api/assessment-frameworks')).body;
    const miit = frameworks.find((f) => f.key === 'miit-sme-dl' && f.current) as AssessmentFrameworkSummary;
    const draft = (await as<Assessment>(owner, 'POST', '/api/assessments', { frameworkId: miit.id })).body;
    const saved = await as(owner, 'PUT', `/api/assessments/${draft.id}/answers`, {
      items: [{ itemId: 'q2', optionIds: ['q2-e'] }],
      scenes: [
        { sceneId: 'warehousing', level: 1 },
        { sceneId: 'quality', level: 1 },
      ],
    });
    expect(saved.status).toBe(200);
    const before = (await register()).length;

    // Not scored yet.
    const early = await as<Problem>(leader, 'POST', '/api/pain-points', {
      ...warehousing,
      fromGap: { assessmentId: draft.id, gapKey: 'scene:warehousing' },
    });
    expect(early.status).toBe(400);
    expect(early.body.errors?.[0]).toMatchObject({ field: 'fromGap.assessmentId', code: 'state' });

    expect((await as(owner, 'POST', `/api/assessments/${draft.id}/submit`)).status).toBe(202);
    const scored = await waitFor(
      async () => {
        const a = (await as<Assessment>(owner, 'GET', `/api/assessments/${draft.id}`)).body;
        return a.status === 'scored' ? a : null;
      },
      15_000,
      'the assessment scored',
    );
    const gap = scored.gaps?.items[0];
    expect(gap).toBeDefined();
    const gapKey = (gap as { key: string }).key;

    const unknown = await as<Problem>(leader, 'POST', '/api/pain-points', {
      ...warehousing,
      fromGap: { assessmentId: draft.id, gapKey: 'scene:nowhere' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]).toMatchObject({ field: 'fromGap.gapKey' });

    const stranger = await signIn(api.url, 'owner@brightchem.xinzhi.test');
    const theirs = (await as<Page<AssessmentSummary>>(stranger, 'GET', '/api/assessments')).body.items[0];
    if (theirs) {
      const foreign = await as<Problem>(leader, 'POST', '/api/pain-points', {
        ...warehousing,
        fromGap: { assessmentId: theirs.id, gapKey },
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors?.[0]).toMatchObject({ field: 'fromGap.assessmentId', code: 'exists' });
    }
    expect((await register()).length).toBe(before);

    const made = await as<PainPoint>(leader, 'POST', '/api/pain-points', { ...warehousing, fromGap: { assessmentId: draft.id, gapKey } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'open', fromGap: { assessmentId: draft.id, gapKey } });
    // An employee's proposal may come from a gap too, but not from one already in the register.
    const again = await as<Problem>(employee, 'POST', '/api/pain-points', { ...warehousing, fromGap: { assessmentId: draft.id, gapKey } });
    expect(again.status).toBe(409);
    expect((await register()).length).toBe(before + 1);
  });
});

describe('pain points for the park', () => {
  it("reads its tenants' pain points with their names, filtered by tenant", async () => {
    const mine = await register();
    const res = await as<Page<PainPoint>>(park, 'GET', `/api/park/pain-points?tenantId=${tenantId}&limit=100`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p) => p.id).sort()).toEqual(mine.map((p) => p.id).sort());
    expect(res.body.items.every((p) => p.tenantName === tenantName)).toBe(true);
    // Unfiltered, the park sees its other tenants' too (the demo enterprises').
    const all = await as<Page<PainPoint>>(park, 'GET', '/api/park/pain-points?limit=100');
    expect(new Set(all.body.items.map((p) => p.tenantId)).size).toBeGreaterThan(1);
  });

  it('records one for a tenant during a visit, which the enterprise then sees as the park’s', async () => {
    const res = await as<PainPoint>(park, 'POST', `/api/park/tenants/${tenantId}/pain-points`, {
      title: '插单频繁，交期靠经验',
      businessArea: 'production',
      sceneId: 'scheduling',
      severity: 4,
    });
    expect(res.status).toBe(201);
    // The recorder is named as the park administrator's account is.
    const me = await as<MeResponse>(park, 'GET', '/api/me');
    expect(me.body.user.displayName).toBeTruthy();
    expect(res.body).toMatchObject({ tenantId, status: 'open', recordedByPark: true, recordedByName: me.body.user.displayName });
    const seen = await as<PainPoint>(leader, 'GET', `/api/pain-points/${res.body.id}`);
    expect(seen.body).toMatchObject({ recordedByPark: true, recordedByName: me.body.user.displayName, status: 'open' });
    // The enterprise's leaders keep their register: they may edit it.
    expect((await as(leader, 'PATCH', `/api/pain-points/${res.body.id}`, { severity: 3 })).status).toBe(200);

    const withGap = await as<Problem>(park, 'POST', `/api/park/tenants/${tenantId}/pain-points`, {
      ...warehousing,
      fromGap: { assessmentId: '01a21f4d-0000-7000-8000-000000000001', gapKey: 'scene:warehousing' },
    });
    expect(withGap.status).toBe(400);
  });

  it("shows the second park none of them and lets it record none for the first park's tenant", async () => {
    const before = (await register()).length;
    const listed = await as<Page<PainPoint>>(park2, 'GET', `/api/park/pain-points?tenantId=${tenantId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([]);
    const all = await as<Page<PainPoint>>(park2, 'GET', '/api/park/pain-points?limit=100');
    expect(all.body.items.filter((p) => p.tenantId === tenantId)).toEqual([]);

    const recorded = await as<Problem>(park2, 'POST', `/api/park/tenants/${tenantId}/pain-points`, warehousing);
    expect(recorded.status).toBe(404);
    expect(recorded.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await as<Problem>(park, 'POST', '/api/park/tenants/01a21f4d-0000-7000-8000-000000000001/pain-points', warehousing);
    expect(unknown.status).toBe(404);
    expect((await register()).length).toBe(before);
  });
});
