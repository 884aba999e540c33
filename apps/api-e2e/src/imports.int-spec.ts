import ExcelJS from 'exceljs';
import type { ImportState, Page, Problem, Project, Task } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  freshTenant as freshTenantOf,
  joinTenant,
  RunningProcess,
  Session,
  startApi,
  startWorker,
} from '@xinzhi/testing';

/**
 * Excel import of a project's tasks: upload → validation job → preview → apply job, all or nothing,
 * a round trip by key (the first column), Chinese or English headers and labels, and the limits.
 * Every file is built here with exceljs; the suite makes its own enterprises and people.
 */
const run = Date.now().toString(36);
const PASSWORD = 'imports suite passphrase';
const EN = ['ID', 'Title', 'Business area', 'Technology type', 'Assignee', 'Status', 'Percent done', 'Weight', 'Start date', 'Due date'];

let api: ApiProcess;
let worker: RunningProcess;
const as = <T>(s: Session, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  call<T>(api.url, method, path, { token: s.accessToken, body, headers });
const freshTenant = (label: string) => freshTenantOf(api.url, `imports-${label}`, PASSWORD);

type Cell = string | number | Date | null | { formula: string; result: number };

async function xlsx(headers: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tasks');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(s: Session, projectId: string, file: Buffer, name = 'tasks.xlsx', lang = 'en-US') {
  const form = new FormData();
  form.append('kind', 'tasks');
  form.append('projectId', projectId);
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${api.url}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.accessToken}`, 'accept-language': lang },
    body: form,
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: (text ? JSON.parse(text) : null) as { id: string } & Problem,
  };
}

async function settle(s: Session, id: string, until: Array<ImportState['status']>): Promise<ImportState> {
  for (let i = 0; i < 600; i++) {
    const res = await as<ImportState>(s, 'GET', `/api/imports/${id}`);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    if (until.includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} never reached ${until.join('/')}`);
}

/** Upload, wait for the preview, apply, wait for done; returns the preview and the final state. */
async function importAndApply(s: Session, projectId: string, file: Buffer, removeMissing = false) {
  const created = await upload(s, projectId, file);
  expect(created.status).toBe(202);
  const preview = await settle(s, created.body.id, ['preview', 'failed']);
  expect(preview).toMatchObject({ status: 'preview', errors: [] });
  const applied = await as<ImportState>(s, 'POST', `/api/imports/${created.body.id}/apply`, { removeMissing });
  expect(applied.status).toBe(202);
  const done = await settle(s, created.body.id, ['done', 'failed']);
  expect(done.status).toBe('done');
  return { preview, done };
}

async function tasksOf(s: Session, projectId: string): Promise<Task[]> {
  const res = await as<Page<Task>>(s, 'GET', `/api/projects/${projectId}/tasks?limit=500&sort=created_at`);
  expect(res.status).toBe(200);
  return res.body.items;
}

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

/** The rows of a project's tasks as an export would give them: the key first, then the list's columns. */
function exported(tasks: Task[], email: string): Cell[][] {
  return tasks.map((t) => [
    t.id,
    t.title,
    t.businessArea,
    t.technologyType,
    t.assigneeId ? email : null,
    t.status,
    t.percentDone,
    t.weight,
    t.startDate,
    t.dueDate,
  ]);
}

let owner: Session;
let leader: Session;
let employee: Session;
let other: Session;

beforeAll(async () => {
  api = await startApi();
  worker = await startWorker();
  ({ owner } = await freshTenant('a'));
  leader = await joinTenant(api.url, owner, `leader.${run}@imports.xinzhi.test`, 'leader', PASSWORD, '领导');
  employee = await joinTenant(api.url, owner, `employee.${run}@imports.xinzhi.test`, 'employee', PASSWORD);
  ({ owner: other } = await freshTenant('b'));
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
});

describe('importing tasks from Excel', () => {
  it('creates 200 tasks, then updates exactly the 3 changed and creates the 2 added, then changes nothing the third time', async () => {
    const project = await newProject(leader, '导入 round trip');
    const rows: Cell[][] = Array.from({ length: 200 }, (_, i) => [
      null,
      `Task ${i + 1}`,
      'production',
      'internet_of_things',
      i % 2 ? owner.email : null,
      'todo',
      0,
      (i % 5) + 1,
      '2026-01-05',
      new Date(Date.UTC(2026, 5, 1)),
    ]);
    const first = await importAndApply(leader, project.id, await xlsx(EN, rows));
    expect(first.preview.counts).toEqual({ new: 200, changed: 0, unchanged: 0, removed: 0 });
    let tasks = await tasksOf(leader, project.id);
    expect(tasks).toHaveLength(200);
    expect(tasks.find((t) => t.title === 'Task 2')).toMatchObject({ weight: 2, startDate: '2026-01-05', dueDate: '2026-06-01' });

    // The exported file, edited: three rows changed, two added (one depending on an existing task by title).
    const edited = exported(tasks, owner.email);
    edited[0][1] = 'Task 1 renamed';
    edited[10][6] = 40;
    edited[10][5] = 'in_progress';
    edited[20][7] = 9;
    edited.push([null, 'Added A', 'finance', 'big_data', null, 'todo', 0, 1, null, null]);
    edited.push([null, 'Added B', 'hr', 'cloud_computing', owner.email, 'todo', 0, 1, null, null]);
    const second = await importAndApply(leader, project.id, await xlsx(EN, edited));
    expect(second.preview.counts).toEqual({ new: 2, changed: 3, unchanged: 197, removed: 0 });
    tasks = await tasksOf(leader, project.id);
    expect(tasks).toHaveLength(202);
    expect(tasks.filter((t) => ['Task 1 renamed', 'Added A', 'Added B'].includes(t.title))).toHaveLength(3);
    expect(tasks.find((t) => t.id === edited[10][0])).toMatchObject({ status: 'in_progress', percentDone: 40 });
    expect(tasks.find((t) => t.id === edited[20][0])?.weight).toBe(9);

    // The same file again: the two added rows are new again (they had no key), nothing else changes.
    const again = exported(tasks, owner.email);
    const third = await importAndApply(leader, project.id, await xlsx(EN, again));
    expect(third.preview.counts).toEqual({ new: 0, changed: 0, unchanged: 202, removed: 0 });
    expect(third.done.counts).toEqual({ new: 0, changed: 0, unchanged: 202, removed: 0 });
    expect(await tasksOf(leader, project.id)).toEqual(tasks);

    // removeMissing: a file naming 200 of the 202 deletes the other two.
    const fewer = await importAndApply(leader, project.id, await xlsx(EN, again.slice(0, 200)), true);
    expect(fewer.preview.counts.removed).toBe(2);
    expect(await tasksOf(leader, project.id)).toHaveLength(200);
  }, 120_000);

  it('writes nothing when one row among 500 is wrong, and names each row and column', async () => {
    const project = await newProject(owner, 'bad row');
    const rows: Cell[][] = Array.from({ length: 500 }, (_, i) => [
      null,
      `Row ${i}`,
      'production',
      'big_data',
      null,
      'todo',
      0,
      1,
      '2026-02-01',
      '2026-03-01',
    ]);
    rows[250] = [null, 'Bad', 'production', 'big_data', 'nobody@nowhere.test', 'todo', 0, 'abc', '2026-03-01', '2026-02-01'];
    const created = await upload(owner, project.id, await xlsx(EN, rows));
    expect(created.status).toBe(202);
    const failed = await settle(owner, created.body.id, ['preview', 'failed']);
    expect(failed.status).toBe('failed');
    // Excel row 252: the header is row 1, data row index 250 is the 251st data row.
    expect(failed.errors.map((e) => [e.row, e.column]).sort()).toEqual(
      [
        [252, 'Assignee'],
        [252, 'Due date'],
        [252, 'Weight'],
      ].sort(),
    );
    expect(failed.errors.every((e) => e.message.length > 0)).toBe(true);
    expect((await as<ImportState>(owner, 'POST', `/api/imports/${created.body.id}/apply`, {})).status).toBe(409);
    expect(await tasksOf(owner, project.id)).toHaveLength(0);

    const report = await fetch(`${api.url}/api/imports/${created.body.id}/errors.xlsx`, {
      headers: { authorization: `Bearer ${owner.accessToken}` },
    });
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await report.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(1, EN.length + 1).value)).toBe('Errors');
    expect(String(ws.getCell(252, EN.length + 1).value)).toMatch(/Assignee.*Weight|Weight.*Assignee/s);
    expect(ws.getCell(253, EN.length + 1).value).toBeNull();
  }, 60_000);

  it('accepts Chinese headers in any order, Chinese labels and formula results, and reports errors in Chinese', async () => {
    const project = await newProject(owner, '中文');
    const zh = ['截止日期', '标题', '状态', '技术类型', '业务领域', '权重', '负责人'];
    const file = await xlsx(zh, [
      ['2026-06-30', '上线 MES', '进行中', '物联网', '生产制造', { formula: '2+3', result: 5 }, owner.email],
      ['2026-07-30', 'Cloud ERP', 'To do', 'Cloud computing', 'Finance', 2, null],
    ]);
    const { preview } = await importAndApply(owner, project.id, file);
    expect(preview.counts.new).toBe(2);
    const tasks = await tasksOf(owner, project.id);
    expect(tasks.find((t) => t.title === '上线 MES')).toMatchObject({
      status: 'in_progress',
      technologyType: 'internet_of_things',
      businessArea: 'production',
      weight: 5,
      dueDate: '2026-06-30',
    });
    expect(tasks.find((t) => t.title === 'Cloud ERP')).toMatchObject({ businessArea: 'finance', technologyType: 'cloud_computing' });

    const bad = await upload(
      owner,
      project.id,
      await xlsx(zh, [['2026-06-30', '坏', '未知状态', '物联网', '生产制造', 1, null]]),
      'x.xlsx',
      'zh-CN',
    );
    const failed = await settle(owner, bad.body.id, ['preview', 'failed']);
    expect(failed.errors).toEqual([{ row: 2, column: '状态', message: expect.stringContaining('不是可选值之一') }]);
  }, 60_000);

  it('refuses a renamed text file (415), an 11 MB file (413) and more than 20,000 rows (422)', async () => {
    const project = await newProject(owner, 'limits');
    const txt = await upload(owner, project.id, Buffer.from('title,weight\nA,1\n'), 'tasks.xlsx');
    expect(txt.status).toBe(415);
    expect(txt.type).toContain('application/problem+json');
    const big = await upload(owner, project.id, Buffer.alloc(11 * 1024 * 1024, 1), 'big.xlsx');
    expect(big.status).toBe(413);
    expect(big.type).toContain('application/problem+json');
    const many = await upload(
      owner,
      project.id,
      await xlsx(
        ['Title'],
        Array.from({ length: 20001 }, (_, i) => [`t${i}`]),
      ),
    );
    expect(many.status).toBe(422);
    expect(many.body.detail).toMatch(/20001 rows/);
  }, 60_000);

  it('answers 404 for another tenant’s project or import and 403 to an employee', async () => {
    const project = await newProject(owner, 'access');
    const file = await xlsx(EN, [[null, 'x', 'production', 'big_data', null, 'todo', 0, 1, null, null]]);
    expect((await upload(other, project.id, file)).status).toBe(404);
    expect((await upload(employee, project.id, file)).status).toBe(403);
    const mine = await upload(owner, project.id, file);
    expect(mine.status).toBe(202);
    await settle(owner, mine.body.id, ['preview']);
    expect((await as(other, 'GET', `/api/imports/${mine.body.id}`)).status).toBe(404);
    expect((await as(other, 'POST', `/api/imports/${mine.body.id}/apply`, {})).status).toBe(404);
    expect((await as(employee, 'GET', `/api/imports/${mine.body.id}`)).status).toBe(403);
    const report = await fetch(`${api.url}/api/imports/${mine.body.id}/errors.xlsx`, {
      headers: { authorization: `Bearer ${other.accessToken}` },
    });
    expect(report.status).toBe(404);
    expect(await tasksOf(owner, project.id)).toHaveLength(0);
  }, 60_000);

  it('offers a template in both languages with an instructions sheet and drop-down lists', async () => {
    for (const [locale, header, sheet] of [
      ['zh-CN', '编号', '说明'],
      ['en-US', 'ID', 'Instructions'],
    ] as const) {
      const res = await fetch(`${api.url}/api/templates/tasks.xlsx?locale=${locale}`, {
        headers: { authorization: `Bearer ${employee.accessToken}` },
      });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      expect(wb.worksheets[0].getCell(1, 1).value).toBe(header);
      expect(wb.getWorksheet(sheet)).toBeDefined();
      expect(wb.worksheets[0].getCell('D2').dataValidation?.type).toBe('list');
    }
  }, 30_000);
});
