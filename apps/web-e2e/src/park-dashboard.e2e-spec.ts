import type { Browser } from 'playwright-core';
import type { Project, TenantTablePage } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  freshTenant,
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
 * The park dashboard in the browser: the park administrator lands on it in Chinese, sees the tiles,
 * the attention queue and the tenant table, finds a fresh enterprise by name and opens its summary
 * with its project; the dashboard once in English. The suite onboards its own enterprise.
 */
describe('the park dashboard in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let park: Session;
  let project: Project;
  const run = Date.now().toString(36);
  let tenantName: string;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    park = await signIn(api.url, 'park.admin@xinzhi.test');
    let owner: Session;
    ({ owner, tenantName } = await freshTenant(api.url, 'dashboard', DEMO_PASSWORD, {
      ownerName: '总览老板',
      industryDivision: '26',
      region: '常州',
      manufacturingType: 'process',
    }));
    project = (
      await as<Project>(owner, 'POST', '/api/projects', { name: `总览项目 ${run}`, startDate: '2026-01-01', targetDate: '2027-06-30' })
    ).body;
    await waitFor(
      async () => {
        const page = (await as<TenantTablePage>(park, 'GET', `/api/park/tenant-summaries?q=${encodeURIComponent(tenantName)}`)).body;
        return page.items.find((r) => r.activeProjects === 1) ?? null;
      },
      20_000,
      'the new enterprise in the rollups',
    );
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('in Chinese: lands on the dashboard, sees tiles, attention and the table, and opens a tenant summary', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.waitForURL(/\/park\/dashboard$/);
    expect(await page.getByTestId('park-dashboard-title').innerText()).toBe('园区总览');
    expect(await page.getByTestId('nav-park-dashboard').innerText()).toContain('园区总览');
    await page.locator('[data-testid="park-dashboard"][data-state="ready"]').waitFor();
    const tenants = Number((await page.getByTestId('tile-tenants').locator('.value').innerText()).trim());
    expect(tenants).toBeGreaterThan(0);
    expect(await page.getByTestId('tile-health').innerText()).toContain('滞后');
    await page.getByTestId('attention').waitFor();
    await page.getByTestId('park-trend').waitFor();

    await page.locator('[data-testid="tenant-table"][data-state="ready"]').waitFor();
    await page.getByTestId('table-search').fill(tenantName);
    // The search is applied by the API: one enterprise left.
    await page.getByTestId('table-total').filter({ hasText: '共 1 家企业' }).waitFor();
    const row = page.getByTestId(`tenant-row-${tenantName}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('从未评估');

    await page.getByTestId(`tenant-link-${tenantName}`).click();
    await page.waitForURL(/\/park\/tenants\/[0-9a-f-]+$/);
    expect(await page.getByTestId('tenant-summary-title').innerText()).toBe(tenantName);
    expect(await page.getByTestId('summary-classification').innerText()).toContain('常州');
    await page.getByTestId(`summary-project-${project.name}`).waitFor();
    expect(await page.getByTestId(`summary-project-${project.name}`).innerText()).toContain('进行中');
    await page.getByTestId('summary-reason-neverAssessed').waitFor();

    await page.getByTestId('summary-back').click();
    await page.waitForURL(/\/park\/dashboard$/);
    await context.close();
  });

  it('in English: the dashboard', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.waitForURL(/\/park\/dashboard$/);
    expect(await page.getByTestId('park-dashboard-title').innerText()).toBe('Park dashboard');
    await page.locator('[data-testid="park-dashboard"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('tile-tenants').innerText()).toContain('Enterprises');
    expect(await page.getByTestId('attention').innerText()).toContain('Needs attention');
    await page.locator('[data-testid="tenant-table"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('sort-name').innerText()).toContain('Enterprise');
    await context.close();
  });
});
