import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { AuditEvent, IncentiveAward, IncentiveScheme, Member, Page, Problem, Project, Task } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  freshTenant,
  joinTenant,
  ownerDatabaseUrl,
  RunningProcess,
  Session,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

/**
 * The audit log of business actions: each project, task, incentive-scheme and award action and each
 * role change writes one event with its subject and what changed; the owner filters the log by kind,
 * person and calendar days, and exports it as a workbook. Runs in enterprises of its own.
 */
const run = Date.now().toString(36);
const PASSWORD = 'audit log suite passphrase';
let counter = 0;

let api: ApiProcess;
let worker: RunningProcess;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });

/** Invites someone into the owner's enterprise; they accept and are signed in. */
async function join(owner: Session, key: string, displayName: string, role: string): Promise<{ session: Session; member: Member }> {
  const email = `${key}.${run}.${++counter}@audit.xinzhi.test`;
  const session = await joinTenant(api.url, owner, email, role, PASSWORD, displayName);
  const members = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items;
  const member = members.find((m) => m.email === email) as Member;
  return { session, member };
}

/** Every event of the filtered log, following the cursor (small pages, so the cursor keeps the filters). */
async function allEvents(s: Session, query = ''): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '7');
    if (cursor) params.set('cursor', cursor);
    const page: { status: number; body: Page<AuditEvent> } = await as<Page<AuditEvent>>(s, 'GET', `/api/audit-events?${params}`);
    expect(page.status).toBe(200);
    events.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return events;
}

const only = (events: AuditEvent[], action: AuditEvent['action']) => events.filter((e) => e.action === action);

describe('audit log of business actions', () => {
  let owner: Session;
  let tenantId: string;
  let employee: { session: Session; member: Member };
  let lead: { session: Session; member: Member };
  let project: Project;
  let task: Task;

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    ({ owner, tenantId } = await freshTenant(api.url, 'audit', PASSWORD, { ownerName: '老板 a' }));
    employee = await join(owner, 'employee', '员工 Employee', 'employee');
    lead = await join(owner, 'lead', '组长 Lead', 'employee');

    // Projects: created, edited, a second one deleted.
    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `数字化 Digital ${run}`,
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    expect((await as(owner, 'PATCH', `/api/projects/${project.id}`, { name: `数字化转型 Digital ${run}`, phase: 'plan' })).status).toBe(
      200,
    );
    const doomed = (
      await as<Project>(owner, 'POST', '/api/projects', { name: `临时 Scratch ${run}`, startDate: '2026-01-01', targetDate: '2026-06-30' })
    ).body;
    expect((await as(owner, 'DELETE', `/api/projects/${doomed.id}`)).status).toBe(204);

    // An incentive scheme for done tasks, edited; another created and deleted.
    const scheme = (
      await as<IncentiveScheme>(owner, 'POST', '/api/incentive-schemes', {
        projectId: project.id,
        name: `完成奖 Done bonus ${run}`,
        kind: 'bonus',
        trigger: 'task_done',
        amount: 100,
      })
    ).body;
    expect((await as(owner, 'PATCH', `/api/incentive-schemes/${scheme.id}`, { amount: 150 })).status).toBe(200);
    const spare = (
      await as<IncentiveScheme>(owner, 'POST', '/api/incentive-schemes', {
        name: `备用 Spare ${run}`,
        kind: 'points',
        trigger: 'task_done',
        amount: 5,
        active: false,
      })
    ).body;
    expect((await as(owner, 'DELETE', `/api/incentive-schemes/${spare.id}`)).status).toBe(204);

    // Tasks: created, moved and re-dated by the owner, progressed and finished by the employee, one deleted.
    const newTask = (title: string) =>
      as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title,
        businessArea: 'production',
        technologyType: 'big_data',
        assigneeId: employee.member.userId,
        dueDate: '2026-03-31',
      });
    task = (await newTask(`产线联网 Line IoT ${run}`)).body;
    const second = (await newTask(`看板 Board ${run}`)).body;
    const third = (await newTask(`草稿 Draft ${run}`)).body;
    expect((await as(owner, 'PATCH', `/api/tasks/${task.id}`, { status: 'in_progress', dueDate: '2026-04-30' })).status).toBe(200);
    expect((await as(employee.session, 'PATCH', `/api/tasks/${task.id}`, { percentDone: 40 })).status).toBe(200);
    expect((await as(employee.session, 'PATCH', `/api/tasks/${task.id}`, { status: 'done' })).status).toBe(200);
    expect((await as(employee.session, 'PATCH', `/api/tasks/${second.id}`, { status: 'done' })).status).toBe(200);
    expect((await as(owner, 'DELETE', `/api/tasks/${third.id}`)).status).toBe(204);

    // Awards the worker proposed for the two finished tasks: one approved and paid, one rejected.
    const awards = await waitFor(
      async () => {
        const items = (await as<Page<IncentiveAward>>(owner, 'GET', `/api/incentive-awards?schemeId=${scheme.id}`)).body.items;
        return items.length === 2 ? items : null;
      },
      15_000,
      'the two proposed awards',
      200,
    );
    expect((await as(owner, 'PATCH', `/api/incentive-awards/${awards[0].id}`, { action: 'approve' })).status).toBe(200);
    expect((await as(owner, 'PATCH', `/api/incentive-awards/${awards[0].id}`, { action: 'pay' })).status).toBe(200);
    expect((await as(owner, 'PATCH', `/api/incentive-awards/${awards[1].id}`, { action: 'reject', reason: '重复 Duplicate' })).status).toBe(
      200,
    );

    // A role change.
    expect((await as(owner, 'PATCH', `/api/members/${lead.member.id}`, { role: 'team_lead' })).status).toBe(200);
  }, 60_000);
  afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

  it('writes one event per business action, with its subject, its actor and what changed', async () => {
    const events = await allEvents(owner);
    expect(events.every((e) => e.actorUserId !== null)).toBe(true);

    expect(only(events, 'project.created').map((e) => e.subject)).toEqual([`临时 Scratch ${run}`, `数字化 Digital ${run}`]);
    expect(only(events, 'project.updated')).toEqual([
      expect.objectContaining({
        subject: `数字化转型 Digital ${run}`,
        actorEmail: owner.email,
        actorName: '老板 a',
        detail: { name: `数字化 Digital ${run} → 数字化转型 Digital ${run}`, phase: 'diagnose → plan' },
      }),
    ]);
    expect(only(events, 'project.deleted').map((e) => e.subject)).toEqual([`临时 Scratch ${run}`]);

    expect(only(events, 'scheme.created').map((e) => e.subject)).toEqual([`备用 Spare ${run}`, `完成奖 Done bonus ${run}`]);
    expect(only(events, 'scheme.updated')).toEqual([
      expect.objectContaining({ subject: `完成奖 Done bonus ${run}`, detail: { amount: '100 → 150' } }),
    ]);
    expect(only(events, 'scheme.deleted')).toEqual([
      expect.objectContaining({ subject: `备用 Spare ${run}`, detail: { kind: 'points', amount: 5, unit: 'points' } }),
    ]);

    expect(only(events, 'task.created').map((e) => e.subject)).toEqual([
      `草稿 Draft ${run}`,
      `看板 Board ${run}`,
      `产线联网 Line IoT ${run}`,
    ]);
    expect(only(events, 'task.created')[2].detail).toEqual({
      status: 'todo',
      assignee: '员工 Employee',
      team: null,
      dueDate: '2026-03-31',
    });
    const updates = only(events, 'task.updated').filter((e) => e.subject === `产线联网 Line IoT ${run}`);
    // Newest first: done (with 100 %), the slider's 40 %, the owner's move and new due date.
    expect(updates.map((e) => e.detail)).toEqual([
      { status: 'in_progress → done', percentDone: '40 → 100' },
      { percentDone: '0 → 40' },
      { status: 'todo → in_progress', dueDate: '2026-03-31 → 2026-04-30' },
    ]);
    expect(updates.map((e) => e.actorEmail)).toEqual([employee.session.email, employee.session.email, owner.email]);
    expect(updates[0]).toMatchObject({ actorUserId: employee.member.userId, actorName: '员工 Employee' });
    expect(only(events, 'task.deleted')).toEqual([
      expect.objectContaining({ subject: `草稿 Draft ${run}`, detail: { status: 'todo', percentDone: 0, assignee: '员工 Employee' } }),
    ]);

    expect(only(events, 'award.approved')).toEqual([
      expect.objectContaining({ subject: '员工 Employee', detail: { scheme: `完成奖 Done bonus ${run}`, amount: 150, unit: 'cny' } }),
    ]);
    expect(only(events, 'award.paid')).toEqual([
      expect.objectContaining({ subject: '员工 Employee', detail: { scheme: `完成奖 Done bonus ${run}`, amount: 150, unit: 'cny' } }),
    ]);
    expect(only(events, 'award.rejected')).toEqual([
      expect.objectContaining({
        subject: '员工 Employee',
        detail: { scheme: `完成奖 Done bonus ${run}`, amount: 150, unit: 'cny', reason: '重复 Duplicate' },
      }),
    ]);
    expect(only(events, 'member.role_changed')).toEqual([
      expect.objectContaining({ subject: lead.session.email, detail: { from: 'employee', to: 'team_lead' } }),
    ]);
  });

  it('filters by kind and by person, the cursor keeping the filters', async () => {
    const tasks = await allEvents(owner, 'kind=task');
    expect(tasks.length).toBe(8); // 3 created, 3 + 1 updated, 1 deleted
    expect(tasks.every((e) => e.action.startsWith('task.'))).toBe(true);
    const awards = await allEvents(owner, 'kind=award');
    expect(awards.map((e) => e.action)).toEqual(['award.rejected', 'award.paid', 'award.approved']);

    const byEmployee = await allEvents(owner, `actorId=${employee.member.userId}`);
    expect(byEmployee.map((e) => e.action)).toEqual(['task.updated', 'task.updated', 'task.updated', 'member.joined']);
    expect(byEmployee.every((e) => e.actorUserId === employee.member.userId)).toBe(true);
    const employeeTasks = await allEvents(owner, `actorId=${employee.member.userId}&kind=task`);
    expect(employeeTasks).toHaveLength(3);
    // Someone who did nothing of the kind: nothing.
    expect(await allEvents(owner, `actorId=${lead.member.userId}&kind=award`)).toEqual([]);
  });

  it('filters by calendar days of the business calendar, both ends included', async () => {
    const db = new Client({ connectionString: ownerDatabaseUrl() });
    await db.connect();
    try {
      // Move the project's creation to the last second of 1 March and its edit to the first of 2 March (UTC: the suites' calendar).
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      await db.query(
        `UPDATE audit_events SET at = CASE action WHEN 'project.created' THEN '2026-03-01T23:59:59Z'::timestamptz ELSE '2026-03-02T00:00:00Z'::timestamptz END
          WHERE action IN ('project.created', 'project.updated') AND subject LIKE $1`,
        [`%Digital ${run}`],
      );
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    const day = async (query: string) => (await allEvents(owner, `kind=project&${query}`)).map((e) => e.action);
    expect(await day('from=2026-03-01&to=2026-03-01')).toEqual(['project.created']);
    expect(await day('from=2026-03-02&to=2026-03-02')).toEqual(['project.updated']);
    expect(await day('from=2026-03-01&to=2026-03-02')).toEqual(['project.updated', 'project.created']);
    expect(await day('to=2026-02-28')).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await day(`from=${today}`)).toEqual(['project.deleted', 'project.created']);
  });

  it('refuses filters it cannot read, with 400', async () => {
    for (const query of [
      'kind=payroll',
      'actorId=nobody',
      'from=2026-02-30',
      'from=2026-03-05&to=2026-03-01',
      'to=yesterday',
      'colour=red',
    ]) {
      const res = await as<Problem>(owner, 'GET', `/api/audit-events?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect((await as<Problem>(owner, 'GET', `/api/audit-events/export?${query}`)).status).toBe(400);
    }
  });

  it('exports the filtered log as a workbook, in the reader’s language', async () => {
    const res = await fetch(`${api.url}/api/audit-events/export?kind=award`, {
      headers: { authorization: `Bearer ${owner.accessToken}`, 'accept-language': 'zh-CN' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1)).toEqual(['时间', '操作', '操作人', '操作人邮箱', '对象', '详情', 'IP 地址']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['驳回奖励', '发放奖励', '批准奖励']);
    expect(rows[1][3]).toBe('老板 a');
    expect(rows[1][4]).toBe(owner.email);
    expect(rows[1][5]).toBe('员工 Employee');
    expect(String(rows[1][6])).toContain('reason: 重复 Duplicate');
    expect(String(rows[1][1])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const en = await fetch(`${api.url}/api/audit-events/export?actorId=${employee.member.userId}&kind=task`, {
      headers: { authorization: `Bearer ${owner.accessToken}`, 'accept-language': 'en-US' },
    });
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(Buffer.from(await en.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const enRows = enBook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(enRows[0][1]).toBe('Time');
    expect(enRows.slice(1).map((r) => r[2])).toEqual(['Task changed', 'Task changed', 'Task changed']);
  });

  it('shows owners only, and never another enterprise’s events', async () => {
    expect((await as(employee.session, 'GET', '/api/audit-events')).status).toBe(403);
    expect((await as(employee.session, 'GET', '/api/audit-events/export')).status).toBe(403);

    const other = await freshTenant(api.url, 'audit', PASSWORD, { ownerName: '老板 b' });
    const theirs = await allEvents(other.owner);
    const ours = new Set((await allEvents(owner)).map((e) => e.id));
    expect(theirs.filter((e) => ours.has(e.id))).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(`Digital ${run}`);
    expect(theirs.some((e) => e.action.startsWith('task.') || e.action.startsWith('award.'))).toBe(false);
    expect(await allEvents(other.owner, `actorId=${employee.member.userId}`)).toEqual([]);
    const exported = await fetch(`${api.url}/api/audit-events/export?actorId=${employee.member.userId}`, {
      headers: { authorization: `Bearer ${other.owner.accessToken}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exported.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0].rowCount).toBe(1);
  });
});
