import { Queue } from 'bullmq';
import type { Browser } from 'playwright-core';
import type { NotificationPage, Page as ListPage, Project, QueueOverview, SnapshotSeries } from '@xinzhi/shared-contracts';
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
  testEnv,
  waitFor,
} from '@xinzhi/testing';

const TENANTS = ['acme', 'brightchem', 'cloudway', 'delta'];

describe('trends, notifications and queues in the browser', () => {
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

  it('shows a leader the trend chart of a demo project, on a desktop and on a phone', async () => {
    const leader = await signIn(api.url, 'leader@acme.xinzhi.test');
    const projects = (await call<ListPage<Project>>(api.url, 'GET', '/api/projects?limit=100', { token: leader.accessToken })).body.items;
    const project = projects.find((p) => p.status === 'active') ?? projects[0];
    expect(project).toBeDefined();
    // The worker backfills the demo projects' history when it starts: wait for it.
    const snapshots = await waitFor(
      async () => {
        const series = await call<SnapshotSeries>(api.url, 'GET', `/api/projects/${project.id}/snapshots?days=90`, {
          token: leader.accessToken,
        });
        expect(series.status).toBe(200);
        return series.body.items.length;
      },
      30_000,
      'the backfilled history',
      200,
    ).catch(() => 0);
    // On failure, the worker's log says why there is no history.
    expect({ history: snapshots > 0, log: snapshots ? '' : worker.output().slice(-3000) }).toEqual({ history: true, log: '' });

    const desktop = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(desktop.page, api.url, 'leader@acme.xinzhi.test');
    await desktop.page.getByTestId('workspace-title').waitFor();
    await desktop.page.goto(`${api.url}/projects/${project.id}`);
    const chart = desktop.page.getByTestId('trend-chart');
    await chart.waitFor();
    const points = Number(await chart.getAttribute('data-points'));
    expect(points).toBeGreaterThan(1);
    // ECharts (loaded on demand) has drawn on its canvas.
    await chart.locator('canvas').first().waitFor({ timeout: 15_000 });
    expect(await desktop.page.getByTestId('trend').innerText()).toContain('进度趋势');
    await desktop.context.close();

    const phone = await openPage(browser, { locale: 'en-US', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, 'leader@acme.xinzhi.test');
    await phone.page.waitForURL(/\/workspace$/);
    await phone.page.goto(`${api.url}/projects/${project.id}`);
    const phoneChart = phone.page.getByTestId('trend-chart');
    await phoneChart.scrollIntoViewIfNeeded();
    await phoneChart.locator('canvas').first().waitFor({ timeout: 15_000 });
    const box = await phoneChart.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await phone.context.close();
  });

  it('shows an employee with an overdue task the bell, the Chinese wording, and takes them to the task', async () => {
    // The seed writes this morning's overdue notices; find a demo employee who has some unread.
    let email = '';
    let page: NotificationPage | null = null;
    for (const tenant of TENANTS) {
      const session = await signIn(api.url, `employee@${tenant}.xinzhi.test`);
      const reply = await call<NotificationPage>(api.url, 'GET', '/api/notifications?limit=20', { token: session.accessToken });
      expect(reply.status).toBe(200);
      if (reply.body.unread > 0) {
        email = session.email;
        page = reply.body;
        break;
      }
    }
    expect(email).not.toBe('');
    const found = page?.items.find((n) => n.readAt === null && n.kind === 'task_overdue');
    const target = found?.kind === 'task_overdue' ? found : undefined;
    expect(target).toBeDefined();
    if (!target || !page) return;

    const { context, page: tab } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(tab, api.url, email);
    await tab.waitForURL(/\/(workspace|my-tasks)$/);
    const count = tab.getByTestId('notification-count');
    await count.waitFor();
    expect(Number(await count.getAttribute('data-count'))).toBe(page.unread);
    expect(Number(await count.getAttribute('data-count'))).toBeGreaterThan(0);

    await tab.getByTestId('notification-bell').click();
    const list = tab.getByTestId('notification-list');
    await list.waitFor();
    const item = list.locator(`[data-testid="notification-item"][data-id="${target.id}"]`);
    await item.waitFor();
    const text = await item.innerText();
    // How late is counted from the due date when shown (at least a day: it was overdue this morning).
    const days = Number(new RegExp(`任务“${target.params.taskTitle}”已逾期 (\\d+) 天`).exec(text)?.[1]);
    expect(days).toBeGreaterThanOrEqual(1);
    expect(text).toContain(target.params.projectName);
    expect(await item.getAttribute('data-read')).toBe('false');

    // The notice links to the task's own address, which opens the task's drawer where it belongs and keeps it in the address.
    await item.click();
    const drawer = tab.locator(`[data-testid="task-drawer"][data-task-id="${target.params.taskId}"]`);
    await drawer.waitFor();
    expect(await drawer.getByTestId('task-drawer-title').innerText()).toBe(target.params.taskTitle);
    await tab.waitForURL((url) => url.searchParams.get('task') === target.params.taskId);
    // Read now: one fewer on the badge, and the server agrees.
    await tab.waitForFunction((expected) => {
      const badge = document.querySelector('[data-testid="notification-count"]');
      return (badge ? Number(badge.getAttribute('data-count')) : 0) === expected;
    }, page.unread - 1);
    const session = await signIn(api.url, email);
    const after = (await call<NotificationPage>(api.url, 'GET', '/api/notifications?limit=100', { token: session.accessToken })).body;
    expect(after.items.find((n) => n.id === target.id)?.readAt).not.toBeNull();
    await context.close();
  });

  it('shows the platform operator the queues, lets them retry a failed job, and refuses a tenant owner', async () => {
    // A job that fails for sure (no such day), kept among the failed jobs of the `system` queue.
    const env = testEnv();
    const system = new Queue('system', { connection: { url: env['REDIS_URL'], maxRetriesPerRequest: null }, prefix: env['QUEUE_PREFIX'] });
    const job = await system.add('notify-overdue', { tenantId: null, day: 'not-a-day' }, { attempts: 1 });
    const failedJob = async () => {
      const ops = await signIn(api.url, 'operator@xinzhi.test');
      const overview = (await call<QueueOverview>(api.url, 'GET', '/api/platform/queues', { token: ops.accessToken })).body;
      return overview.queues.find((q) => q.name === 'system')?.failed.find((f) => f.id === job.id) ?? null;
    };
    const failed = await waitFor(failedJob, 10_000, 'the job to fail');
    expect(failed.attemptsMade).toBe(1);

    const operator = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(operator.page, api.url, 'operator@xinzhi.test');
    await operator.page.waitForURL(/\/platform\//);
    await operator.page.getByTestId('nav-platform-queues').click();
    await operator.page.waitForURL(/\/platform\/queues$/);
    await operator.page.locator('[data-testid="queues-page"][data-state="ready"]').waitFor();
    for (const queue of ['progress', 'system']) {
      await operator.page.locator(`[data-testid="queue-row"][data-queue="${queue}"]`).waitFor();
    }
    expect(await operator.page.getByTestId('queues-heartbeat').getAttribute('data-status')).toBe('up');
    const row = operator.page.locator(`[data-testid="queue-failed-row"][data-queue="system"][data-job-id="${job.id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('not-a-day');
    // Retry asks first; confirmed, the job runs again (and fails again: a second attempt).
    await row.getByTestId('queue-retry').click();
    await operator.page.locator('.ant-popover .ant-btn-primary').click();
    const retried = await waitFor(
      async () => {
        const again = await failedJob();
        return again && again.attemptsMade >= 2 ? again : null;
      },
      10_000,
      'the retried job to fail again',
    );
    expect(retried.attemptsMade).toBe(2);
    await system.close();
    await operator.context.close();

    const ownerSession = await signIn(api.url, 'owner@acme.xinzhi.test');
    expect((await call<QueueOverview>(api.url, 'GET', '/api/platform/queues', { token: ownerSession.accessToken })).status).toBe(403);
    const owner = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(owner.page, api.url, 'owner@acme.xinzhi.test');
    await owner.page.getByTestId('workspace-title').waitFor();
    await owner.page.goto(`${api.url}/platform/queues`);
    await owner.page.waitForURL((url) => !url.pathname.startsWith('/platform'));
    expect(await owner.page.getByTestId('queues-page').count()).toBe(0);
    expect(await owner.page.getByTestId('nav-platform-queues').count()).toBe(0);
    await owner.context.close();
  });
});
