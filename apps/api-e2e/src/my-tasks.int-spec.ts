import type { MyTaskPage, Problem, Project, Task, TaskStatus, TokenResponse } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant as freshTenantOf, joinTenant, Session, startApi } from '@xinzhi/testing';

/**
 * "My tasks" a page at a time (with the open/overdue counts), filtered by status and project; and
 * the enterprise a member of several returns to at sign-in. The suite makes its own enterprises and
 * people through the park administrator, so nothing here leans on demo rows.
 */
const run = Date.now().toString(36);
const PASSWORD = 'my tasks suite passphrase';

let api: ApiProcess;
const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const freshTenant = (label: string) => freshTenantOf(api.url, `mytasks-${label}`, PASSWORD);
const join = (owner: Session, email: string, role: string) => joinTenant(api.url, owner, email, role, PASSWORD);

async function newProject(owner: Session, name: string): Promise<Project> {
  const res = await as<Project>(owner, 'POST', '/api/projects', {
    name: `${name} ${run}`,
    goal: '',
    startDate: '2020-01-01',
    targetDate: '2030-12-31',
  });
  if (res.status !== 201) throw new Error(`project not created: ${res.status}`);
  return res.body;
}

async function newTask(owner: Session, projectId: string, body: Record<string, unknown>): Promise<Task> {
  const res = await as<Task>(owner, 'POST', `/api/projects/${projectId}/tasks`, {
    businessArea: 'production',
    technologyType: 'internet_of_things',
    ...body,
  });
  if (res.status !== 201) throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe('My tasks, a page at a time', () => {
  let owner: Session;
  let employee: Session;
  let employeeId: string;
  let a: Project;
  let b: Project;
  /** What was made for the employee, by id. */
  const mine = new Map<string, { projectId: string; status: TaskStatus; overdue: boolean }>();

  beforeAll(async () => {
    ({ owner } = await freshTenant('pages'));
    employee = await join(owner, `employee.${run}@mytasks.xinzhi.test`, 'employee');
    employeeId = (await as<{ user: { id: string } }>(employee, 'GET', '/api/me')).body.user.id;
    [a, b] = await Promise.all([newProject(owner, '项目甲 A'), newProject(owner, '项目乙 B')]);
    // Project A: 20 open and on time, 10 overdue, 5 done, 3 in progress; project B: 4 open. One task of A is nobody's.
    const plan: Array<[Project, TaskStatus, boolean, number]> = [
      [a, 'todo', false, 20],
      [a, 'todo', true, 10],
      [a, 'done', false, 5],
      [a, 'in_progress', false, 3],
      [b, 'todo', false, 4],
    ];
    let n = 0;
    for (const [project, status, overdue, count] of plan) {
      for (let i = 0; i < count; i++) {
        const task = await newTask(owner, project.id, {
          title: `任务 ${++n}`,
          assigneeId: employeeId,
          status,
          percentDone: status === 'done' ? 100 : 0,
          dueDate: overdue ? '2020-06-01' : '2099-06-01',
        });
        mine.set(task.id, { projectId: project.id, status, overdue });
      }
    }
    await newTask(owner, a.id, { title: 'nobody’s task' });
  }, 120_000);

  it('answers a first page of 30 with a cursor, and the open and overdue counts over all the tasks', async () => {
    const first = await as<MyTaskPage>(employee, 'GET', '/api/me/tasks');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(30);
    expect(first.body.nextCursor).not.toBeNull();
    expect({ open: first.body.open, overdue: first.body.overdue }).toEqual({ open: 37, overdue: 10 });
    // Most urgent first: the overdue ones lead.
    expect(first.body.items.slice(0, 10).every((t) => t.overdue)).toBe(true);
    expect(first.body.items[10].overdue).toBe(false);
  });

  it('walks every page by cursor, each task once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=10&cursor=${encodeURIComponent(cursor)}` : '?limit=10';
      const page = await as<MyTaskPage>(employee, 'GET', `/api/me/tasks${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((t) => t.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(mine.keys()));
  });

  it('filters by status and by project, the counts following the project', async () => {
    const open = await as<MyTaskPage>(employee, 'GET', '/api/me/tasks?status=todo,in_progress,blocked&limit=500');
    expect(open.body.items).toHaveLength(37);
    expect(open.body.items.every((t) => t.status !== 'done')).toBe(true);
    const closed = await as<MyTaskPage>(employee, 'GET', '/api/me/tasks?status=done,cancelled');
    expect(closed.body.items.map((t) => t.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    const ofB = await as<MyTaskPage>(employee, 'GET', `/api/me/tasks?projectId=${b.id}`);
    expect(ofB.body.items).toHaveLength(4);
    expect(ofB.body.items.every((t) => t.projectId === b.id && t.projectName === b.name)).toBe(true);
    expect({ open: ofB.body.open, overdue: ofB.body.overdue, nextCursor: ofB.body.nextCursor }).toEqual({
      open: 4,
      overdue: 0,
      nextCursor: null,
    });
    const doneOfB = await as<MyTaskPage>(employee, 'GET', `/api/me/tasks?projectId=${b.id}&status=done`);
    expect(doneOfB.body.items).toEqual([]);
  });

  it('refuses a bad query with 400 and a field to blame', async () => {
    const bad: Array<[string, string]> = [
      ['status=later', 'status.0'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['projectId=not-a-uuid', 'projectId'],
      ['cursor=bm90LWEtbnVtYmVy', 'cursor'],
      ['page=2', 'page'],
    ];
    for (const [query, field] of bad) {
      const res = await as<Problem>(employee, 'GET', `/api/me/tasks?${query}`);
      expect({ query, status: res.status, fields: (res.body.errors ?? []).map((e) => e.field) }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
    }
  });

  it("never lists another enterprise's tasks, even by its project's id", async () => {
    const other = await freshTenant('other');
    const res = await as<MyTaskPage>(other.owner, 'GET', `/api/me/tasks?projectId=${a.id}&status=todo,in_progress,blocked,done,cancelled`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null, open: 0, overdue: 0 });
  });
});

describe('the enterprise a member of several returns to', () => {
  it('signs in to the enterprise switched to last, on any device, and back again', async () => {
    const first = await freshTenant('first');
    const second = await freshTenant('second');
    // The owner of the first enterprise is invited into the second (an existing account joins with its password).
    await join(second.owner, first.owner.email, 'leader');
    const login = () => call<TokenResponse>(api.url, 'POST', '/api/auth/login', { body: { email: first.owner.email, password: PASSWORD } });
    const initial = (await login()).body.context;
    expect([first.tenantId, second.tenantId]).toContain(initial?.id);
    const other = initial?.id === first.tenantId ? second.tenantId : first.tenantId;

    const session = await login();
    const switched = await call<TokenResponse>(api.url, 'POST', '/api/auth/switch', {
      token: session.body.accessToken,
      body: { type: 'tenant', id: other },
    });
    expect(switched.status).toBe(200);
    expect((await login()).body.context).toMatchObject({ type: 'tenant', id: other });

    const back = await call<TokenResponse>(api.url, 'POST', '/api/auth/switch', {
      token: (await login()).body.accessToken,
      body: { type: 'tenant', id: initial?.id },
    });
    expect(back.status).toBe(200);
    expect((await login()).body.context).toMatchObject({ type: 'tenant', id: initial?.id });

    // A switch to somewhere they are not a member is refused and remembers nothing.
    const refused = await call(api.url, 'POST', '/api/auth/switch', {
      token: (await login()).body.accessToken,
      body: { type: 'tenant', id: '01a21f4d-0000-7000-8000-000000000001' },
    });
    expect(refused.status).toBe(404);
    expect((await login()).body.context).toMatchObject({ type: 'tenant', id: initial?.id });
  });
});
