import type { Browser, Locator, Page } from 'playwright-core';
import type { Project, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant, joinTenant, launchBrowser, openPage, Session, signInWithForm, startApi } from '@xinzhi/testing';

/**
 * Links and state in the address, and an employee's phone: a task's own URL opens it in context,
 * the lists' filters survive a reload and step back and forth, and the phone's controls are big
 * enough for a thumb. The suite makes its own enterprise and people.
 */
describe('task links and list state in the browser', () => {
  const PASSWORD = 'task links suite passphrase';
  const PHONE = { width: 375, height: 667 };
  let api: ApiProcess;
  let browser: Browser;
  let owner: Session;
  let employeeEmail: string;
  let employeeId: string;
  let plant: Project;
  let office: Project;
  let open: Task;
  let finished: Task;
  let elsewhere: Task;
  let ownersTask: Task;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });
  const task = async (projectId: string, body: Record<string, unknown>) => {
    const res = await as<Task>(owner, 'POST', `/api/projects/${projectId}/tasks`, {
      businessArea: 'production',
      technologyType: 'internet_of_things',
      ...body,
    });
    if (res.status !== 201) throw new Error(`task not created: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    ({ owner } = await freshTenant(api.url, 'links', PASSWORD));
    employeeEmail = `employee.${Date.now().toString(36)}@links.xinzhi.test`;
    const employee = await joinTenant(api.url, owner, employeeEmail, 'employee', PASSWORD, '李员工');
    employeeId = (await as<{ user: { id: string } }>(employee, 'GET', '/api/me')).body.user.id;
    const project = async (name: string) =>
      (await as<Project>(owner, 'POST', '/api/projects', { name, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' })).body;
    plant = await project('车间改造 Plant');
    office = await project('办公数字化 Office');
    open = await task(plant.id, { title: '传感器接线 Wire the sensors', assigneeId: employeeId, status: 'in_progress', percentDone: 20 });
    finished = await task(plant.id, { title: '已完成 Finished one', assigneeId: employeeId, status: 'done', percentDone: 100 });
    elsewhere = await task(office.id, { title: '表单上线 Forms online', assigneeId: employeeId });
    ownersTask = await task(plant.id, { title: '预算审批 Budget sign-off' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** The element's box; fails when it is not laid out. */
  async function box(locator: Locator): Promise<{ width: number; height: number }> {
    await locator.scrollIntoViewIfNeeded();
    const found = await locator.boundingBox();
    if (!found) throw new Error('element has no box');
    return found;
  }

  async function query(page: Page): Promise<URLSearchParams> {
    return new URL(page.url()).searchParams;
  }

  it('lands an employee on My tasks on a phone, open tasks only, with thumb-sized controls', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', ...PHONE });
    await signInWithForm(page, api.url, employeeEmail, PASSWORD);
    await page.waitForURL(/\/my-tasks$/);
    await page.getByTestId(`my-task-${open.title}`).waitFor();
    await page.getByTestId(`my-task-${elsewhere.title}`).waitFor();
    expect(await page.getByTestId(`my-task-${finished.title}`).count()).toBe(0);
    expect(await page.getByTestId('my-tasks-summary').textContent()).toContain('未完成 2 项');

    const card = page.getByTestId(`my-task-${open.title}`);
    const targets: Record<string, Locator> = {
      'menu button': page.getByTestId('menu-toggle'),
      'slider handle': card.locator('.ant-slider-handle'),
      'status button': card.getByTestId('my-task-status-done'),
      'another status button': card.getByTestId('my-task-status-blocked'),
      'send button': card.getByTestId('my-task-comment-submit'),
    };
    const sizes: Record<string, boolean> = {};
    for (const [name, locator] of Object.entries(targets)) {
      const { width, height } = await box(locator);
      sizes[name] = width >= 44 && height >= 44;
    }
    expect(sizes).toEqual(Object.fromEntries(Object.keys(targets).map((name) => [name, true])));
    // Nothing sticks out sideways on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("opens a task's own URL on the employee's phone in the phone layout, and keeps it open across a reload", async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', ...PHONE });
    await signInWithForm(page, api.url, employeeEmail, PASSWORD);
    await page.waitForURL(/\/my-tasks$/);
    await page.goto(`${api.url}/tasks/${finished.id}`);
    await page.waitForURL((url) => url.pathname === '/my-tasks' && url.searchParams.get('task') === finished.id);
    const drawer = page.getByTestId('task-drawer');
    await drawer.waitFor();
    expect(await page.getByTestId('task-drawer-title').textContent()).toBe(finished.title);
    // The phone layout: the drawer's panel takes the whole width.
    expect((await box(page.locator('.ant-drawer-content-wrapper.xz-task-drawer'))).width).toBeGreaterThanOrEqual(PHONE.width - 1);

    await page.reload();
    await page.getByTestId('task-drawer').waitFor();
    expect(await page.getByTestId('task-drawer-title').textContent()).toBe(finished.title);

    // Back closes the drawer; the address forgets the task.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/my-tasks' && !url.searchParams.has('task'));
    await page.getByTestId('task-drawer').waitFor({ state: 'detached' });

    // A card opened by tap puts the task into the address while the drawer is open.
    await page.getByTestId(`my-task-${open.title}`).getByTestId('my-task-open').click();
    await page.waitForURL((url) => url.searchParams.get('task') === open.id);
    await page.getByTestId('task-drawer').waitFor();
    await context.close();
  });

  it('tells an employee on a phone of a newly assigned task, and the notice opens it in the phone layout', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', ...PHONE });
    await signInWithForm(page, api.url, employeeEmail, PASSWORD);
    await page.waitForURL(/\/my-tasks$/);
    const count = page.getByTestId('notification-count');
    const unread = async () => ((await count.count()) ? Number(await count.getAttribute('data-count')) : 0);
    const before = await unread();

    // The owner assigns a new task while the employee's page is open: the bell hears of it at once.
    const assigned = await task(plant.id, { title: `新任务 Just assigned ${Date.now().toString(36)}`, assigneeId: employeeId });
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="notification-count"]')?.getAttribute('data-count') ?? 0) > n,
      before,
    );

    await page.getByTestId('notification-bell').click();
    const item = page.getByTestId('notification-list').locator('[data-testid="notification-item"]').filter({ hasText: assigned.title });
    await item.waitFor();
    expect(await item.innerText()).toContain(plant.name);
    await item.click();
    await page.waitForURL((url) => url.pathname === '/my-tasks' && url.searchParams.get('task') === assigned.id);
    await page.getByTestId('task-drawer').waitFor();
    expect(await page.getByTestId('task-drawer-title').textContent()).toBe(assigned.title);
    expect((await box(page.locator('.ant-drawer-content-wrapper.xz-task-drawer'))).width).toBeGreaterThanOrEqual(PHONE.width - 1);
    await context.close();
  });

  it('keeps My tasks filters in the address: through a reload, and back and forth', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', ...PHONE });
    await signInWithForm(page, api.url, employeeEmail, PASSWORD);
    await page.waitForURL(/\/my-tasks$/);
    await page.getByTestId(`my-task-${open.title}`).waitFor();

    await page.getByTestId('my-tasks-filter').getByText('全部').click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'all');
    await page.getByTestId(`my-task-${finished.title}`).waitFor();

    await page.getByTestId('my-tasks-project').click();
    await page.locator('.ant-select-item-option', { hasText: office.name }).click();
    await page.waitForURL((url) => url.searchParams.get('project') === office.id);
    await page.getByTestId(`my-task-${open.title}`).waitFor({ state: 'detached' });

    await page.reload();
    await page.getByTestId(`my-task-${elsewhere.title}`).waitFor();
    expect(await page.getByTestId(`my-task-${open.title}`).count()).toBe(0);
    expect(Object.fromEntries(await query(page))).toEqual({ view: 'all', project: office.id });

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('view') === 'all' && !url.searchParams.has('project'));
    await page.getByTestId(`my-task-${open.title}`).waitFor();
    await page.getByTestId(`my-task-${finished.title}`).waitFor();
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('project') === office.id);
    await page.getByTestId(`my-task-${open.title}`).waitFor({ state: 'detached' });
    await context.close();
  });

  it("keeps the project list's search, filters and order in the address, and opens a task link on the board", async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, owner.email, PASSWORD);
    await page.waitForURL(/\/workspace$/);
    await page.goto(`${api.url}/projects/${plant.id}/list`);
    await page.getByTestId(`task-row-${ownersTask.title}`).waitFor();
    await page.getByTestId('list-search').fill('接线');
    await page.waitForURL((url) => url.searchParams.get('q') === '接线');
    await page.getByTestId(`task-row-${ownersTask.title}`).waitFor({ state: 'detached' });

    await page.reload();
    await page.getByTestId(`task-row-${open.title}`).waitFor();
    expect(await page.getByTestId(`task-row-${ownersTask.title}`).count()).toBe(0);
    expect(await page.getByTestId('list-search').inputValue()).toBe('接线');

    // A shared address with a status filter and an order shows the same.
    await page.goto(`${api.url}/projects/${plant.id}/list?status=done&sort=-title`);
    await page.getByTestId(`task-row-${finished.title}`).waitFor();
    expect(await page.getByTestId(`task-row-${open.title}`).count()).toBe(0);

    // Anyone but the assignee on a phone: a task's own URL opens on the project's board, drawer open.
    await page.goto(`${api.url}/tasks/${ownersTask.id}`);
    await page.waitForURL((url) => url.pathname === `/projects/${plant.id}/board` && url.searchParams.get('task') === ownersTask.id);
    await page.getByTestId('task-drawer').waitFor();
    expect(await page.getByTestId('task-drawer-title').textContent()).toBe(ownersTask.title);
    await page.reload();
    await page.getByTestId('task-drawer').waitFor();
    // Closing the drawer clears the address.
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('task'));
    await context.close();
  });

  it('says clearly when a linked task does not exist or belongs to another enterprise', async () => {
    const other = await freshTenant(api.url, 'links-other', PASSWORD);
    const { context, page } = await openPage(browser, { locale: 'en-US', ...PHONE });
    await signInWithForm(page, api.url, other.owner.email, PASSWORD);
    await page.waitForURL(/\/workspace$/);
    for (const id of [open.id, '01a21f4d-0000-7000-8000-000000000001']) {
      await page.goto(`${api.url}/tasks/${id}`);
      const state = page.getByTestId('task-link');
      await state.waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="task-link"]')?.getAttribute('data-state') === 'error');
      expect(await state.textContent()).toContain('This task does not exist');
      await page.getByTestId('task-link-my-tasks').waitFor();
    }
    await context.close();
  });
});
