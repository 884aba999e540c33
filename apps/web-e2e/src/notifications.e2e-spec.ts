import type { Browser } from 'playwright-core';
import type { MeResponse, NotificationPage, NotificationPreferences, Project, Task } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
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
  waitFor,
} from '@xinzhi/testing';

const run = Date.now().toString(36);
const PASSWORD = 'notification journey passphrase';

/**
 * A mention in a comment notifies the mentioned member: the owner of an enterprise of the suite's
 * own picks a member in the task's comment box and comments; the member signs in on a phone and
 * finds the notice in the bell, naming the commenter and the task.
 */
describe('notifications in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let owner: Session;
  let ownerName: string;
  let memberEmail: string;
  let memberId: string;
  let project: Project;
  let task: Task;

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    ownerName = `通知老板${run}`;
    ({ owner } = await freshTenant(api.url, 'notify-journey', PASSWORD, { ownerName }));

    memberEmail = `member.${run}@notify-journey.xinzhi.test`;
    const member = await joinTenant(api.url, owner, memberEmail, 'employee', PASSWORD, `被提及的同事 ${run}`);
    memberId = (await call<MeResponse>(api.url, 'GET', '/api/me', { token: member.accessToken })).body.user.id;

    project = (
      await call<Project>(api.url, 'POST', '/api/projects', {
        token: owner.accessToken,
        body: { name: `通知项目 ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
      })
    ).body;
    const reply = await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
      token: owner.accessToken,
      body: { title: `质检看板 QC board ${run}`, businessArea: 'production', technologyType: 'big_data', weight: 1 },
    });
    expect(reply.status).toBe(201);
    task = reply.body;
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('notifies the member picked in the comment box, who sees it in the bell on a phone', async () => {
    // The owner opens the task, picks the member, and comments.
    const desk = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(desk.page, api.url, owner.email, PASSWORD);
    await desk.page.waitForURL(/\/(workspace|my-tasks)$/);
    await desk.page.goto(`${api.url}/projects/${project.id}?task=${task.id}`);
    const drawer = desk.page.locator(`[data-testid="task-drawer"][data-task-id="${task.id}"]`);
    await drawer.waitFor();
    const picker = drawer.getByTestId('task-mention-picker');
    await picker.waitFor();
    await picker.selectOption(memberId);
    const chip = drawer.locator(`[data-testid="task-mention-chip"][data-user-id="${memberId}"]`);
    await chip.waitFor();
    const input = drawer.getByTestId('task-comment-input');
    expect(await input.inputValue()).toContain(`@被提及的同事 ${run}`);
    await input.fill(`${await input.inputValue()}请今天确认检测标准`);
    await drawer.getByTestId('task-comment-submit').click();
    await drawer.locator('[data-testid="task-activity-entry"][data-kind="comment"]').waitFor();
    expect(await drawer.getByTestId('task-mention-chip').count()).toBe(0);
    await desk.context.close();

    // Stored with the comment, as an id.
    const notices = await waitFor(
      async () => {
        const member = await signIn(api.url, memberEmail, PASSWORD);
        const page = (await call<NotificationPage>(api.url, 'GET', '/api/notifications?kind=mentioned', { token: member.accessToken }))
          .body;
        return page.items.length ? page.items : null;
      },
      10_000,
      'the mention notice',
    );
    expect(notices).toHaveLength(1);
    const notice = notices[0];

    // The member, on a phone, finds it in the bell, worded from the commenter and the task.
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, memberEmail, PASSWORD);
    await phone.page.waitForURL(/\/(workspace|my-tasks)$/);
    const count = phone.page.getByTestId('notification-count');
    await count.waitFor();
    expect(Number(await count.getAttribute('data-count'))).toBe(1);
    await phone.page.getByTestId('notification-bell').click();
    const item = phone.page.locator(`[data-testid="notification-item"][data-id="${notice.id}"]`);
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain(`${ownerName} 在任务“${task.title}”的评论中提及了你`);
    expect(text).toContain('请今天确认检测标准');
    expect(await item.getAttribute('data-kind')).toBe('mentioned');
    const box = await item.boundingBox();
    expect(Math.floor(box?.width ?? 0)).toBeLessThanOrEqual(375);

    // Filtered by kind: the mention stays; an unrelated kind shows the empty state.
    await phone.page.getByTestId('notification-kind-filter').selectOption('award_paid');
    await phone.page.getByTestId('notification-empty').waitFor();
    await phone.page.getByTestId('notification-kind-filter').selectOption('mentioned');
    await item.waitFor();

    // The notice opens the task (its own address leads to its drawer); closing the drawer goes back to the page.
    await item.click();
    await phone.page.waitForURL((url) => url.searchParams.get('task') === task.id);
    const opened = phone.page.getByTestId('task-drawer');
    await opened.waitFor();
    expect(await phone.page.getByTestId('task-drawer-title').textContent()).toBe(task.title);
    await phone.page.keyboard.press('Escape');
    await opened.waitFor({ state: 'detached' });

    // From the bell to the settings: mentions switched off in the app, e-mail for assignments kept for later.
    await phone.page.getByTestId('notification-bell').click();
    await phone.page.getByTestId('notification-settings').click();
    await phone.page.waitForURL((url) => url.pathname === '/notification-settings');
    const settings = phone.page.getByTestId('notification-preferences');
    await settings.locator('[data-testid="pref-save"]').waitFor();
    expect(await settings.innerText()).toContain('目前尚不发送电子邮件');
    const inApp = settings.getByTestId('pref-in-app-mentioned');
    expect(await inApp.isChecked()).toBe(true);
    await inApp.uncheck();
    await settings.getByTestId('pref-email-task_assigned').check();
    await settings.getByTestId('pref-save').click();
    const saved = await waitFor(
      async () => {
        const member = await signIn(api.url, memberEmail, PASSWORD);
        const prefs = (await call<NotificationPreferences>(api.url, 'GET', '/api/notification-preferences', { token: member.accessToken }))
          .body.items;
        return prefs.find((p) => p.kind === 'mentioned')?.inApp === false ? prefs : null;
      },
      10_000,
      'the saved preferences',
    );
    expect(saved.find((p) => p.kind === 'task_assigned')).toEqual({ kind: 'task_assigned', inApp: true, email: true });
    // The page fits the phone.
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await phone.context.close();
  });
});
