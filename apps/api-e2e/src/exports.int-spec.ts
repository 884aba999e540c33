import ExcelJS from 'exceljs';
import type { Kpi, KpiReading, Project, Task, TrainingRecord } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant as freshTenantOf, joinTenant, Session, signIn, startApi } from '@xinzhi/testing';

/**
 * Excel exports: every list's workbook read back with exceljs — the key column first, headers in the
 * caller's language, real dates, percents with a percent format, a frozen header row, the task list's
 * filters applied, and each feature's access rules. The suite makes its own enterprises.
 */
const run = Date.now().toString(36);
const PASSWORD = 'exports suite passphrase';

let api: ApiProcess;
const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const freshTenant = (label: string) => freshTenantOf(api.url, `exports-${label}`, PASSWORD);

/** The workbook at `path` as `s` in `language`, with the response's status and type. */
async function workbook(
  s: Session,
  path: string,
  language?: string,
): Promise<{ status: number; type: string | null; book: ExcelJS.Workbook }> {
  const headers: Record<string, string> = { authorization: `Bearer ${s.accessToken}` };
  if (language) headers['accept-language'] = language;
  const res = await fetch(`${api.url}${path}`, { headers });
  const book = new ExcelJS.Workbook();
  if (res.status === 200) await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return { status: res.status, type: res.headers.get('content-type'), book };
}

/** A sheet's header row and its data rows as arrays (cell values, first column first). */
function table(ws: ExcelJS.Worksheet): { header: string[]; rows: ExcelJS.CellValue[][] } {
  const all: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { header: (all[0] ?? []).map(String), rows: all.slice(1) };
}

function frozen(ws: ExcelJS.Worksheet): boolean {
  const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === 'frozen' && view.ySplit === 1;
}

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.stop());

describe('Excel exports', () => {
  let owner: Session;
  let employee: Session;
  let project: Project;
  const tasks: Task[] = [];
  let kpi: Kpi;
  let reading: KpiReading;
  let record: TrainingRecord;

  beforeAll(async () => {
    ({ owner } = await freshTenant('a'));
    employee = await joinTenant(api.url, owner, `employee.${run}@exports.xinzhi.test`, 'employee', PASSWORD);
    const created = await as<Project>(owner, 'POST', '/api/projects', {
      name: `导出 Exports ${run}`,
      goal: '',
      startDate: '2020-01-01',
      targetDate: '2030-12-31',
    });
    expect(created.status).toBe(201);
    project = created.body;
    const plan: Array<[string, string, number]> = [
      ['设备联网 IoT rollout', 'production', 40],
      ['财务共享 Finance hub', 'finance', 0],
      ['仓储条码 Barcodes', 'warehousing_logistics', 100],
    ];
    for (const [title, businessArea, percentDone] of plan) {
      const res = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title,
        businessArea,
        technologyType: 'internet_of_things',
        percentDone,
        startDate: '2026-01-05',
        dueDate: '2026-03-31',
      });
      expect(res.status).toBe(201);
      tasks.push(res.body);
    }
    const k = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
      name: '设备联网率',
      unit: '%',
      direction: 'higher_is_better',
      category: 'digital_foundation',
      baseline: 20,
      target: 80,
    });
    expect(k.status).toBe(201);
    kpi = k.body;
    const r = await as<KpiReading>(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: '2026-02-01', value: 50 });
    expect(r.status).toBe(201);
    reading = r.body;
    const t = await as<TrainingRecord>(owner, 'POST', '/api/training-records', {
      course: '工业互联网基础',
      provider: '园区学院',
      hours: 8,
      completedOn: '2026-02-10',
      skills: ['iot', 'cloud'],
    });
    expect(t.status).toBe(201);
    record = t.body;
  });

  it("exports a project's tasks: key column, Chinese headers and labels, real dates, percent format, frozen header", async () => {
    const { status, type, book } = await workbook(owner, `/api/projects/${project.id}/tasks.xlsx`, 'zh-CN,zh;q=0.9');
    expect(status).toBe(200);
    expect(type).toContain('spreadsheetml');
    const ws = book.worksheets[0];
    expect(frozen(ws)).toBe(true);
    const { header, rows } = table(ws);
    expect(header.slice(0, 3)).toEqual(['编号', '任务', '描述']);
    expect(header).toContain('完成度');
    expect(rows.map((r) => r[0]).sort()).toEqual(tasks.map((t) => t.id).sort());
    const iot = rows.find((r) => r[0] === tasks[0].id) as ExcelJS.CellValue[];
    expect(iot[header.indexOf('业务领域')]).toBe('生产制造');
    expect(iot[header.indexOf('状态')]).toBe('待办');
    const start = iot[header.indexOf('开始日期')];
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString().slice(0, 10)).toBe('2026-01-05');
    const percentCol = header.indexOf('完成度') + 1;
    const row = ws.getRow(rows.indexOf(iot) + 2);
    expect(row.getCell(percentCol).value).toBeCloseTo(0.4);
    expect(row.getCell(percentCol).numFmt).toContain('%');
    expect(ws.getColumn(1).width).toBeGreaterThan(30);
  });

  it("applies the list's filters and speaks English when asked", async () => {
    const { status, book } = await workbook(owner, `/api/projects/${project.id}/tasks.xlsx?businessArea=finance`, 'en-US');
    expect(status).toBe(200);
    const { header, rows } = table(book.worksheets[0]);
    expect(header.slice(0, 2)).toEqual(['Key', 'Title']);
    expect(rows.map((r) => r[0])).toEqual([tasks[1].id]);
    expect(rows[0][header.indexOf('Business area')]).toBe('Finance');
    expect(rows[0][header.indexOf('Status')]).toBe('To do');
    const q = await workbook(owner, `/api/projects/${project.id}/tasks.xlsx?q=${encodeURIComponent('条码')}`, 'en-US');
    expect(table(q.book.worksheets[0]).rows.map((r) => r[0])).toEqual([tasks[2].id]);
  });

  it("falls back to the user's saved language without Accept-Language", async () => {
    expect((await as(owner, 'PATCH', '/api/me', { locale: 'en-US' })).status).toBeLessThan(300);
    const en = await workbook(owner, `/api/projects/${project.id}/tasks.xlsx`);
    expect(table(en.book.worksheets[0]).header[0]).toBe('Key');
    expect((await as(owner, 'PATCH', '/api/me', { locale: 'zh-CN' })).status).toBeLessThan(300);
    const zh = await workbook(owner, `/api/projects/${project.id}/tasks.xlsx`);
    expect(table(zh.book.worksheets[0]).header[0]).toBe('编号');
  });

  it('exports KPIs and their readings in long format', async () => {
    const { status, book } = await workbook(owner, `/api/projects/${project.id}/kpis.xlsx`, 'en-US');
    expect(status).toBe(200);
    expect(book.worksheets.map((w) => w.name)).toEqual(['KPIs', 'Readings']);
    const kpis = table(book.worksheets[0]);
    expect(kpis.header[0]).toBe('Key');
    expect(kpis.rows.map((r) => r[0])).toEqual([kpi.id]);
    const attainment = book.worksheets[0].getRow(2).getCell(kpis.header.indexOf('Attainment') + 1);
    expect(attainment.value).toBeCloseTo(0.5);
    expect(attainment.numFmt).toContain('%');
    const readings = table(book.worksheets[1]);
    expect(frozen(book.worksheets[1])).toBe(true);
    expect(readings.rows.map((r) => r[0])).toEqual([reading.id]);
    expect(readings.rows[0][readings.header.indexOf('KPI key')]).toBe(kpi.id);
    expect(readings.rows[0][readings.header.indexOf('Date')]).toBeInstanceOf(Date);
    expect(readings.rows[0][readings.header.indexOf('Value')]).toBe(50);
  });

  it('exports the award ledger to owners only, with its columns', async () => {
    const { status, book } = await workbook(owner, '/api/incentive-awards.xlsx', 'zh-CN');
    expect(status).toBe(200);
    const ws = book.worksheets[0];
    expect(frozen(ws)).toBe(true);
    expect(table(ws).header).toEqual(expect.arrayContaining(['编号', '获奖人', '金额', '依据', '达成日期']));
    expect(table(ws).header[0]).toBe('编号');
    expect((await workbook(employee, '/api/incentive-awards.xlsx')).status).toBe(403);
  });

  it('exports training records: everyone’s for the owner, only their own for an employee', async () => {
    const { status, book } = await workbook(owner, '/api/training-records.xlsx', 'zh-CN');
    expect(status).toBe(200);
    const { header, rows } = table(book.worksheets[0]);
    expect(header[0]).toBe('编号');
    expect(rows.map((r) => r[0])).toEqual([record.id]);
    expect(rows[0][header.indexOf('完成日期')]).toBeInstanceOf(Date);
    expect(rows[0][header.indexOf('技能')]).toBe('物联网、云计算');
    const mine = await workbook(employee, '/api/training-records.xlsx', 'zh-CN');
    expect(mine.status).toBe(200);
    expect(table(mine.book.worksheets[0]).rows).toEqual([]);
  });

  it('exports members to those who may list them', async () => {
    const { status, book } = await workbook(owner, '/api/members.xlsx', 'en-US');
    expect(status).toBe(200);
    const { header, rows } = table(book.worksheets[0]);
    expect(header.slice(0, 3)).toEqual(['Key', 'Email', 'Name']);
    const members = (await as<{ items: Array<{ id: string; email: string }> }>(owner, 'GET', '/api/members?limit=100')).body.items;
    expect(rows.map((r) => r[0]).sort()).toEqual(members.map((x) => x.id).sort());
    const emp = rows.find((r) => r[1] === employee.email) as ExcelJS.CellValue[];
    expect(emp[header.indexOf('Role')]).toBe('Employee');
    expect((await workbook(employee, '/api/members.xlsx')).status).toBe(403);
  });

  it("exports the park's tenant register to its administrator", async () => {
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    const { status, book } = await workbook(park, '/api/park/tenants.xlsx', 'zh-CN');
    expect(status).toBe(200);
    const { header, rows } = table(book.worksheets[0]);
    expect(header.slice(0, 2)).toEqual(['编号', '企业名称']);
    expect(rows.map((r) => r[0])).toContain(owner.context?.id);
    expect(rows[0][header.indexOf('入驻时间')]).toBeInstanceOf(Date);
    expect((await workbook(owner, '/api/park/tenants.xlsx')).status).toBe(403);
  });

  it("answers 404 for another tenant's project and exports nothing of it", async () => {
    const { owner: other } = await freshTenant('b');
    expect((await workbook(other, `/api/projects/${project.id}/tasks.xlsx`)).status).toBe(404);
    expect((await workbook(other, `/api/projects/${project.id}/kpis.xlsx`)).status).toBe(404);
    const theirs = await workbook(other, '/api/training-records.xlsx');
    expect(table(theirs.book.worksheets[0]).rows).toEqual([]);
  });
});
