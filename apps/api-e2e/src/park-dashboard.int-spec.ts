import ExcelJS from 'exceljs';
import type { Kpi, ParkDashboard, ParkTenantSummaryPage, Problem, Project, Task, TenantTablePage } from '@xinzhi/shared-contracts';
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
 * The park's rollups and dashboard: a change in a tenant reaches its park summary, the tenant table
 * and the dashboard through the worker's refresh; the second park sees none of it; no park response
 * (dashboard, tenant table and summary, every analysis measure, the matrix, the showcases, the
 * surveys, the workbook) carries a task title, a comment, a member's name, an award, a training
 * record or a pain point's title; KPIs take a reading interval.
 * Runs in an enterprise of its own, onboarded by the first park's administrator.
 */
const run = Date.now().toString(36);
const secretTask = `机密任务标题 ${run}`;
const secretMember = `隐名同事 ${run}`;
const secretPainPoint = `机密痛点标题 ${run}`;
const secretComment = `机密评论内容 ${run}`;
const secretScheme = `机密奖励方案 ${run}`;
const secretCourse = `机密培训课程 ${run}`;

let api: ApiProcess;
let worker: RunningProcess;
let park: Session;
let park2: Session;
let owner: Session;
let tenantId: string;
let tenantName: string;
let project: Project;
let task: Task;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const summaryOf = async (s: Session = park) => as<ParkTenantSummaryPage>(s, 'GET', `/api/park/tenants/${tenantId}/summary`);
const tableRow = async (s: Session = park) =>
  (await as<TenantTablePage>(s, 'GET', `/api/park/tenant-summaries?q=${encodeURIComponent(tenantName)}`)).body.items.find(
    (r) => r.tenantId === tenantId,
  );

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  [park, park2] = await Promise.all([signIn(api.url, 'park.admin@xinzhi.test'), signIn(api.url, 'park2.admin@xinzhi.test')]);
  ({ owner, tenantId, tenantName } = await freshTenant(api.url, 'rollups', DEMO_PASSWORD, {
    ownerName: '汇总老板',
    industryDivision: '34',
    scale: 'medium',
    region: '无锡',
    emerging: true,
    manufacturingType: 'process',
  }));
});
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

describe('the rollup of a tenant', () => {
  it('appears for a fresh tenant without any job of its own (the sweep creates the row)', async () => {
    const first = await waitFor(async () => (await summaryOf()).body.summary, 15_000, 'the first rollup of the new tenant');
    expect(first).toMatchObject({ tenantId, activeProjects: 0, health: null, maturityLevel: null, openPainPoints: 0 });
    const page = (await summaryOf()).body;
    expect(page.tenant).toMatchObject({
      tenantId,
      name: tenantName,
      industrySection: 'C',
      scale: 'medium',
      emerging: true,
      manufacturingType: 'process',
    });
    expect(page.reasons).toContain('neverAssessed');
    // Joined today with nothing done yet: not "no activity for 30 days" (that counts from the day it joined).
    expect(page.reasons).not.toContain('inactive');
    expect((await tableRow())?.reasons).not.toContain('inactive');
  });

  it('follows a task change to the park summary, the tenant table and the dashboard', async () => {
    const before = (await as<ParkDashboard>(park, 'GET', '/api/park/dashboard')).body.tiles.withActiveProject;

    await joinTenant(api.url, owner, `hidden.${run}@rollups.xinzhi.test`, 'employee', DEMO_PASSWORD, secretMember);
    const members = (await as<{ items: Array<{ userId: string | null; displayName: string }> }>(owner, 'GET', '/api/members')).body.items;
    const hidden = members.find((m) => m.displayName === secretMember);

    project = (
      await as<Project>(owner, 'POST', '/api/projects', { name: `汇总项目 ${run}`, startDate: '2026-01-01', targetDate: '2027-12-31' })
    ).body;
    const created = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
      title: secretTask,
      businessArea: 'production',
      technologyType: 'big_data',
      assigneeId: hidden?.userId ?? null,
      status: 'todo',
    });
    expect(created.status).toBe(201);
    task = created.body;
    const painPoint = await as(owner, 'POST', '/api/pain-points', { title: secretPainPoint, businessArea: 'production', severity: 4 });
    expect(painPoint.status).toBe(201);

    const started = await waitFor(
      async () => {
        const s = (await summaryOf()).body.summary;
        return s && s.activeProjects === 1 && s.progress === 0 && s.openPainPoints === 1 ? s : null;
      },
      15_000,
      'the project and the pain point in the rollup',
    );
    expect(started).toMatchObject({ unansweredPainPoints: 1, painPointsByArea: { production: { count: 1, severitySum: 4 } } });

    expect((await as(owner, 'PATCH', `/api/tasks/${task.id}`, { status: 'done' })).status).toBe(200);
    const done = await waitFor(
      async () => {
        const s = (await summaryOf()).body;
        return s.summary?.progress === 1 ? s : null;
      },
      15_000,
      'the finished task in the park summary',
    );
    expect(done.projects).toEqual([expect.objectContaining({ id: project.id, name: project.name, progress: 1, status: 'active' })]);
    expect(done.summary?.lastActivityAt).not.toBeNull();

    const row = await waitFor(
      async () => {
        const r = await tableRow();
        return r?.progress === 1 ? r : null;
      },
      15_000,
      'the tenant table',
    );
    expect(row).toMatchObject({ activeProjects: 1, openPainPoints: 1, region: '无锡' });
    expect(row.reasons).toEqual(expect.arrayContaining(['neverAssessed', 'unansweredPainPoints']));

    const dashboard = (await as<ParkDashboard>(park, 'GET', '/api/park/dashboard')).body;
    expect(dashboard.tiles.withActiveProject).toBe(before + 1);
    expect(dashboard.attention.totals.unansweredPainPoints).toBeGreaterThanOrEqual(1);
    expect(dashboard.trend.at(-1)?.day).toBe(dashboard.asOf);
  });

  it('keeps task titles, comments, people, awards, training and pain-point titles out of every park oversight response', async () => {
    // More of what the privacy line covers: a comment, an award (its scheme's name) and a training record.
    const members = (await as<{ items: Array<{ userId: string | null; displayName: string }> }>(owner, 'GET', '/api/members')).body.items;
    const hidden = members.find((m) => m.displayName === secretMember)?.userId as string;
    const scheme = await as(owner, 'POST', '/api/incentive-schemes', {
      projectId: project.id,
      name: secretScheme,
      kind: 'points',
      trigger: 'task_done',
      amount: 7,
    });
    expect(scheme.status).toBe(201);
    const rewarded = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
      title: `${secretTask} 二`,
      businessArea: 'production',
      technologyType: 'big_data',
      assigneeId: hidden,
      status: 'todo',
    });
    expect(rewarded.status).toBe(201);
    expect((await as(owner, 'POST', `/api/tasks/${rewarded.body.id}/comments`, { body: secretComment })).status).toBe(201);
    expect((await as(owner, 'PATCH', `/api/tasks/${rewarded.body.id}`, { status: 'done' })).status).toBe(200);
    const training = await as(owner, 'POST', '/api/training-records', {
      userId: hidden,
      course: secretCourse,
      provider: '园区培训中心',
      hours: 4,
      completedOn: '2026-11-02',
      skills: ['data_analysis'],
    });
    expect(training.status).toBe(201);
    await waitFor(
      async () => {
        const awards = (await as<{ items: Array<{ schemeName?: string }> }>(owner, 'GET', '/api/incentive-awards?limit=100')).body.items;
        return JSON.stringify(awards).includes(secretScheme) ? awards : null;
      },
      15_000,
      'the award proposed for the finished task',
    );
    await waitFor(
      async () => ((await summaryOf()).body.projects?.[0]?.progress === 1 ? true : null),
      15_000,
      'the rollup after the second task',
    );

    const oversight = [
      `/api/park/tenants/${tenantId}/summary`,
      '/api/park/dashboard',
      `/api/park/tenant-summaries?q=${encodeURIComponent(tenantName)}`,
      '/api/park/tenant-summaries?pageSize=100&sort=lastActivityAt&dir=desc',
      ...['tenantCount', 'meanIndex', 'meanMaturityPoints', 'levelDistribution', 'shareLate', 'painPoints'].map(
        (measure) => `/api/park/analysis?rows=industry&cols=scale&measure=${measure}`,
      ),
      '/api/park/pain-point-matrix',
      '/api/park/showcases',
      '/api/park/surveys',
    ];
    const bodies: unknown[] = [];
    for (const path of oversight) {
      const res = await as(park, 'GET', path);
      expect([path, res.status]).toEqual([path, 200]);
      bodies.push(res.body);
    }
    const json = JSON.stringify(bodies);
    expect(json).toContain(tenantName);

    // The workbook too, read as text cell by cell.
    const res = await fetch(`${api.url}/api/park/reports/park.xlsx`, { headers: { authorization: `Bearer ${park.accessToken}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    const workbookText = cells.join('\n');
    expect(workbookText).toContain(tenantName);

    for (const secret of [secretTask, secretMember, secretPainPoint, secretComment, secretScheme, secretCourse, '汇总老板']) {
      expect(json).not.toContain(secret);
      expect(workbookText).not.toContain(secret);
    }
  });

  it('shows the second park nothing of it', async () => {
    expect((await summaryOf(park2)).status).toBe(404);
    expect((await summaryOf(park2)).headers.get('content-type')).toContain('application/problem+json');
    const table = (await as<TenantTablePage>(park2, 'GET', `/api/park/tenant-summaries?q=${encodeURIComponent(tenantName)}`)).body;
    expect(table.total).toBe(0);
    const dashboard = await as<ParkDashboard>(park2, 'GET', '/api/park/dashboard');
    expect(dashboard.status).toBe(200);
    expect(JSON.stringify(dashboard.body)).not.toContain(tenantId);
    expect(JSON.stringify(dashboard.body)).not.toContain(tenantName);
  });

  it('answers an unknown tenant with 404, bad table queries with 400, and keeps tenants off the park routes', async () => {
    expect((await as(park, 'GET', '/api/park/tenants/01a21f4d-0000-7000-8000-000000000001/summary')).status).toBe(404);
    for (const q of ['sort=secret', 'dir=up', 'pageSize=1000', 'scale=huge', 'emerging=maybe', 'industry=ZZ', 'reason=bored']) {
      const res = await as<Problem>(park, 'GET', `/api/park/tenant-summaries?${q}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
    }
    expect((await as(owner, 'GET', '/api/park/dashboard')).status).toBe(403);
    expect((await as(owner, 'GET', '/api/park/tenant-summaries')).status).toBe(403);
    expect((await as(owner, 'GET', `/api/park/tenants/${tenantId}/summary`)).status).toBe(403);
  });
});

describe('the reading interval of a KPI', () => {
  it('defaults to monthly, takes weekly or quarterly, and refuses anything else with a problem', async () => {
    const kpis = async () => (await as<Kpi[]>(owner, 'GET', `/api/projects/${project.id}/kpis`)).body;
    const base = { name: `读数频率 ${run}`, unit: '%', direction: 'higher_is_better', category: 'efficiency', baseline: 10, target: 20 };

    const bad = await as<Problem>(owner, 'POST', `/api/projects/${project.id}/kpis`, { ...base, readingInterval: 'daily' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors?.map((e) => e.field)).toContain('readingInterval');
    expect(await kpis()).toEqual([]);

    const plain = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, base);
    expect(plain.status).toBe(201);
    expect(plain.body.readingInterval).toBe('monthly');

    const weekly = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
      ...base,
      name: `${base.name} 周`,
      readingInterval: 'weekly',
    });
    expect(weekly.body.readingInterval).toBe('weekly');

    const patchBad = await as<Problem>(owner, 'PATCH', `/api/kpis/${weekly.body.id}`, { readingInterval: 'yearly' });
    expect(patchBad.status).toBe(400);
    expect((await as<Kpi>(owner, 'GET', `/api/kpis/${weekly.body.id}`)).body.readingInterval).toBe('weekly');

    const quarterly = await as<Kpi>(owner, 'PATCH', `/api/kpis/${weekly.body.id}`, { readingInterval: 'quarterly' });
    expect(quarterly.status).toBe(200);
    expect(quarterly.body).toMatchObject({ readingInterval: 'quarterly', name: `${base.name} 周`, baseline: 10, target: 20 });

    // The rollup counts the project's KPIs (fresh: defined today).
    await waitFor(
      async () => {
        const s = (await summaryOf()).body.summary;
        return s?.kpisTotal === 2 ? s : null;
      },
      15_000,
      'the KPIs in the rollup',
    );
    expect((await summaryOf()).body.summary?.kpisStale).toBe(0);
  });
});
