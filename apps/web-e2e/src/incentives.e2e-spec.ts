import type { Browser, Page } from 'playwright-core';
import type { IncentiveScheme, Member, Page as ListPage, Project, Task } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
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

describe('talent incentives in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let leader: Session;
  let project: Project;
  let employeeId: string;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    leader = await signIn(api.url, 'leader@acme.xinzhi.test');
    // The suite's own project and scheme: the demo project's tasks and budgets stay as the seed made them.
    const created = await call<Project>(api.url, 'POST', '/api/projects', {
      token: leader.accessToken,
      body: { name: `激励浏览器测试 Incentive journeys ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
    });
    expect(created.status).toBe(201);
    project = created.body;
    const members = await call<ListPage<Member>>(api.url, 'GET', '/api/members?limit=200', { token: leader.accessToken });
    employeeId = members.body.items.find((m) => m.email === 'employee@acme.xinzhi.test')?.userId as string;
    expect(project && employeeId).toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  /** A task_done scheme of the suite's own project that rewards its IoT tasks, without a cap. */
  async function iotScheme(): Promise<IncentiveScheme> {
    const created = await call<IncentiveScheme>(api.url, 'POST', '/api/incentive-schemes', {
      token: leader.accessToken,
      body: {
        name: `物联网任务积分 IoT points ${run}`,
        kind: 'points',
        trigger: 'task_done',
        amount: 10,
        scaleByWeight: true,
        technologyTypes: ['internet_of_things'],
        projectId: project.id,
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  it('proposes an award when the employee finishes a task on the phone; the leader sees it arrive live and approves it; the employee sees it approved', async () => {
    const scheme = await iotScheme();
    const title = `网关联调 IoT gateway ${run}`;
    const task = await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
      token: leader.accessToken,
      body: { title, businessArea: 'production', technologyType: 'internet_of_things', assigneeId: employeeId, weight: 2 },
    });
    expect(task.status).toBe(201);

    // The leader has the award queue open, in Chinese.
    const desk = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(desk.page, api.url, 'leader@acme.xinzhi.test');
    await desk.page.getByTestId('workspace-title').waitFor();
    await desk.page.getByTestId('nav-incentives').click();
    await desk.page.waitForURL(/\/incentives\/awards$/);
    const queue = desk.page.getByTestId('award-queue');
    await desk.page.locator('[data-testid="award-queue"][data-state="ready"]').waitFor();
    expect(await desk.page.getByTestId('award-queue-title').innerText()).toBe('奖励审批');
    expect(await desk.page.getByTestId('award-status-filter').innerText()).toContain('待审批');
    expect(await queue.getByTestId('award-row').filter({ hasText: title }).count()).toBe(0);
    // A mark on the window survives only if the page is not reloaded.
    await desk.page.evaluate(() => ((window as unknown as { xzMark: number }).xzMark = 42));

    // The employee finishes the task on a phone, in Chinese.
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, 'employee@acme.xinzhi.test');
    await phone.page.waitForURL(/\/(workspace|my-tasks)$/);
    await phone.page.goto(`${api.url}/my-tasks?project=${project.id}`);
    const card = phone.page.getByTestId(`my-task-${title}`);
    await card.waitFor();
    await card.getByTestId('my-task-status-done').click();
    await phone.page.waitForFunction(
      (t) => /已完成/.test(document.querySelector(`[data-testid="my-task-${t}"] [data-testid="my-task-status"]`)?.textContent ?? ''),
      title,
    );

    // The proposal appears in the leader's open queue, with how it was earned, without a reload.
    const row = queue
      .locator('[data-testid="award-row"][data-status="proposed"]')
      .filter({ hasText: title })
      .filter({ hasText: scheme.name });
    await row.waitFor({ timeout: 20_000 });
    expect(await desk.page.evaluate(() => (window as unknown as { xzMark?: number }).xzMark)).toBe(42);
    const explanation = await row.getByTestId('award-explanation').innerText();
    expect(explanation).toContain(`任务“${title}”（权重 2）`);
    expect(explanation).toContain('完成');
    expect(await row.getByTestId('award-amount').innerText()).toMatch(/\d+ 分|¥[\d,]+/);
    const awardId = (await row.getAttribute('data-id')) as string;

    // Approving asks first (like marking paid): nothing is decided until the confirmation is accepted.
    await row.getByTestId('award-approve').click();
    const confirmApprove = desk.page.locator('.award-approve-confirm');
    await confirmApprove.waitFor();
    expect(await confirmApprove.innerText()).toContain('批准');
    expect(await row.getAttribute('data-status')).toBe('proposed');
    await confirmApprove.locator('.ant-popover-buttons .ant-btn-primary').click();
    await desk.page.locator(`[data-testid="award-row"][data-id="${awardId}"][data-status="approved"]`).waitFor();
    expect(await desk.page.locator(`[data-testid="award-row"][data-id="${awardId}"] [data-testid="award-status"]`).innerText()).toBe(
      '已批准',
    );
    // The approved award now offers "mark paid" instead.
    expect(await desk.page.locator(`[data-testid="award-row"][data-id="${awardId}"] [data-testid="award-pay"]`).count()).toBe(1);

    // The employee opens 我的奖励 from the menu and sees it approved, with the explanation.
    await phone.page.getByTestId('menu-toggle').click();
    await phone.page.getByTestId('nav-my-awards').click();
    await phone.page.waitForURL(/\/me\/awards$/);
    const mine = phone.page.locator(`[data-testid="my-award-row"][data-id="${awardId}"]`);
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('approved');
    expect(await mine.getByTestId('my-award-status').innerText()).toBe('已批准');
    expect(await mine.getByTestId('my-award-explanation').innerText()).toContain(`任务“${title}”（权重 2）`);
    const totals = await phone.page.getByTestId('my-awards-total').innerText();
    expect(totals).toContain('积分（已批准和已发放）');
    expect(totals).toContain('待审批');
    expect(await phone.page.getByTestId('my-awards-title').innerText()).toBe('我的奖励');
    expect(await fitsWidth(phone.page)).toBe(true);

    await Promise.all([desk.context.close(), phone.context.close()]);
  });

  it('lets the employee record a course on the phone, and shows the leader the leaderboard and the thin skills', async () => {
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, 'employee@acme.xinzhi.test');
    await phone.page.waitForURL(/\/(workspace|my-tasks)$/);
    await phone.page.goto(`${api.url}/me/training`);
    await phone.page.locator('[data-testid="my-training"][data-state="ready"]').waitFor();
    expect(await phone.page.getByTestId('training-title').innerText()).toBe('我的培训');

    const course = `网络安全进阶 Security ${run}`;
    await phone.page.getByTestId('training-new').click();
    const form = phone.page.getByTestId('training-form');
    await form.waitFor();
    // Nothing filled in: the form says what is missing, in Chinese.
    await phone.page.getByTestId('training-save').click();
    await form.getByText('请至少选择一项技能。').waitFor();
    await phone.page.getByTestId('training-course').fill(course);
    await phone.page.getByTestId('training-provider').fill('国家信息安全职业培训');
    await phone.page.getByTestId('training-hours').fill('6');
    await phone.page.getByTestId('training-skills').click();
    await phone.page.getByTestId('training-skills-option-security').click();
    await phone.page.keyboard.press('Escape');
    await phone.page.getByTestId('training-save').click();
    const row = phone.page.getByTestId('training-row').filter({ hasText: course });
    await row.waitFor();
    expect(await row.innerText()).toContain('网络安全');
    expect(await fitsWidth(phone.page)).toBe(true);
    await phone.context.close();

    const desk = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(desk.page, api.url, 'leader@acme.xinzhi.test');
    await desk.page.getByTestId('workspace-title').waitFor();
    await desk.page.goto(`${api.url}/incentives/skills`);
    const thin = desk.page.getByTestId('skills-thin');
    await thin.waitFor();
    expect(await thin.innerText()).toContain('组织薄弱环节');
    await desk.page.getByTestId('skills-matrix').waitFor();
    expect(await desk.page.getByTestId('skills-matrix').innerText()).toContain('全体成员');
    // On the desktop too the matrix keeps to the incentive pages' width (960px) and scrolls inside its own box.
    const matrixBox = await desk.page.getByTestId('skills-matrix').boundingBox();
    expect(matrixBox?.width ?? Infinity).toBeLessThanOrEqual(961);
    expect(await fitsWidth(desk.page)).toBe(true);
    await desk.page.getByTestId('incentives-tab-leaderboard').click();
    await desk.page.locator('[data-testid="leaderboard"][data-state="ready"]').waitFor();
    expect(await desk.page.getByTestId('leaderboard-title').innerText()).toBe('积分排行榜');
    await desk.context.close();
  });
});
