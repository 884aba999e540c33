import type {
  AppNotification,
  IncentiveAward,
  IncentiveScheme,
  MeResponse,
  MentionableMember,
  NotificationKind,
  NotificationPage,
  NotificationPreferences,
  Page,
  Problem,
  Project,
  Task,
  TaskEvent,
  Team,
  TenantRole,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant, joinTenant, RunningProcess, Session, startApi, startWorker, waitFor } from '@xinzhi/testing';

const run = Date.now().toString(36);
const PASSWORD = 'notification tests passphrase';

interface Person {
  session: Session;
  id: string;
  email: string;
  name: string;
}

/**
 * Notifications that follow the work: each kind is written once, for the right person, in the
 * actor's tenant only, never for the actor; switched-off kinds are not written; `?kind=` filters.
 * Two enterprises of our own (A and B), onboarded through the product's own paths.
 */
describe('notifications that matter', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  const a = {} as Record<'owner' | 'leader' | 'lead' | 'e1' | 'e2', Person>;
  const b = {} as Record<'owner' | 'employee', Person>;
  let project: Project;
  let team: Team;

  const as = <T>(who: Person, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: who.session.accessToken, body });
  const mine = async (who: Person, query = '') => {
    const reply = await as<NotificationPage>(who, 'GET', `/api/notifications?limit=100${query}`);
    expect(reply.status).toBe(200);
    return reply.body.items;
  };
  const only = <K extends NotificationKind>(items: AppNotification[], kind: K) =>
    items.filter((n): n is Extract<AppNotification, { kind: K }> => n.kind === kind);
  const ofKind = async <K extends NotificationKind>(who: Person, kind: K) => only(await mine(who), kind);
  const aboutTask = (items: AppNotification[], taskId: string) =>
    items.filter((n) => 'taskId' in n.params && n.params.taskId === taskId).map((n) => n.kind);

  async function person(session: Session, name: string): Promise<Person> {
    const me = (await call<MeResponse>(api.url, 'GET', '/api/me', { token: session.accessToken })).body;
    return { session, id: me.user.id, email: session.email, name };
  }

  /** A park administrator onboards an enterprise; its owner accepts. */
  async function enterprise(label: string): Promise<Person> {
    const name = `老板${label}`;
    return person((await freshTenant(api.url, 'notify', PASSWORD, { ownerName: name })).owner, name);
  }

  async function invite(by: Person, label: string, role: TenantRole): Promise<Person> {
    const name = `成员 ${label}`;
    return person(await joinTenant(api.url, by.session, `${label}.${run}@notify.xinzhi.test`, role, PASSWORD, name), name);
  }

  async function task(by: Person, title: string, extra: object = {}): Promise<Task> {
    const reply = await as<Task>(by, 'POST', `/api/projects/${project.id}/tasks`, {
      title,
      businessArea: 'production',
      technologyType: 'big_data',
      weight: 1,
      ...extra,
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    a.owner = await enterprise('a');
    a.leader = await invite(a.owner, 'leader-a', 'leader');
    a.lead = await invite(a.owner, 'lead-a', 'team_lead');
    a.e1 = await invite(a.owner, 'e1-a', 'employee');
    a.e2 = await invite(a.owner, 'e2-a', 'employee');
    b.owner = await enterprise('b');
    b.employee = await invite(b.owner, 'employee-b', 'employee');

    project = (
      await as<Project>(a.owner, 'POST', '/api/projects', {
        name: `通知项目 ${run}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    team = (
      await as<Team>(a.owner, 'POST', `/api/projects/${project.id}/teams`, {
        name: '通知小组',
        leadUserId: a.lead.id,
        memberUserIds: [a.e1.id, a.e2.id],
      })
    ).body;
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('tells the inviter, once per accepted invitation, and in their own enterprise only', async () => {
    const accepted = await ofKind(a.owner, 'invitation_accepted');
    expect(accepted.map((n) => n.params.email).sort()).toEqual([a.leader, a.lead, a.e1, a.e2].map((p) => p.email).sort());
    const e1 = accepted.find((n) => n.params.email === a.e1.email);
    expect(e1).toMatchObject({ link: '/members', params: { actorName: a.e1.name, role: 'employee' } });
    expect((await ofKind(b.owner, 'invitation_accepted')).map((n) => n.params.email)).toEqual([b.employee.email]);
    // Nobody else hears of it, and the park's own invitation (of the owner) tells no one.
    expect(await mine(a.leader)).toEqual([]);
    expect(await mine(b.employee)).toEqual([]);
  });

  it('tells a new assignee, not someone who assigns themselves', async () => {
    const t = await task(a.owner, '分配 Assigned', { assigneeId: a.e1.id, teamId: team.id });
    const own = await task(a.owner, '自己的 Own', { assigneeId: a.owner.id });
    const forE1 = await ofKind(a.e1, 'task_assigned');
    expect(forE1).toHaveLength(1);
    expect(forE1[0]).toMatchObject({
      kind: 'task_assigned',
      link: `/tasks/${t.id}`,
      readAt: null,
      params: { taskId: t.id, taskTitle: t.title, projectId: project.id, projectName: project.name, actorName: a.owner.name },
    });
    expect(aboutTask(await mine(a.owner), own.id)).toEqual([]);

    // Reassigned: the new assignee hears of it; the earlier one is not told again.
    expect((await as(a.owner, 'PATCH', `/api/tasks/${t.id}`, { assigneeId: a.e2.id })).status).toBe(200);
    expect(aboutTask(await mine(a.e2), t.id)).toEqual(['task_assigned']);
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_assigned']);
    // A change that is not an assignment tells nobody.
    expect((await as(a.owner, 'PATCH', `/api/tasks/${t.id}`, { title: '分配 Assigned 2' })).status).toBe(200);
    expect(aboutTask(await mine(a.e2), t.id)).toEqual(['task_assigned']);
  });

  it('tells the assignee and the team lead when a task is blocked and unblocked, never the actor', async () => {
    const t = await task(a.owner, '受阻 Blocked', { assigneeId: a.e1.id, teamId: team.id });
    // The assignee blocks their own task: the lead hears of it, they do not.
    expect((await as(a.e1, 'PATCH', `/api/tasks/${t.id}`, { status: 'blocked', blockedReason: '缺少零件' })).status).toBe(200);
    const forLead = (await ofKind(a.lead, 'task_blocked')).filter((n) => n.params.taskId === t.id);
    expect(forLead).toHaveLength(1);
    expect(forLead[0].params).toMatchObject({ reason: '缺少零件', as: 'team_lead', actorName: a.e1.name });
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_assigned']);
    // The owner unblocks it: both hear of it.
    expect((await as(a.owner, 'PATCH', `/api/tasks/${t.id}`, { status: 'in_progress' })).status).toBe(200);
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_unblocked', 'task_assigned']);
    expect(aboutTask(await mine(a.lead), t.id)).toEqual(['task_unblocked', 'task_blocked']);
    const unblocked = (await ofKind(a.e1, 'task_unblocked')).find((n) => n.params.taskId === t.id);
    expect(unblocked?.params).toMatchObject({ as: 'assignee', reason: null, actorName: a.owner.name });
    // Blocked by the lead: only the assignee.
    expect((await as(a.lead, 'PATCH', `/api/tasks/${t.id}`, { status: 'blocked', blockedReason: '等待审批' })).status).toBe(200);
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_blocked', 'task_unblocked', 'task_assigned']);
    expect(aboutTask(await mine(a.lead), t.id)).toEqual(['task_unblocked', 'task_blocked']);
    expect(aboutTask(await mine(a.owner), t.id)).toEqual([]);
  });

  it('tells the assignee of a comment and each mentioned member, once, and stores the mentions with the comment', async () => {
    const t = await task(a.owner, '评论 Commented', { assigneeId: a.e1.id, teamId: team.id });
    const candidates = await as<MentionableMember[]>(a.e1, 'GET', `/api/tasks/${t.id}/mentionable`);
    expect(candidates.status).toBe(200);
    expect(candidates.body.map((m) => m.userId).sort()).toEqual([a.owner, a.leader, a.lead, a.e1, a.e2].map((p) => p.id).sort());

    // The owner mentions e2 (twice in the list): e2 is mentioned once, the assignee told of a comment.
    const first = await as<TaskEvent>(a.owner, 'POST', `/api/tasks/${t.id}/comments`, {
      body: '@成员 e2-a 请看一下',
      mentions: [a.e2.id, a.e2.id],
    });
    expect(first.status).toBe(201);
    expect(first.body.mentions).toEqual([a.e2.id]);
    const mention = await ofKind(a.e2, 'mentioned');
    expect(mention).toHaveLength(1);
    expect(mention[0]).toMatchObject({
      link: `/tasks/${t.id}`,
      params: { taskId: t.id, taskTitle: t.title, actorName: a.owner.name, excerpt: '@成员 e2-a 请看一下' },
    });
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_commented', 'task_assigned']);

    // Mentioning the assignee: one notice (the mention), not two.
    await as(a.owner, 'POST', `/api/tasks/${t.id}/comments`, { body: '@成员 e1-a 进度？', mentions: [a.e1.id] });
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['mentioned', 'task_commented', 'task_assigned']);

    // The assignee comments and mentions themselves and the lead: only the lead is told.
    await as(a.e1, 'POST', `/api/tasks/${t.id}/comments`, { body: '好的', mentions: [a.e1.id, a.lead.id] });
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['mentioned', 'task_commented', 'task_assigned']);
    expect(aboutTask(await mine(a.lead), t.id)).toEqual(['mentioned']);

    const comments = (await as<TaskEvent[]>(a.owner, 'GET', `/api/tasks/${t.id}/comments`)).body;
    expect(comments.map((c) => c.mentions)).toEqual([[a.e2.id], [a.e1.id], [a.e1.id, a.lead.id]]);
  });

  it('refuses a mention of someone outside the enterprise, storing nothing', async () => {
    const t = await task(a.owner, '外人 Stranger', { assigneeId: a.e1.id });
    const refused = await as<Problem>(a.owner, 'POST', `/api/tasks/${t.id}/comments`, { body: 'hi', mentions: [b.employee.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['mentions.0']);
    expect((await as<TaskEvent[]>(a.owner, 'GET', `/api/tasks/${t.id}/comments`)).body).toEqual([]);
    expect(aboutTask(await mine(a.e1), t.id)).toEqual(['task_assigned']);
    expect(await mine(b.employee)).toEqual([]);
    expect((await as<Problem>(a.owner, 'POST', `/api/tasks/${t.id}/comments`, { body: 'x', mentions: ['nope'] })).status).toBe(400);
    // Another enterprise's member can neither list nor comment on this task.
    expect((await as(b.owner, 'GET', `/api/tasks/${t.id}/mentionable`)).status).toBe(404);
  });

  it('tells the recipient of an award decision: approved, paid, rejected with the reason', async () => {
    const scheme = await as<IncentiveScheme>(a.owner, 'POST', '/api/incentive-schemes', {
      projectId: project.id,
      name: `通知奖金 ${run}`,
      kind: 'bonus',
      trigger: 'task_done',
      amount: 300,
    });
    expect(scheme.status).toBe(201);
    const one = await task(a.owner, '奖励一 Award one', { assigneeId: a.e1.id });
    const two = await task(a.owner, '奖励二 Award two', { assigneeId: a.e1.id });
    for (const t of [one, two]) expect((await as(a.e1, 'PATCH', `/api/tasks/${t.id}`, { status: 'done' })).status).toBe(200);
    const awards = await waitFor(
      async () => {
        const page = (await as<Page<IncentiveAward>>(a.owner, 'GET', `/api/incentive-awards?schemeId=${scheme.body.id}&limit=10`)).body;
        return page.items.length === 2 ? page.items : null;
      },
      30_000,
      'the two proposed awards',
    );
    const [first, second] = awards;
    expect((await as(a.owner, 'PATCH', `/api/incentive-awards/${first.id}`, { action: 'approve' })).status).toBe(200);
    expect((await as(a.owner, 'PATCH', `/api/incentive-awards/${first.id}`, { action: 'pay' })).status).toBe(200);
    expect((await as(a.leader, 'PATCH', `/api/incentive-awards/${second.id}`, { action: 'reject', reason: '重复申报' })).status).toBe(200);

    const about = (await mine(a.e1)).filter((n) => n.kind.startsWith('award_'));
    expect(about.map((n) => n.kind)).toEqual(['award_rejected', 'award_paid', 'award_approved']);
    expect(about[0]).toMatchObject({
      link: '/me/awards',
      params: { awardId: second.id, schemeName: scheme.body.name, amount: 300, unit: 'cny', reason: '重复申报', actorName: a.leader.name },
    });
    expect(about[1].params).toMatchObject({ awardId: first.id, reason: null, actorName: a.owner.name });
    expect((await mine(a.owner)).filter((n) => n.kind.startsWith('award_'))).toEqual([]);
  });

  it('filters by kind, and refuses a kind it does not know', async () => {
    const all = await mine(a.e1);
    const assigned = await mine(a.e1, '&kind=task_assigned');
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((n) => n.kind === 'task_assigned')).toBe(true);
    expect(assigned.map((n) => n.id)).toEqual(all.filter((n) => n.kind === 'task_assigned').map((n) => n.id));
    expect(await mine(a.e1, '&kind=invitation_accepted')).toEqual([]);
    expect((await as(a.e1, 'GET', '/api/notifications?kind=everything')).status).toBe(400);
  });

  it('keeps to preferences: a kind switched off in-app is not written; e-mail choices are stored', async () => {
    const defaults = await as<NotificationPreferences>(a.e2, 'GET', '/api/notification-preferences');
    expect(defaults.status).toBe(200);
    expect(defaults.body.items.find((p) => p.kind === 'mentioned')).toEqual({ kind: 'mentioned', inApp: true, email: false });
    expect(defaults.body.items).toHaveLength(10);

    const saved = await as<NotificationPreferences>(a.e2, 'PUT', '/api/notification-preferences', {
      items: [
        { kind: 'mentioned', inApp: false, email: true },
        { kind: 'task_assigned', inApp: true, email: true },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.items.filter((p) => p.kind === 'mentioned' || p.kind === 'task_assigned')).toEqual([
      { kind: 'task_assigned', inApp: true, email: true },
      { kind: 'mentioned', inApp: false, email: true },
    ]);
    // Another member's preferences are their own.
    expect((await as<NotificationPreferences>(a.e1, 'GET', '/api/notification-preferences')).body.items.every((p) => p.inApp)).toBe(true);

    const t = await task(a.owner, '偏好 Preferences', { assigneeId: a.e2.id });
    await as(a.owner, 'POST', `/api/tasks/${t.id}/comments`, { body: '提醒', mentions: [a.e2.id] });
    expect(aboutTask(await mine(a.e2), t.id)).toEqual(['task_assigned']);
    // Back on: written again.
    await as(a.e2, 'PUT', '/api/notification-preferences', { items: [{ kind: 'mentioned', inApp: true, email: false }] });
    await as(a.owner, 'POST', `/api/tasks/${t.id}/comments`, { body: '再提醒', mentions: [a.e2.id] });
    expect(aboutTask(await mine(a.e2), t.id)).toEqual(['mentioned', 'task_assigned']);

    // Bad input is refused and changes nothing.
    for (const body of [
      { items: [] },
      { items: [{ kind: 'everything', inApp: false, email: false }] },
      {
        items: [
          { kind: 'mentioned', inApp: false, email: false },
          { kind: 'mentioned', inApp: true, email: false },
        ],
      },
      { items: [{ kind: 'mentioned', inApp: 'no', email: false }] },
    ])
      expect((await as(a.e2, 'PUT', '/api/notification-preferences', body)).status).toBe(400);
    expect(
      (await as<NotificationPreferences>(a.e2, 'GET', '/api/notification-preferences')).body.items.find((p) => p.kind === 'mentioned'),
    ).toEqual({ kind: 'mentioned', inApp: true, email: false });
  });

  it('never writes a notice into another enterprise', async () => {
    // Everything above happened in A: B's people have only B's invitation notice.
    expect((await mine(b.owner)).map((n) => n.kind)).toEqual(['invitation_accepted']);
    expect(await mine(b.employee)).toEqual([]);
    const bTask = (
      await as<Project>(b.owner, 'POST', '/api/projects', { name: `B ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' })
    ).body;
    // B cannot assign A's member: not a member there, nothing written.
    const refused = await as<Problem>(b.owner, 'POST', `/api/projects/${bTask.id}/tasks`, {
      title: 'x',
      businessArea: 'production',
      technologyType: 'big_data',
      weight: 1,
      assigneeId: a.e1.id,
    });
    expect(refused.status).toBe(400);
    expect((await mine(a.e1)).every((n) => !('projectId' in n.params) || n.params.projectId === project.id)).toBe(true);
  });
});
