import type { Browser, Page } from 'playwright-core';
import type { Member, MyTaskPage, Page as ListPage, Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
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
  waitFor,
} from '@xinzhi/testing';

describe('the project workspace in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let leader: Session;
  let project: ProjectOverview;
  let people: Record<string, string>;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    leader = await signIn(api.url, 'leader@acme.xinzhi.test');
    // The suite's own project (the demo projects stay as the seed made them); the demo people work in it.
    const created = await call<Project>(api.url, 'POST', '/api/projects', {
      token: leader.accessToken,
      body: { name: `浏览器测试 Browser journeys ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
    });
    expect(created.status).toBe(201);
    project = (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${created.body.id}`, { token: leader.accessToken })).body;
    const members = await call<ListPage<Member>>(api.url, 'GET', '/api/members?limit=200', { token: leader.accessToken });
    people = Object.fromEntries(members.body.items.map((m) => [m.email.split('@')[0], m.userId as string]));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  const pick = async (page: Page, select: string, value: string) => {
    await page.getByTestId(select).click();
    await page.getByTestId(`${select}-option-${value}`).click();
  };

  /** Drags a board card onto a column with real mouse moves (Angular CDK listens to them). */
  async function drag(page: Page, title: string, status: string): Promise<void> {
    const card = page.getByTestId(`task-card-${title}`);
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await page.getByTestId(`board-column-${status}`).boundingBox();
    if (!from || !to) throw new Error('card or column not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
    await page.mouse.up();
  }

  it('lets a leader form a cross-department team, plan a task for the employee and drag another across the board', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'leader@acme.xinzhi.test');
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/projects/${project.id}`);
    await page.getByTestId('project-overview').waitFor();

    const teamName = `质量改进组 Quality ${run}`;
    await page.getByTestId('team-create-open').click();
    await page.getByTestId('team-name').fill(teamName);
    await pick(page, 'team-lead', people['lead']);
    await page.getByTestId('team-members').click();
    await page.getByTestId(`team-members-option-${people['sun.li']}`).click();
    await page.getByTestId(`team-members-option-${people['employee']}`).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('team-submit').click();
    const card = page.getByTestId(`team-card-${teamName}`);
    await card.waitFor();
    expect(await card.getByTestId('team-single-department-warning').count()).toBe(0);
    const teams = (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${project.id}`, { token: leader.accessToken })).body.teams;
    const team = teams.find((t) => t.name === teamName);
    expect(team?.crossDepartment).toBe(true);

    const taskTitle = `视觉检测复核 Vision check ${run}`;
    await page.goto(`${api.url}/projects/${project.id}/tasks`);
    await page.getByTestId('task-create-open').click();
    await page.getByTestId('task-title').fill(taskTitle);
    await pick(page, 'task-area', 'production');
    await pick(page, 'task-tech', 'artificial_intelligence');
    await pick(page, 'task-team', team?.id as string);
    await pick(page, 'task-assignee', people['employee']);
    await page.getByTestId('task-submit').click();
    await page.getByTestId('view-board').click();
    await page.getByTestId(`task-card-${taskTitle}`).waitFor();

    // Another task, made for this run, travels from todo to in progress by drag and drop.
    const moving = (
      await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
        token: leader.accessToken,
        body: { title: `拖动 Drag ${run}`, businessArea: 'finance', technologyType: 'cloud_computing' },
      })
    ).body;
    await page.reload();
    await page.getByTestId('view-board').click();
    await page.getByTestId(`task-card-${moving.title}`).waitFor();
    await drag(page, moving.title, 'in_progress');
    await page.getByTestId('board-column-in_progress').getByTestId(`task-card-${moving.title}`).waitFor();
    // The board shows the move before the API has answered it; wait for the API to have recorded it.
    await waitFor(
      async () =>
        (await call<Task>(api.url, 'GET', `/api/tasks/${moving.id}`, { token: leader.accessToken })).body.status === 'in_progress',
      10_000,
      'the move to in progress',
    );
    await context.close();

    // The employee finds the new task in My tasks.
    const employee = await signIn(api.url, 'employee@acme.xinzhi.test');
    const mine = await call<MyTaskPage>(api.url, 'GET', `/api/me/tasks?projectId=${project.id}&limit=500`, { token: employee.accessToken });
    expect(mine.body.items.map((t) => t.title)).toContain(taskTitle);
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, 'employee@acme.xinzhi.test');
    await phone.page.waitForURL(/\/my-tasks$/);
    // This suite's project only: the demo employee has more tasks than one page of cards.
    await phone.page.goto(`${api.url}/my-tasks?project=${project.id}`);
    await phone.page.getByTestId(`my-task-${taskTitle}`).waitFor();
    await phone.context.close();
  });

  it('lets the employee finish a task on a phone, and it stays done after a reload', async () => {
    const title = `手机完成 Phone done ${run}`;
    await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
      token: leader.accessToken,
      body: {
        title,
        businessArea: 'production',
        technologyType: 'internet_of_things',
        assigneeId: people['employee'],
        status: 'in_progress',
        percentDone: 40,
      },
    });
    const { context, page } = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(page, api.url, 'employee@acme.xinzhi.test');
    await page.waitForURL(/\/my-tasks$/);
    await page.goto(`${api.url}/my-tasks?project=${project.id}`);
    const card = page.getByTestId(`my-task-${title}`);
    await card.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/tasks/') && r.request().method() === 'PATCH' && r.status() === 200),
      card.getByTestId('my-task-status-done').click(),
    ]);
    // Still on the page, dimmed, until the list loads again; after a reload it has left the open tasks …
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid="my-tasks"]')?.getAttribute('data-state') === 'ready');
    expect(await page.getByTestId(`my-task-${title}`).count()).toBe(0);
    // … and shows among all of them, done.
    await page.goto(`${api.url}/my-tasks?project=${project.id}&view=all`);
    const again = page.getByTestId(`my-task-${title}`);
    await again.waitFor();
    expect(await again.getAttribute('data-status')).toBe('done');
    const employee = await signIn(api.url, 'employee@acme.xinzhi.test');
    const mine = await call<MyTaskPage>(api.url, 'GET', `/api/me/tasks?projectId=${project.id}&limit=500`, { token: employee.accessToken });
    expect(mine.body.items.find((t) => t.title === title)).toMatchObject({ status: 'done', percentDone: 100 });
    await context.close();
  });
});
