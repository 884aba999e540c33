import type { Browser } from 'playwright-core';
import type { Analysis, CreateParkResponse, CreateTenantResponse, PainPoint } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  launchBrowser,
  openPage,
  RunningProcess,
  Session,
  signIn,
  signInWithForm,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

/**
 * The park administrator's cross-analysis and pain-point matrix in the browser, in a park of the
 * suite's own (made by the platform operator) with three enterprises: from the industry × scale
 * pivot to a cell's enterprises and on to one of them; from a matrix cell to its pain points; the
 * cross-analysis in English too.
 */
describe('the park’s cross-analysis and pain-point matrix in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let admin: Session;
  const run = Date.now().toString(36);
  const adminEmail = `admin.${run}@analysis-web.xinzhi.test`;
  const names = { a: `浏览甲 Alpha ${run}`, b: `浏览乙 Beta ${run}`, c: `浏览丙 Gamma ${run}` };
  const ids: Record<string, string> = {};

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  async function accept(acceptUrl: string, email: string): Promise<Session> {
    const token = acceptUrl.split('/invite/')[1];
    expect((await call(api.url, 'POST', '/api/invitations/accept', { body: { token, password: DEMO_PASSWORD } })).status).toBe(200);
    return signIn(api.url, email);
  }

  async function tenant(key: 'a' | 'b' | 'c', industrySection: string, industryDivision: string, scale: string): Promise<Session> {
    const email = `${key}.${run}@analysis-web.xinzhi.test`;
    const created = await as<CreateTenantResponse>(admin, 'POST', '/api/park/tenants', {
      name: names[key],
      creditCode: '',
      industrySection,
      industryDivision,
      scale,
      region: '苏州',
      emerging: false,
      manufacturingType: industrySection === 'C' ? 'discrete' : 'none',
      ownerEmail: email,
      ownerName: `${key} 老板`,
    });
    expect(created.status).toBe(201);
    ids[key] = created.body.tenant.id;
    return accept(created.body.invitation.acceptUrl, email);
  }

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    const operator = await signIn(api.url, 'operator@xinzhi.test');
    const park = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
      name: `浏览分析园区 Analysis Web Park ${run}`,
      region: '苏州',
      adminEmail,
      adminName: '浏览园区管理员',
    });
    expect(park.status).toBe(201);
    admin = await accept(park.body.invitation.acceptUrl, adminEmail);
    const a = await tenant('a', 'C', '34', 'small');
    await tenant('b', 'C', '26', 'small');
    await tenant('c', 'I', '65', 'micro');
    const recorded = await as<PainPoint>(a, 'POST', '/api/pain-points', {
      title: `设备停机 ${run}`,
      businessArea: 'production',
      severity: 4,
    });
    expect(recorded.status).toBe(201);
    // The worker has rolled up all three (and A's pain point) before the pages are opened.
    await waitFor(
      async () => {
        const p = (await as<Analysis>(admin, 'GET', '/api/park/analysis?rows=industry&cols=scale&measure=painPoints')).body;
        return p.total.tenantCount === 3 && p.total.value === 1;
      },
      30_000,
      'the rollups of the three enterprises',
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('drills from an industry × scale cell to its enterprises and opens one (zh-CN)', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, adminEmail);
    await page.getByTestId('nav-park-analysis').click();
    await page.waitForURL(/\/park\/analysis/);
    await page.locator('[data-testid="analysis"][data-state="ready"]').waitFor();
    await page.getByTestId('analysis-title').filter({ hasText: '交叉分析' }).waitFor();
    const cell = page.getByTestId('analysis-cell-C-small');
    expect(await cell.getAttribute('data-count')).toBe('2');
    expect((await page.getByTestId('analysis-total').textContent())?.trim()).toBe('3');
    await cell.click();
    const drilled = page.getByTestId('analysis-drill-tenant');
    await drilled.first().waitFor();
    expect((await drilled.allTextContents()).map((t) => t.trim()).sort()).toEqual([names.a, names.b].sort());
    // The chart is drawn (lazily loaded ECharts paints a canvas).
    await page.locator('[data-testid="analysis-chart"] canvas').first().waitFor();
    await drilled.filter({ hasText: names.a }).click();
    await page.waitForURL(new RegExp(`/park/tenants/${ids['a']}$`));
    // The enterprise's summary opens (read from its rollup).
    await page.getByTestId('tenant-summary-title').filter({ hasText: names.a }).waitFor();
    await context.close();
  });

  it('opens the pain-point matrix and goes from a cell to its pain points (zh-CN)', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, adminEmail);
    await page.getByTestId('nav-park-pain-point-matrix').click();
    await page.waitForURL(/\/park\/pain-point-matrix$/);
    await page.locator('[data-testid="matrix"][data-state="ready"]').waitFor();
    const cell = page.getByTestId('matrix-cell-C-production');
    expect(await cell.getAttribute('data-count')).toBe('1');
    // The park's catalog is empty: every area is unmet demand.
    expect(await cell.getAttribute('data-unmet')).toBe('true');
    await page.locator('[data-testid="matrix-heatmap"] canvas').first().waitFor();
    await cell.click();
    await page.waitForURL(/\/park\/pain-points\?.*industrySection=C/);
    await page.locator('[data-testid="pain-point-list"][data-state="ready"]').waitFor();
    const rows = page.getByTestId('pain-point-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(`设备停机 ${run}`);
    await page.getByTestId('pain-point-industry-filter').waitFor();
    await context.close();
  });

  it('shows the cross-analysis in English, with the workbook and the printable report at hand (en-US)', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, adminEmail);
    await page.getByTestId('nav-park-analysis').click();
    await page.locator('[data-testid="analysis"][data-state="ready"]').waitFor();
    await page.getByTestId('analysis-title').filter({ hasText: 'Cross-analysis' }).waitFor();
    expect(await page.getByTestId('analysis-table').textContent()).toContain('C Manufacturing');
    expect(await page.getByTestId('analysis-table').textContent()).toContain('Small');
    const download = page.waitForEvent('download');
    await page.getByTestId('report-download').click();
    expect((await download).suggestedFilename()).toBe('park-report.xlsx');
    await page.getByTestId('report-printable').click();
    await page.waitForURL(/\/park\/report$/);
    await page.locator('[data-testid="report"][data-state="ready"]').waitFor();
    expect((await page.getByTestId('report-total').textContent())?.trim()).toBe('3');
    expect(await page.getByTestId('report-tenants').textContent()).toContain(names.c);
    await context.close();
  });
});
