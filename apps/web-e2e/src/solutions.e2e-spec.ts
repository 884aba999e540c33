import type { Browser, Page } from 'playwright-core';
import type { PainPoint, Project, Solution } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  freshTenant,
  joinTenant,
  launchBrowser,
  openPage,
  RunningProcess,
  Session,
  signIn,
  signInWithForm,
  startApi,
  startWorker,
} from '@xinzhi/testing';

/** The page is no wider than the phone: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/**
 * Pain points and the park's solution catalog in the browser: the park administrator writes and
 * publishes a solution with template tasks and a KPI; a leader of a fresh enterprise in that park
 * finds it among the recommendations with its reasons, adopts it into a project and sees its tasks
 * on the board tagged with it; an employee proposes a pain point on a phone and the leader accepts
 * it. The suite onboards its own enterprise and writes its own solution (demo rows stay untouched).
 */
describe('pain points and solutions in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let park: Session;
  let owner: Session;
  let project: Project;
  let painPoint: PainPoint;
  let tenantId: string;
  let tenantName: string;
  const run = Date.now().toString(36);
  const domain = `${run}.solutions.xinzhi.test`;
  const leaderEmail = `leader@${domain}`;
  const employeeEmail = `employee@${domain}`;
  const solutionName = `扫码仓储 Scan WMS ${run}`;
  const taskTitles = [`梳理库位编码 ${run}`, `扫码出入库上线 ${run}`];

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  const invite = (email: string, displayName: string, role: string) => joinTenant(api.url, owner, email, role, DEMO_PASSWORD, displayName);

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    park = await signIn(api.url, 'park.admin@xinzhi.test');
    // A fresh small manufacturer in the first park, with a leader, an employee, one project and one open pain point.
    ({ owner, tenantId, tenantName } = await freshTenant(api.url, 'solutions', DEMO_PASSWORD, {
      ownerName: '方案老板',
      industryDivision: '34',
      region: '苏州',
    }));
    await invite(leaderEmail, '方案领导', 'leader');
    await invite(employeeEmail, '仓库员工', 'employee');
    const createdProject = await as<Project>(owner, 'POST', '/api/projects', {
      name: `数字化仓库 Digital warehouse ${run}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect(createdProject.status).toBe(201);
    project = createdProject.body;
    const recorded = await as<PainPoint>(owner, 'POST', '/api/pain-points', {
      title: `库存盘点不准 ${run}`,
      businessArea: 'warehousing_logistics',
      sceneId: 'warehousing',
      severity: 4,
    });
    expect(recorded.status).toBe(201);
    painPoint = recorded.body;
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  const pick = async (page: Page, select: string, value: string) => {
    await page.getByTestId(select).click();
    await page.getByTestId(`${select}-option-${value}`).click();
  };
  /** A multiple select: choose, then close its list. */
  const pickMany = async (page: Page, select: string, value: string) => {
    await pick(page, select, value);
    await page.keyboard.press('Escape');
  };

  it('the park administrator writes a solution with two template tasks and a KPI, and publishes it', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.getByTestId('nav-park-solutions').click();
    await page.waitForURL(/\/park\/solutions$/);
    expect(await page.getByTestId('park-solutions-title').innerText()).toBe('解决方案目录');
    await page.locator('[data-testid="park-solution-list"][data-state="ready"]').waitFor();

    await page.getByTestId('solution-new').click();
    const form = page.getByTestId('solution-form');
    await form.waitFor();
    await page.getByTestId('solution-name').fill(solutionName);
    await page.getByTestId('solution-provider').fill('云仓科技 CloudStock');
    await page.getByTestId('solution-summary').fill('手机扫码出入库，库存实时准确。');
    await pickMany(page, 'solution-areas', 'warehousing_logistics');
    await pickMany(page, 'solution-techs', 'cloud_computing');
    await page.getByTestId('solution-price-min').fill('20000');
    await page.getByTestId('solution-price-max').fill('60000');
    await page.getByTestId('solution-form-weeks').fill('4');

    // Saving with the upper price below the lower is refused on the field, nothing sent.
    await page.getByTestId('solution-price-max').fill('100');
    await page.getByTestId('solution-save').click();
    await form.getByText('最高价格不能低于最低价格').waitFor();
    await page.getByTestId('solution-price-max').fill('60000');

    // It raises 仓储物流 to level 2 (the defaults of a new scene row) and suits small enterprises.
    await page.getByTestId('solution-add-scene').click();
    await pickMany(page, 'solution-scales', 'small');

    await page.getByTestId('solution-add-task').click();
    await page.getByTestId('solution-add-task').click();
    const tasks = page.getByTestId('template-task');
    expect(await tasks.count()).toBe(2);
    await tasks.nth(0).getByTestId('template-task-title').fill(taskTitles[0]);
    await tasks.nth(1).getByTestId('template-task-title').fill(taskTitles[1]);
    await tasks.nth(1).getByTestId('template-task-weight').fill('3');
    await tasks.nth(1).getByTestId('template-task-start').fill('14');
    // A due day before the start day is refused on the field.
    await tasks.nth(1).getByTestId('template-task-due').fill('10');
    await page.getByTestId('solution-save').click();
    await tasks.nth(1).getByText('截止天数不能早于开始天数').waitFor();
    await tasks.nth(1).getByTestId('template-task-due').fill('28');

    await page.getByTestId('solution-add-kpi').click();
    const kpi = page.getByTestId('template-kpi');
    await kpi.getByTestId('template-kpi-name').fill(`库存准确率 ${run}`);
    await kpi.getByTestId('template-kpi-unit').fill('%');
    await kpi.getByTestId('template-kpi-baseline').fill('85');
    await kpi.getByTestId('template-kpi-target').fill('99');
    await page.getByTestId('solution-save').click();

    const card = page.locator(`[data-testid="park-solution"][data-name="${solutionName}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('draft');
    expect(await card.getByTestId('solution-status').innerText()).toBe('草稿');
    // A draft is invisible to the enterprise.
    const hidden = await as<{ items: Solution[] }>(owner, 'GET', `/api/solutions?limit=100&q=${encodeURIComponent(run)}`);
    expect(hidden.body.items.map((s) => s.name)).not.toContain(solutionName);

    await card.getByTestId('solution-publish').click();
    await page.locator(`[data-testid="park-solution"][data-name="${solutionName}"][data-status="published"]`).waitFor();
    expect(await card.getByTestId('solution-status').innerText()).toBe('已发布');
    expect(await card.getByTestId('solution-weeks').innerText()).toBe('4 周');

    const stored = (
      await as<{ items: Solution[] }>(park, 'GET', `/api/park/solutions?limit=100&q=${encodeURIComponent(run)}`)
    ).body.items.find((s) => s.name === solutionName);
    expect(stored?.templateTasks.map((t) => [t.title, t.weight, t.startOffsetDays, t.dueOffsetDays])).toEqual([
      [taskTitles[0], 1, 0, 7],
      [taskTitles[1], 3, 14, 28],
    ]);
    expect(stored?.templateKpis).toMatchObject([{ name: `库存准确率 ${run}`, unit: '%', baseline: 85, target: 99 }]);
    expect(stored?.scenes).toEqual([{ sceneId: 'warehousing', toLevel: 2 }]);
    await context.close();
  });

  it('a leader finds it among the recommendations with its reasons, adopts it, and sees its tasks on the board tagged with it', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, leaderEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('nav-solutions').click();
    await page.waitForURL(/\/solutions\/recommended$/);
    await page.locator('[data-testid="solution-list"]:not([data-state="loading"])').waitFor();
    expect(await page.getByTestId('solution-list').getAttribute('data-state')).toBe('ready');
    const recommendation = page.locator(`[data-testid="recommendation"][data-name="${solutionName}"]`);
    await recommendation.waitFor();
    const reasons = await recommendation.getByTestId('recommendation-reason').allInnerTexts();
    expect(reasons).toContain(`解决您在仓储物流的痛点«库存盘点不准 ${run}»`);
    expect(reasons).toContain('适合小型企业');
    expect(reasons).toContain('4 周上线');

    await recommendation.getByTestId('solution-adopt').click();
    const dialog = page.locator('.adopt-dialog');
    await dialog.getByTestId('adopt-form').waitFor();
    // The only project is chosen, the start date is today, and the pain point the reason names is ticked.
    expect(await dialog.getByTestId('adopt-project').innerText()).toContain(project.name);
    expect(await dialog.locator(`[data-testid="adopt-pain-point"][data-id="${painPoint.id}"] input`).isChecked()).toBe(true);
    await dialog.getByTestId('adopt-submit').click();
    await dialog.getByTestId('adopt-done').waitFor();
    expect(await dialog.getByTestId('adopt-done').innerText()).toContain('创建了 2 个任务和 1 个指标');

    await dialog.getByTestId('adopt-open-board').click();
    await page.waitForURL(new RegExp(`/projects/${project.id}/board$`));
    for (const title of taskTitles) {
      const card = page.getByTestId(`task-card-${title}`);
      await card.waitFor();
      expect(await card.getByTestId('task-solution-tag').innerText()).toBe(solutionName);
    }
    // The drawer says where the task came from.
    await page.getByTestId(`task-card-${taskTitles[1]}`).click();
    expect(await page.getByTestId('task-drawer-solution').innerText()).toContain(solutionName);
    await page.keyboard.press('Escape');

    // The overview lists the adoption with its progress; the KPI card is tagged too.
    await page.goto(`${api.url}/projects/${project.id}`);
    const adoption = page.getByTestId('adoption');
    await adoption.waitFor();
    expect(await adoption.getByTestId('adoption-name').innerText()).toBe(solutionName);
    expect(await adoption.getByTestId('adoption-progress').innerText()).toBe('已完成 0 / 2 个任务');
    expect(await page.getByTestId(`kpi-card-库存准确率 ${run}`).getByTestId('kpi-solution-tag').innerText()).toContain(solutionName);

    // Adopting it into the same project again is refused with a message.
    await page.goto(`${api.url}/solutions/catalog?q=${encodeURIComponent(run)}`);
    const card = page.locator(`[data-testid="solution-card"][data-name="${solutionName}"]`);
    await card.getByTestId('solution-adopt').click();
    await dialog.getByTestId('adopt-form').waitFor();
    await dialog.getByTestId('adopt-submit').click();
    expect(await dialog.getByTestId('adopt-error').innerText()).toContain('该项目已采用过这个方案');

    // The pain point links to the project that answers it.
    await page.goto(`${api.url}/pain-points`);
    const row = page.locator(`[data-testid="pain-point-row"][data-id="${painPoint.id}"]`);
    await row.getByTestId('pain-point-adoption-link').waitFor();
    expect(await row.getByTestId('pain-point-adoption-link').getAttribute('href')).toBe(`/projects/${project.id}/board`);
    await context.close();
  });

  it('an employee proposes a pain point on a phone and the leader accepts it', async () => {
    const title = `叉车找不到货位 ${run}`;
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, employeeEmail);
    await phone.page.waitForURL(/\/(workspace|my-tasks)$/);
    await phone.page.getByTestId('menu-toggle').click();
    await phone.page.getByTestId('nav-pain-points').click();
    await phone.page.waitForURL(/\/pain-points$/);
    await phone.page.locator('[data-testid="pain-point-list"][data-state="ready"]').waitFor();
    expect(await phone.page.getByTestId('pain-point-new').innerText()).toContain('提出痛点');
    await phone.page.getByTestId('pain-point-new').click();
    await phone.page.getByTestId('pain-point-title').fill(title);
    await pick(phone.page, 'pain-point-area', 'warehousing_logistics');
    await phone.page.getByTestId('pain-point-severity-3').click();
    expect(await fitsWidth(phone.page)).toBe(true);
    await phone.page.getByTestId('pain-point-save').click();
    const proposed = phone.page.locator('[data-testid="pain-point-row"][data-status="proposed"]').filter({ hasText: title });
    await proposed.waitFor();
    expect(await proposed.getByTestId('pain-point-status').innerText()).toBe('待确认');
    expect(await proposed.getByTestId('pain-point-accept').count()).toBe(0);
    expect(await fitsWidth(phone.page)).toBe(true);
    await phone.context.close();

    const desk = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(desk.page, api.url, leaderEmail);
    await desk.page.getByTestId('workspace-title').waitFor();
    await desk.page.goto(`${api.url}/pain-points`);
    const row = desk.page.locator('[data-testid="pain-point-row"]').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('proposed');
    await row.getByTestId('pain-point-accept').click();
    const confirm = desk.page.locator('.pain-point-accept-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`确认“${title}”为待解决的痛点？`);
    expect(await row.getAttribute('data-status')).toBe('proposed');
    await confirm.locator('.ant-popover-buttons .ant-btn-primary').click();
    await desk.page.locator('[data-testid="pain-point-row"][data-status="open"]').filter({ hasText: title }).waitFor();
    expect(await row.getByTestId('pain-point-status').innerText()).toBe('待解决');
    await desk.context.close();
  });

  it('key screens in English: recommendations with their reasons, the catalog on a phone, the park’s unmet demand', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US', width: 375, height: 812 });
    await signInWithForm(page, api.url, leaderEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/solutions/recommended`);
    const recommendation = page.locator(`[data-testid="recommendation"][data-name="${solutionName}"]`);
    await recommendation.waitFor();
    expect(await page.getByTestId('catalog-title').innerText()).toBe('Recommended for us');
    const reasons = await recommendation.getByTestId('recommendation-reason').allInnerTexts();
    expect(reasons).toContain(`answers your pain point «库存盘点不准 ${run}» in Warehousing and logistics`);
    expect(reasons).toContain('suits small enterprises');
    expect(reasons).toContain('4 weeks');
    expect(await fitsWidth(page)).toBe(true);

    await recommendation.getByTestId('solution-details').click();
    await page.locator('[data-testid="solution-detail"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('solution-title').innerText()).toBe(solutionName);
    expect(await page.getByTestId('solution-task').count()).toBe(2);
    expect(await page.getByTestId('solution-kpis').innerText()).toContain('85 → 99 %');
    expect(await fitsWidth(page)).toBe(true);
    await context.close();

    const desk = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(desk.page, api.url, 'park.admin@xinzhi.test');
    await desk.page.getByTestId('nav-park-demand').click();
    await desk.page.waitForURL(/\/park\/demand$/);
    expect(await desk.page.getByTestId('demand-title').innerText()).toBe('Unmet demand');
    await desk.page.locator('[data-testid="demand"][data-state="ready"]').waitFor();
    await desk.page.getByTestId('nav-park-pain-points').click();
    await desk.page.waitForURL(/\/park\/pain-points$/);
    const theirs = desk.page.locator(`[data-testid="pain-point-row"][data-id="${painPoint.id}"]`);
    await theirs.waitFor();
    expect(await theirs.getByTestId('pain-point-tenant-name').innerText()).toContain(tenantName);

    // Recorded during a visit: the enterprise's pain point, marked as the park's.
    const visit = `Paper travellers get lost ${run}`;
    // The park has many enterprises (the list is virtual): search it by name, then choose.
    await desk.page.getByTestId('pain-point-tenant-filter').click();
    await desk.page.keyboard.type(tenantName);
    await desk.page.getByTestId(`pain-point-tenant-filter-option-${tenantId}`).click();
    await desk.page.getByTestId('pain-point-new').click();
    await desk.page.getByTestId('pain-point-tenant').click();
    await desk.page.keyboard.type(tenantName);
    await desk.page.getByTestId(`pain-point-tenant-option-${tenantId}`).click();
    await desk.page.getByTestId('pain-point-title').fill(visit);
    await pick(desk.page, 'pain-point-area', 'production');
    await desk.page.getByTestId('pain-point-severity-2').click();
    await desk.page.getByTestId('pain-point-save').click();
    const recorded = desk.page.locator('[data-testid="pain-point-row"]').filter({ hasText: visit });
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain('Recorded by the park');
    expect(await recorded.getByTestId('pain-point-status').innerText()).toBe('Open');

    // The solution's outcomes: one enterprise adopted it, none of its two tasks done yet.
    await desk.page.getByTestId('nav-park-solutions').click();
    const ours = desk.page.locator(`[data-testid="park-solution"][data-name="${solutionName}"]`);
    await ours.getByTestId('solution-outcomes').click();
    const outcomes = desk.page.locator('[data-testid="solution-outcomes-panel"][data-state="ready"]');
    await outcomes.waitFor();
    expect(await outcomes.getByTestId('outcomes-tenants').innerText()).toBe('1');
    expect(await outcomes.getByTestId('outcomes-adoptions').innerText()).toBe('1');
    expect(await outcomes.getByTestId('outcomes-tasks').innerText()).toBe('0 / 2');
    await desk.context.close();
  });
});
