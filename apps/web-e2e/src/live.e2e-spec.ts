import type { Browser } from 'playwright-core';
import type { Member, Page as ListPage, Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  launchBrowser,
  openPage,
  RunningProcess,
  signIn,
  signInWithForm,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

describe('live dashboard', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it("updates the leader's progress figure when the employee finishes a task, without a reload", async () => {
    const leader = await signIn(api.url, 'leader@brightchem.xinzhi.test');
    const members = await call<ListPage<Member>>(api.url, 'GET', '/api/members?limit=200', { token: leader.accessToken });
    const employeeId = members.body.items.find((m) => m.email === 'employee@brightchem.xinzhi.test')?.userId as string;
    // A small project of its own, so one finished task moves the figure visibly: 0 % → 50 %.
    const project = (
      await call<Project>(api.url, 'POST', '/api/projects', {
        token: leader.accessToken,
        body: { name: `实时看板 Live ${Date.now()}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
      })
    ).body;
    const title = `完成我 Finish me ${Date.now()}`;
    await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
      token: leader.accessToken,
      body: { title, businessArea: 'production', technologyType: 'big_data', assigneeId: employeeId },
    });
    await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
      token: leader.accessToken,
      body: { title: 'other', businessArea: 'production', technologyType: 'big_data' },
    });
    // Wait for the worker's first numbers, so the page opens on a computed 0 %.
    await waitFor(
      async () =>
        (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${project.id}`, { token: leader.accessToken })).body.progressComputedAt,
      10_000,
      'the first numbers of the project',
    );

    const dashboard = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(dashboard.page, api.url, 'leader@brightchem.xinzhi.test');
    await dashboard.page.getByTestId('workspace-title').waitFor();
    await dashboard.page.goto(`${api.url}/projects/${project.id}`);
    const figure = dashboard.page.getByTestId('dashboard-progress');
    await figure.waitFor();
    const before = await figure.innerText();
    expect(before).toMatch(/\b0\s*%/);
    // A mark on the window survives only if the page is not reloaded.
    await dashboard.page.evaluate(() => ((window as unknown as { xzMark: number }).xzMark = 42));

    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, 'employee@brightchem.xinzhi.test');
    await phone.page.waitForURL(/\/(workspace|my-tasks)$/);
    await phone.page.goto(`${api.url}/my-tasks?project=${project.id}`);
    const card = phone.page.getByTestId(`my-task-${title}`);
    await card.waitFor();
    await card.getByTestId('my-task-status-done').click();

    await dashboard.page.waitForFunction(
      () => /\b50\s*%/.test(document.querySelector('[data-testid="dashboard-progress"]')?.textContent ?? ''),
      undefined,
      { timeout: 5000 },
    );
    expect(await dashboard.page.evaluate(() => (window as unknown as { xzMark?: number }).xzMark)).toBe(42);
    await Promise.all([dashboard.context.close(), phone.context.close()]);
  });
});
