import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import type {
  IncentiveAward,
  IncentiveScheme,
  Kpi,
  LeaderboardEntry,
  Member,
  MyAwardsSummary,
  Page,
  Problem,
  Project,
  SkillsMatrix,
  Task,
  Team,
  TrainingRecord,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, testEnv, waitFor } from '@xinzhi/testing';

/**
 * Talent incentives: the worker turns achievements into proposed awards exactly once,
 * budget caps stop proposals with a reason, leaders decide, members see only their own.
 * Runs in Delta Foods on a project of its own, with project-scoped schemes.
 */
describe('talent incentives', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Session;
  let employee: Session;
  let panTao: Session;
  let park: Session;
  let project: Project;
  let people: Record<string, string>;
  let queue: Queue;
  let events: QueueEvents;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });
  const today = new Date().toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);
  const awardsOf = async (schemeId: string) =>
    (await as<Page<IncentiveAward>>(owner, 'GET', `/api/incentive-awards?schemeId=${schemeId}&limit=200`)).body.items;
  const scheme = async (body: object) => {
    const res = await as<IncentiveScheme>(owner, 'POST', '/api/incentive-schemes', { projectId: project.id, ...body });
    expect(res.status).toBe(201);
    return res.body;
  };
  const task = async (title: string, weight: number, extra: object = {}) =>
    (
      await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title,
        businessArea: 'finance',
        technologyType: 'big_data',
        weight,
        assigneeId: people['employee'],
        ...extra,
      })
    ).body;

  /** Runs the evaluation job for the test project (as a retry or a duplicate would) and waits for it. */
  let jobs = 0;
  async function evaluate(times = 1): Promise<void> {
    const added = await Promise.all(
      Array.from({ length: times }, () =>
        queue.add(
          'evaluate-incentives',
          { tenantId: owner.context?.id, projectId: project.id },
          { jobId: `test-evaluate-${process.pid}-${++jobs}` },
        ),
      ),
    );
    await Promise.all(added.map((job) => job.waitUntilFinished(events, 10_000)));
  }

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    [owner, employee, panTao, park] = await Promise.all(
      ['owner@delta.xinzhi.test', 'employee@delta.xinzhi.test', 'pan.tao@delta.xinzhi.test', 'park2.admin@xinzhi.test'].map((e) =>
        signIn(api.url, e),
      ),
    );
    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `激励 Incentives ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const members = await as<Page<Member>>(owner, 'GET', '/api/members?limit=200');
    people = Object.fromEntries(members.body.items.map((m) => [m.email.split('@')[0], m.userId as string]));
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

  let doneAward: IncentiveAward;

  it('proposes exactly one award with the rule’s amount when an employee’s task is done, even when the update is retried or repeated', async () => {
    const rule = await scheme({
      name: `任务奖金 Task bonus ${Date.now()}`,
      kind: 'bonus',
      trigger: 'task_done',
      amount: 200,
      scaleByWeight: true,
      businessAreas: ['production'],
    });
    expect(rule).toMatchObject({
      unit: 'cny',
      scaleByWeight: true,
      businessAreas: ['production'],
      budget: { committed: 0, paid: 0, remaining: null, skipped: 0, stop: null },
    });
    const t = await task('产线数据采集 Line data capture', 3, { businessArea: 'production' });
    const outside = await task('报销流程 Expense flow', 5); // finance: outside the rule's business areas

    // The employee marks it done: twice at once (a client retry), then once more.
    const done = await Promise.all([1, 2].map(() => as<Task>(employee, 'PATCH', `/api/tasks/${t.id}`, { status: 'done' })));
    expect(done.map((r) => r.status)).toEqual([200, 200]);
    expect((await as(employee, 'PATCH', `/api/tasks/${t.id}`, { status: 'done' })).status).toBe(200);
    expect((await as(employee, 'PATCH', `/api/tasks/${outside.id}`, { status: 'done' })).status).toBe(200);

    const [award] = await waitFor(
      async () => {
        const items = await awardsOf(rule.id);
        return items.length ? items : null;
      },
      5000,
      'the proposed award',
      100,
    );
    // And the job itself retried or duplicated: still one.
    await evaluate(3);
    const items = await awardsOf(rule.id);
    expect(items).toHaveLength(1);
    expect(award).toMatchObject({
      schemeId: rule.id,
      kind: 'bonus',
      unit: 'cny',
      recipientId: people['employee'],
      recipientName: '韩梅',
      amount: 600,
      status: 'proposed',
      reason: { type: 'task', id: t.id, title: '产线数据采集 Line data capture', projectId: project.id, projectName: project.name },
      rejectionReason: null,
      decidedBy: null,
      paidAt: null,
    });
    // Facts, never a sentence: the web words them in the reader's language.
    expect(award).not.toHaveProperty('explanation');
    expect(award.basis).toEqual({ trigger: 'task_done', achievedOn: today, weight: 3, rate: 200, scaled: true });

    const mine = (await as<MyAwardsSummary>(employee, 'GET', '/api/me/awards')).body;
    expect(mine.items.filter((a) => a.schemeId === rule.id).map((a) => a.id)).toEqual([award.id]);
    expect(mine.totals.pending).toBeGreaterThanOrEqual(1);
    const budget = (await as<IncentiveScheme>(owner, 'GET', `/api/incentive-schemes/${rule.id}`)).body.budget;
    expect(budget).toEqual({ committed: 600, paid: 0, remaining: null, skipped: 0, stop: null });
    doneAward = award;
  });

  it('does not pay twice when the task is reopened and done again', async () => {
    const approved = await as<IncentiveAward>(owner, 'PATCH', `/api/incentive-awards/${doneAward.id}`, { action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: people['owner'], decidedByName: '沈海' });
    const paid = await as<IncentiveAward>(owner, 'PATCH', `/api/incentive-awards/${doneAward.id}`, { action: 'pay' });
    expect(paid.body.status).toBe('paid');
    expect(paid.body.paidAt).not.toBeNull();

    expect((await as(employee, 'PATCH', `/api/tasks/${doneAward.reason.id}`, { status: 'in_progress', percentDone: 80 })).status).toBe(200);
    await evaluate();
    expect((await as(employee, 'PATCH', `/api/tasks/${doneAward.reason.id}`, { status: 'done' })).status).toBe(200);
    await evaluate(2);
    const items = await awardsOf(doneAward.schemeId);
    expect(items.map((a) => [a.id, a.status, a.amount])).toEqual([[doneAward.id, 'paid', 600]]);
    const budget = (await as<IncentiveScheme>(owner, 'GET', `/api/incentive-schemes/${doneAward.schemeId}`)).body.budget;
    expect(budget).toMatchObject({ committed: 600, paid: 600 });
  });

  it('proposes the KPI owner’s award (and the KPI’s team’s) when a KPI reaches its target, once', async () => {
    const team = (
      await as<Team>(owner, 'POST', `/api/projects/${project.id}/teams`, {
        name: '质量追溯组 Tracing team',
        leadUserId: people['pan.tao'],
        memberUserIds: [people['pan.tao'], people['tang.yu']],
      })
    ).body;
    expect(team.members).toHaveLength(2);
    const rule = await scheme({
      name: `KPI 达标奖 KPI award ${Date.now()}`,
      kind: 'performance',
      trigger: 'kpi_target_reached',
      amount: 1000,
    });
    const kpi = (
      await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '追溯覆盖率 Tracing coverage',
        unit: '%',
        direction: 'higher_is_better',
        category: 'quality',
        baseline: 20,
        target: 95,
        ownerId: people['pan.tao'],
        teamId: team.id,
      })
    ).body;
    expect(kpi).toMatchObject({ teamId: team.id, teamName: '质量追溯组 Tracing team' });
    expect((await as(panTao, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(10), value: 80 })).status).toBe(201);
    await evaluate();
    expect(await awardsOf(rule.id)).toEqual([]);

    expect((await as(panTao, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: today, value: 96 })).status).toBe(201);
    const items = await waitFor(
      async () => {
        const found = await awardsOf(rule.id);
        return found.length >= 2 ? found : null;
      },
      5000,
      'the KPI awards',
      100,
    );
    await evaluate(2);
    expect(await awardsOf(rule.id)).toHaveLength(2);
    const byRecipient = Object.fromEntries(items.map((a) => [a.recipientId, a]));
    expect(byRecipient[people['pan.tao']]).toMatchObject({
      amount: 1000,
      unit: 'cny',
      status: 'proposed',
      reason: { type: 'kpi', id: kpi.id, title: '追溯覆盖率 Tracing coverage' },
    });
    expect(byRecipient[people['tang.yu']]).toMatchObject({ amount: 1000, status: 'proposed' });
    expect(byRecipient[people['pan.tao']].basis).toEqual({
      trigger: 'kpi_target_reached',
      achievedOn: today,
      kpiName: '追溯覆盖率 Tracing coverage',
      target: 95,
      value: 96,
      kpiUnit: '%',
      as: 'kpi_owner',
      teams: null,
    });
    expect(byRecipient[people['tang.yu']].basis).toMatchObject({ as: 'team_member', teams: '质量追溯组 Tracing team' });
  });

  it('stops proposals at the budget cap and says why; a rejection frees the budget for the next one', async () => {
    const rule = await scheme({
      name: `上云奖金 Cloud bonus ${Date.now()}`,
      kind: 'bonus',
      trigger: 'task_done',
      amount: 100,
      scaleByWeight: true,
      technologyTypes: ['cloud_computing'],
      budgetCap: 500,
    });
    const [a, b, c] = [
      await task('A 上云 cloud', 2, { technologyType: 'cloud_computing' }),
      await task('B 上云 cloud', 2, { technologyType: 'cloud_computing' }),
      await task('C 上云 cloud', 3, { technologyType: 'cloud_computing' }),
    ];
    for (const t of [a, b, c]) expect((await as(employee, 'PATCH', `/api/tasks/${t.id}`, { status: 'done' })).status).toBe(200);
    await waitFor(
      async () => (await as<IncentiveScheme>(owner, 'GET', `/api/incentive-schemes/${rule.id}`)).body.budget?.skipped === 1,
      5000,
      'the skip',
      100,
    );
    await evaluate(2);

    const items = await awardsOf(rule.id);
    expect(items.map((x) => [x.reason.title, x.amount]).sort()).toEqual([
      ['A 上云 cloud', 200],
      ['B 上云 cloud', 200],
    ]);
    const budget = (await as<IncentiveScheme>(owner, 'GET', `/api/incentive-schemes/${rule.id}`)).body.budget;
    expect(budget).toMatchObject({ committed: 400, paid: 0, remaining: 100, skipped: 1 });
    // Why it stopped, as a code with the numbers above: short (100 left, the next needs more).
    expect(budget?.stop).toBe('short');

    // Rejected: the reason is required, and the freed 200 make room for C's 300 (200 + 300 = 500).
    const first = items.find((x) => x.reason.id === a.id) as IncentiveAward;
    const noReason = await as<Problem>(owner, 'PATCH', `/api/incentive-awards/${first.id}`, { action: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0]).toMatchObject({ field: 'reason', code: 'required' });
    const rejected = await as<IncentiveAward>(owner, 'PATCH', `/api/incentive-awards/${first.id}`, {
      action: 'reject',
      reason: '重复申报 Claimed twice',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '重复申报 Claimed twice' });
    const after = await waitFor(
      async () => {
        const found = await awardsOf(rule.id);
        return found.some((x) => x.reason.id === c.id) ? found : null;
      },
      8000,
      'the award that now fits the budget',
      200,
    );
    expect(after.find((x) => x.reason.id === c.id)).toMatchObject({ amount: 300, status: 'proposed' });
    const now = (await as<IncentiveScheme>(owner, 'GET', `/api/incentive-schemes/${rule.id}`)).body.budget;
    expect(now).toMatchObject({ committed: 500, remaining: 0, skipped: 0 });
    // The rejected achievement is never proposed again.
    await evaluate();
    expect((await awardsOf(rule.id)).filter((x) => x.reason.id === a.id).map((x) => x.status)).toEqual(['rejected']);
  });

  it('lets only owners and leaders decide, and only from valid states', async () => {
    const approve = await as<Problem>(employee, 'PATCH', `/api/incentive-awards/${doneAward.id}`, { action: 'approve' });
    expect(approve.status).toBe(403);
    expect((await as(employee, 'GET', '/api/incentive-awards')).status).toBe(403);
    expect(
      (await as(employee, 'POST', '/api/incentive-schemes', { name: 'mine', kind: 'bonus', trigger: 'task_done', amount: 1 })).status,
    ).toBe(403);
    expect((await as(employee, 'PATCH', `/api/incentive-schemes/${doneAward.schemeId}`, { amount: 100000 })).status).toBe(403);
    expect((await as(employee, 'GET', '/api/training-records/skills-matrix')).status).toBe(403);

    // Paid is final; approving or paying twice is a conflict.
    const again = await as<Problem>(owner, 'PATCH', `/api/incentive-awards/${doneAward.id}`, { action: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('This award is paid');
    const proposed = (await as<Page<IncentiveAward>>(owner, 'GET', `/api/incentive-awards?status=proposed&projectId=${project.id}`)).body
      .items[0];
    const payEarly = await as<Problem>(owner, 'PATCH', `/api/incentive-awards/${proposed.id}`, { action: 'pay' });
    expect(payEarly.status).toBe(409);
    expect((await as<Problem>(owner, 'PATCH', `/api/incentive-awards/${proposed.id}`, { action: 'promote' })).status).toBe(400);

    // The request schemas: amounts have at most two decimals, flags are true or false, a malformed id names nothing.
    const precise = await as<Problem>(owner, 'POST', '/api/incentive-schemes', {
      name: `精度 Precision ${Date.now()}`,
      kind: 'bonus',
      trigger: 'task_done',
      amount: 1.005,
    });
    expect(precise.status).toBe(400);
    expect(precise.body.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'isNumber' })]);
    expect((await as<Problem>(owner, 'GET', '/api/incentive-schemes?active=maybe')).status).toBe(400);
    const inactive = await as<Page<IncentiveScheme>>(owner, 'GET', `/api/incentive-schemes?projectId=${project.id}&active=false`);
    expect(inactive.status).toBe(200);
    expect(inactive.body.items.every((s) => !s.active)).toBe(true);
    expect((await as(owner, 'GET', '/api/incentive-awards/not-an-id')).status).toBe(404);

    // A scheme with paid awards is kept: deactivate it instead.
    expect((await as<Problem>(owner, 'DELETE', `/api/incentive-schemes/${doneAward.schemeId}`)).status).toBe(409);

    // A park administrator sees none of it.
    for (const path of [
      '/api/incentive-schemes',
      '/api/incentive-awards',
      '/api/me/awards',
      '/api/training-records',
      '/api/me/training-records',
      '/api/incentives/leaderboard',
      '/api/training-records/skills-matrix',
    ]) {
      expect({ path, status: (await as(park, 'GET', path)).status }).toEqual({ path, status: 403 });
    }
  });

  it('never shows an employee another employee’s award amounts', async () => {
    const others = (await as<Page<IncentiveAward>>(owner, 'GET', `/api/incentive-awards?recipientId=${people['pan.tao']}`)).body.items;
    expect(others.length).toBeGreaterThan(0);
    expect((await as(employee, 'GET', `/api/incentive-awards/${others[0].id}`)).status).toBe(404);
    expect((await as(panTao, 'GET', `/api/incentive-awards/${others[0].id}`)).status).toBe(200);
    const mine = (await as<MyAwardsSummary>(employee, 'GET', '/api/me/awards')).body;
    expect(mine.items.every((a) => a.recipientId === people['employee'])).toBe(true);
    const schemes = (await as<Page<IncentiveScheme>>(employee, 'GET', `/api/incentive-schemes?projectId=${project.id}`)).body.items;
    expect(schemes.length).toBeGreaterThan(0);
    expect(schemes.every((s) => s.budget === null)).toBe(true);
    const board = await as<LeaderboardEntry[]>(employee, 'GET', '/api/incentives/leaderboard');
    expect(board.status).toBe(200);
    for (const entry of board.body) expect(Object.keys(entry).sort()).toEqual(['awards', 'name', 'points', 'trainingHours', 'userId']);
    const members = new Set(Object.values(people));
    expect(board.body.every((e) => members.has(e.userId))).toBe(true);
  });

  it('keeps training records: employees their own, leaders anyone’s, with a skills matrix', async () => {
    const own = await as<TrainingRecord>(employee, 'POST', '/api/training-records', {
      course: '食品安全数字化 Digital food safety',
      provider: '浙江大学',
      hours: 12.5,
      completedOn: daysAgo(3),
      skills: ['ai', 'data_analysis', 'ai'],
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      userId: people['employee'],
      userName: '韩梅',
      hours: 12.5,
      skills: ['data_analysis', 'ai'],
      createdBy: people['employee'],
    });
    expect(
      (
        await as(employee, 'POST', '/api/training-records', {
          userId: people['tang.yu'],
          course: 'x',
          provider: 'y',
          hours: 1,
          completedOn: today,
          skills: ['iot'],
        })
      ).status,
    ).toBe(403);
    const bad = await as<Problem>(employee, 'POST', '/api/training-records', {
      course: '',
      provider: 'y',
      hours: 0.2,
      completedOn: today,
      skills: ['knitting'],
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => `${e.field}:${e.code}`).sort()).toEqual(['course:required', 'hours:min', 'skills.0:isIn']);
    const future = await as<Problem>(employee, 'POST', '/api/training-records', {
      course: 'x',
      provider: 'y',
      hours: 1,
      completedOn: daysAgo(-2),
      skills: ['iot'],
    });
    expect(future.body.errors?.[0]).toMatchObject({ field: 'completedOn', code: 'future' });
    expect(
      (
        await as<Problem>(employee, 'POST', '/api/training-records', {
          course: 'x',
          provider: 'y',
          hours: 1,
          completedOn: today,
          skills: [],
        })
      ).status,
    ).toBe(400);

    const forOther = await as<TrainingRecord>(owner, 'POST', '/api/training-records', {
      userId: people['tang.yu'],
      course: '云上 ERP Cloud ERP',
      provider: '用友',
      hours: 8,
      completedOn: today,
      skills: ['cloud'],
    });
    expect(forOther.status).toBe(201);
    expect(forOther.body).toMatchObject({ userId: people['tang.yu'], createdBy: people['owner'] });

    const list = (await as<Page<TrainingRecord>>(employee, 'GET', '/api/training-records?limit=200')).body.items;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.userId === people['employee'])).toBe(true);
    expect((await as<Page<TrainingRecord>>(employee, 'GET', '/api/me/training-records')).body.items.map((r) => r.id)).toContain(
      own.body.id,
    );
    expect((await as(employee, 'GET', `/api/training-records/${forOther.body.id}`)).status).toBe(404);
    expect((await as(employee, 'PATCH', `/api/training-records/${forOther.body.id}`, { hours: 80 })).status).toBe(404);
    expect((await as<TrainingRecord>(employee, 'PATCH', `/api/training-records/${own.body.id}`, { hours: 14 })).body.hours).toBe(14);

    const matrix = (await as<SkillsMatrix>(owner, 'GET', '/api/training-records/skills-matrix')).body;
    expect(matrix.skills).toContain('industrial_software');
    const row = matrix.members.find((x) => x.userId === people['employee']);
    expect(row?.hours.ai).toBeGreaterThanOrEqual(14);
    expect(row?.total).toBeGreaterThanOrEqual(14);
    expect(matrix.totals.ai).toBeGreaterThanOrEqual(14);
    expect(matrix.thin.length).toBeGreaterThan(0);
    expect(matrix.members.every((x) => Object.values(people).includes(x.userId))).toBe(true);

    expect((await as(employee, 'DELETE', `/api/training-records/${own.body.id}`)).status).toBe(204);
    expect((await as(employee, 'GET', `/api/training-records/${own.body.id}`)).status).toBe(404);
  });

  it('catches up on an evaluation that was lost (the sweep), still without a second award', async () => {
    const rule = await scheme({
      name: `积分 Points ${Date.now()}`,
      kind: 'points',
      trigger: 'task_done',
      amount: 15,
      technologyTypes: ['internet_of_things'],
    });
    const t = await task('传感器上线 Sensors online', 2, { technologyType: 'internet_of_things' });
    expect((await as(employee, 'PATCH', `/api/tasks/${t.id}`, { status: 'done' })).status).toBe(200);
    const [first] = await waitFor(
      async () => {
        const found = await awardsOf(rule.id);
        return found.length ? found : null;
      },
      5000,
      'the points award',
      100,
    );
    expect(first).toMatchObject({ unit: 'points', amount: 15, basis: { trigger: 'task_done', achievedOn: today, scaled: false } });

    // As if the proposal and the record of the evaluation had never been written (a lost job).
    const db = new Client({ connectionString: testEnv()['DATABASE_URL'] });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [owner.context?.id]);
      await db.query('DELETE FROM incentive_awards WHERE id = $1', [first.id]);
      await db.query('DELETE FROM incentive_evaluations WHERE project_id = $1', [project.id]);
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    expect(await awardsOf(rule.id)).toEqual([]);
    const again = await waitFor(
      async () => {
        const found = await awardsOf(rule.id);
        return found.length ? found : null;
      },
      10_000,
      'the sweep to propose the award again',
      250,
    );
    expect(again.map((a) => [a.reason.id, a.amount, a.status])).toEqual([[t.id, 15, 'proposed']]);
  });

  it('has demo schemes, an award history and training records', async () => {
    const acme = await signIn(api.url, 'owner@acme.xinzhi.test');
    const brightchem = await signIn(api.url, 'owner@brightchem.xinzhi.test');
    const statuses = new Set<string>();
    for (const s of [acme, brightchem, owner]) {
      expect((await as<Page<IncentiveScheme>>(s, 'GET', '/api/incentive-schemes')).body.items.length).toBeGreaterThanOrEqual(2);
      for (const a of (await as<Page<IncentiveAward>>(s, 'GET', '/api/incentive-awards?limit=200')).body.items) {
        statuses.add(a.status);
        if (a.status === 'rejected') expect(a.rejectionReason).toBeTruthy();
      }
    }
    expect([...statuses].sort()).toEqual(['approved', 'paid', 'proposed', 'rejected']);
    expect((await as<Page<TrainingRecord>>(acme, 'GET', '/api/training-records?limit=200')).body.items.length).toBeGreaterThanOrEqual(10);
    const board = (await as<LeaderboardEntry[]>(acme, 'GET', '/api/incentives/leaderboard')).body;
    expect(board.length).toBeGreaterThanOrEqual(10);
    expect(board.some((e) => e.points > 0)).toBe(true);
  });
});
