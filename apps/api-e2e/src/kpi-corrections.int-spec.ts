import { Queue, QueueEvents } from 'bullmq';
import type {
  AuditEvent,
  IncentiveAward,
  IncentiveScheme,
  Kpi,
  KpiReading,
  KpiReadingEvent,
  Member,
  Page,
  Problem,
  Project,
  ProjectOverview,
  Team,
} from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  freshTenant,
  joinTenant,
  RunningProcess,
  Session,
  startApi,
  startWorker,
  testEnv,
  waitFor,
} from '@xinzhi/testing';

/**
 * Corrections of KPI readings (PATCH and DELETE /api/kpi-readings/:id) with the KPI's history and
 * numbers, and KPI target awards aimed at the KPI's own team. Runs in two enterprises of its own,
 * onboarded by the demo park's administrator, with members who join by invitation.
 */
const run = Date.now().toString(36);
const PASSWORD = 'kpi corrections passphrase';
let joined = 0;

describe('KPI reading corrections and KPI team awards', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Session;
  let leader: Session;
  let kpiOwner: Session;
  let colleague: Session;
  let stranger: Session;
  let userIds: Record<string, string>;
  let project: Project;
  let queue: Queue;
  let events: QueueEvents;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);

  const join = (by: Session, label: string, role: string) =>
    joinTenant(api.url, by, `${label}.${run}.${++joined}@kpi-corrections.xinzhi.test`, role, PASSWORD, label);

  const kpiOf = async (id: string) => (await as<Kpi>(owner, 'GET', `/api/kpis/${id}`)).body;
  const readingsOf = async (id: string) => (await as<KpiReading[]>(owner, 'GET', `/api/kpis/${id}/readings`)).body;
  const projectAttainment = (value: number) =>
    waitFor(
      async () => {
        const o = (await as<ProjectOverview>(owner, 'GET', `/api/projects/${project.id}`)).body;
        return o.kpiAttainment !== null && Math.abs(o.kpiAttainment - value) < 1e-9 ? o : null;
      },
      5000,
      `project KPI attainment ${value}`,
      50,
    );

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    ({ owner } = await freshTenant(api.url, 'kpi-corrections', PASSWORD));
    leader = await join(owner, 'leader', 'leader');
    kpiOwner = await join(owner, 'kpi.owner', 'employee');
    colleague = await join(owner, 'colleague', 'employee');
    await join(owner, 'teammate', 'employee');
    await join(owner, 'other.team', 'employee');
    const members = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items;
    userIds = Object.fromEntries(members.map((m) => [m.email.split('.')[0], m.userId as string]));
    const { owner: other } = await freshTenant(api.url, 'kpi-corrections', PASSWORD);
    stranger = await join(other, 'stranger', 'leader');
    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `KPI 更正项目 ${run}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const env = testEnv();
    const connection = { url: env['REDIS_URL'], maxRetriesPerRequest: null };
    queue = new Queue('progress', { connection, prefix: env['QUEUE_PREFIX'] });
    events = new QueueEvents('progress', { connection, prefix: env['QUEUE_PREFIX'] });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await Promise.all([queue?.close(), events?.close()]);
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  /** Runs the award evaluation of the project now (as a retry would) and waits for it. */
  let jobs = 0;
  async function evaluate(): Promise<void> {
    const job = await queue.add(
      'evaluate-incentives',
      { tenantId: owner.context?.id, projectId: project.id },
      { jobId: `test-kpi-evaluate-${process.pid}-${++jobs}` },
    );
    await job.waitUntilFinished(events, 10_000);
  }

  it('corrects and deletes a reading, recomputing the KPI and the project each time, and keeps both in the history', async () => {
    const created = await as<Kpi>(leader, 'POST', `/api/projects/${project.id}/kpis`, {
      name: '一次合格率 First-pass yield',
      unit: '%',
      direction: 'higher_is_better',
      category: 'quality',
      baseline: 0,
      target: 100,
      ownerId: userIds['kpi'],
    });
    expect(created.status).toBe(201);
    const kpi = created.body;
    const typo = await as<KpiReading>(kpiOwner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(10), value: 500 });
    expect(typo.status).toBe(201);
    expect((await kpiOf(kpi.id)).attainment).toBe(1);
    await projectAttainment(1);

    // Re-recording the date answers 409 and says to correct the existing reading.
    const again = await as<Problem>(kpiOwner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(10), value: 50 });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/correct the existing reading/i);

    // The KPI's owner corrects the typo: 500 → 50.
    const corrected = await as<KpiReading>(kpiOwner, 'PATCH', `/api/kpi-readings/${typo.body.id}`, { value: 50 });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: typo.body.id, takenOn: daysAgo(10), value: 50 });
    expect(await kpiOf(kpi.id)).toMatchObject({ latest: { takenOn: daysAgo(10), value: 50 }, attainment: 0.5 });
    await projectAttainment(0.5);
    expect((await as<KpiReading>(colleague, 'GET', `/api/kpi-readings/${typo.body.id}`)).body.value).toBe(50);

    // A leader adds a newer reading, then deletes it: the latest value falls back to the corrected one.
    const newer = await as<KpiReading>(leader, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(2), value: 80 });
    expect(newer.status).toBe(201);
    expect((await kpiOf(kpi.id)).attainment).toBe(0.8);
    await projectAttainment(0.8);
    // Moving the first reading onto the newer one's date is a conflict.
    const clash = await as<Problem>(leader, 'PATCH', `/api/kpi-readings/${typo.body.id}`, { takenOn: daysAgo(2) });
    expect(clash.status).toBe(409);
    // A member who may not record readings may not correct or delete them either.
    expect((await as(colleague, 'PATCH', `/api/kpi-readings/${newer.body.id}`, { value: 1 })).status).toBe(403);
    expect((await as(colleague, 'DELETE', `/api/kpi-readings/${newer.body.id}`)).status).toBe(403);

    expect((await as(leader, 'DELETE', `/api/kpi-readings/${newer.body.id}`)).status).toBe(204);
    expect(await kpiOf(kpi.id)).toMatchObject({ latest: { takenOn: daysAgo(10), value: 50 }, attainment: 0.5 });
    await projectAttainment(0.5);
    expect((await as(leader, 'GET', `/api/kpi-readings/${newer.body.id}`)).status).toBe(404);
    expect((await as(leader, 'DELETE', `/api/kpi-readings/${newer.body.id}`)).status).toBe(404);
    // The day is free again: it can be recorded anew.
    expect((await as(kpiOwner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(2), value: 70 })).status).toBe(201);
    expect((await kpiOf(kpi.id)).attainment).toBe(0.7);

    // The history: the correction (before and after, who) and the deletion (what was removed, who).
    const history = await as<KpiReadingEvent[]>(colleague, 'GET', `/api/kpis/${kpi.id}/reading-events`);
    expect(history.status).toBe(200);
    expect(
      history.body.map(({ action, before, after, actorName, readingId }) => ({ action, before, after, actorName, readingId })),
    ).toEqual([
      {
        action: 'corrected',
        readingId: typo.body.id,
        before: { takenOn: daysAgo(10), value: 500 },
        after: { takenOn: daysAgo(10), value: 50 },
        actorName: 'kpi.owner',
      },
      { action: 'deleted', readingId: newer.body.id, before: { takenOn: daysAgo(2), value: 80 }, after: null, actorName: 'leader' },
    ]);

    // The audit log names each business action.
    const audit = (await as<Page<AuditEvent>>(owner, 'GET', '/api/audit-events?limit=100')).body.items.filter(
      (e) => e.detail['kpiId'] === kpi.id,
    );
    expect(audit.map((e) => e.action).sort()).toEqual(
      [
        'kpi.created',
        'kpi_reading.corrected',
        'kpi_reading.deleted',
        'kpi_reading.recorded',
        'kpi_reading.recorded',
        'kpi_reading.recorded',
      ].sort(),
    );
    expect(audit.find((e) => e.action === 'kpi_reading.corrected')).toMatchObject({
      actorEmail: kpiOwner.email,
      subject: '一次合格率 First-pass yield',
      detail: { readingId: typo.body.id, fromValue: 500, toValue: 50, fromTakenOn: daysAgo(10), toTakenOn: daysAgo(10) },
    });
  });

  it('refuses bad corrections with 4xx and keeps the stored reading', async () => {
    const kpi = (
      await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '能耗 Energy use',
        unit: 'kWh',
        direction: 'lower_is_better',
        category: 'green',
        baseline: 100,
        target: 50,
      })
    ).body;
    const reading = (await as<KpiReading>(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(3), value: 75 })).body;
    const patch = (body: unknown) => as<Problem>(owner, 'PATCH', `/api/kpi-readings/${reading.id}`, body);

    const badDate = await patch({ takenOn: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors?.[0]).toMatchObject({ field: 'takenOn' });
    const future = await patch({ takenOn: daysAgo(-2) });
    expect(future.status).toBe(400);
    expect(future.body.errors?.[0]).toMatchObject({ field: 'takenOn', code: 'future' });
    for (const value of ['NaN', 'seventy', null, 1e16]) {
      const bad = await patch({ value });
      expect({ value, status: bad.status, field: bad.body.errors?.[0]?.field }).toEqual({ value, status: 400, field: 'value' });
    }
    expect((await patch({})).status).toBe(400);
    expect((await patch({ value: 1, note: 'unknown field' })).status).toBe(400);
    expect((await as(owner, 'PATCH', '/api/kpi-readings/0198f0b4-0000-7000-8000-000000000000', { value: 1 })).status).toBe(404);
    expect((await as(owner, 'PATCH', '/api/kpi-readings/not-a-uuid', { value: 1 })).status).toBe(404);
    expect((await as(owner, 'DELETE', '/api/kpi-readings/0198f0b4-0000-7000-8000-000000000000')).status).toBe(404);
    // Another enterprise's leader: 404 for read, correction and deletion.
    expect((await as(stranger, 'GET', `/api/kpi-readings/${reading.id}`)).status).toBe(404);
    expect((await as(stranger, 'PATCH', `/api/kpi-readings/${reading.id}`, { value: 1 })).status).toBe(404);
    expect((await as(stranger, 'DELETE', `/api/kpi-readings/${reading.id}`)).status).toBe(404);
    expect((await as(stranger, 'GET', `/api/kpis/${kpi.id}/reading-events`)).status).toBe(404);

    expect(await readingsOf(kpi.id)).toEqual([reading]);
    expect(await kpiOf(kpi.id)).toMatchObject({ latest: { takenOn: daysAgo(3), value: 75 }, attainment: 0.5 });
    expect((await as<KpiReadingEvent[]>(owner, 'GET', `/api/kpis/${kpi.id}/reading-events`)).body).toEqual([]);
    // The same values again change nothing and write no history.
    expect((await patch({ value: 75, takenOn: daysAgo(3) })).status).toBe(200);
    expect((await as<KpiReadingEvent[]>(owner, 'GET', `/api/kpis/${kpi.id}/reading-events`)).body).toEqual([]);
  });

  it('takes a team of the KPI’s own project only', async () => {
    const elsewhere = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `另一项目 Other ${run}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const foreignTeam = (
      await as<Team>(owner, 'POST', `/api/projects/${elsewhere.id}/teams`, { name: '别处 Elsewhere', memberUserIds: [] })
    ).body;
    const body = (teamId: string) => ({
      name: `团队 KPI ${teamId.slice(-4)}`,
      unit: '件',
      direction: 'higher_is_better',
      category: 'efficiency',
      baseline: 0,
      target: 10,
      teamId,
    });
    for (const teamId of [foreignTeam.id, '0198f0b4-0000-7000-8000-000000000000']) {
      const refused = await as<Problem>(owner, 'POST', `/api/projects/${project.id}/kpis`, body(teamId));
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]).toMatchObject({ field: 'teamId' });
    }
    expect((await as<Problem>(owner, 'POST', `/api/projects/${project.id}/kpis`, body('not-a-uuid'))).status).toBe(400);
  });

  it('proposes KPI target awards to exactly the owner and the KPI’s team — not the owner’s other teams', async () => {
    const team = async (name: string, memberUserIds: string[]) => {
      const res = await as<Team>(owner, 'POST', `/api/projects/${project.id}/teams`, { name, memberUserIds });
      expect(res.status).toBe(201);
      return res.body;
    };
    const own = await team('良率组 Yield team', [userIds['kpi'], userIds['teammate']]);
    await team('无关组 Unrelated team', [userIds['kpi'], userIds['other']]);
    const rule = (
      await as<IncentiveScheme>(owner, 'POST', '/api/incentive-schemes', {
        projectId: project.id,
        name: `KPI 达标奖 ${run}`,
        kind: 'bonus',
        trigger: 'kpi_target_reached',
        amount: 1000,
      })
    ).body;
    const kpi = async (name: string, teamId: string | null) => {
      const res = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
        name,
        unit: '件',
        direction: 'higher_is_better',
        category: 'efficiency',
        baseline: 0,
        target: 10,
        ownerId: userIds['kpi'],
        teamId,
      });
      expect(res.status).toBe(201);
      return res.body;
    };
    const withTeam = await kpi('日产量 Daily output', own.id);
    expect(withTeam).toMatchObject({ teamId: own.id, teamName: '良率组 Yield team' });
    const alone = await kpi('换型次数 Changeovers', null);
    for (const k of [withTeam, alone])
      expect((await as(kpiOwner, 'POST', `/api/kpis/${k.id}/readings`, { takenOn: daysAgo(1), value: 12 })).status).toBe(201);

    await evaluate();
    await evaluate();
    const awards = (await as<Page<IncentiveAward>>(owner, 'GET', `/api/incentive-awards?schemeId=${rule.id}&limit=200`)).body.items;
    const byKpi = (id: string) =>
      awards
        .filter((a) => a.reason.id === id)
        .map((a) => a.recipientId)
        .sort();
    expect(byKpi(withTeam.id)).toEqual([userIds['kpi'], userIds['teammate']].sort());
    expect(byKpi(alone.id)).toEqual([userIds['kpi']]);
    expect(awards.some((a) => a.recipientId === userIds['other'])).toBe(false);
    expect(awards.filter((a) => a.reason.id === withTeam.id || a.reason.id === alone.id)).toHaveLength(3);
  });
});
