import type { Browser } from 'playwright-core';
import type { Member, Page as ListPage, Project, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant, joinTenant, launchBrowser, openPage, Session, signInWithForm, startApi } from '@xinzhi/testing';

/**
 * The owner reads the audit log by person and kind: the filters narrow the rows, live in the address,
 * and survive a reload; on a phone the filters and the rows stay usable. Runs in an enterprise of its own.
 */
describe('audit log in the browser', () => {
  const run = Date.now().toString(36);
  const PASSWORD = 'audit journey passphrase';
  let api: ApiProcess;
  let browser: Browser;
  let owner: Session;
  let employee: Member;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    ({ owner } = await freshTenant(api.url, 'audit-journey', PASSWORD, { ownerName: '周老板' }));

    const employeeEmail = `worker.${run}@audit-journey.xinzhi.test`;
    const worker = await joinTenant(api.url, owner, employeeEmail, 'employee', PASSWORD, '吴工');
    employee = (await as<ListPage<Member>>(owner, 'GET', '/api/members?limit=200')).body.items.find(
      (m) => m.email === employeeEmail,
    ) as Member;

    // The owner plans; the employee moves the slider twice. The log then holds the owner's project and
    // task events, and the employee's two task changes.
    const project = (
      await as<Project>(owner, 'POST', '/api/projects', { name: `旅程 Journey ${run}`, startDate: '2026-01-01', targetDate: '2026-12-31' })
    ).body;
    const task = (
      await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title: `扫码入库 Scan-in ${run}`,
        businessArea: 'production',
        technologyType: 'big_data',
        assigneeId: employee.userId,
      })
    ).body;
    expect((await as(worker, 'PATCH', `/api/tasks/${task.id}`, { percentDone: 30 })).status).toBe(200);
    expect((await as(worker, 'PATCH', `/api/tasks/${task.id}`, { percentDone: 60 })).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets the owner filter the log by kind and person, and keeps the filters over a reload', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, owner.email, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/audit`);
    await page.getByTestId('audit-title').waitFor();
    await page.getByTestId('audit-row').first().waitFor();
    // Unfiltered: sign-ins, the join, the project and the task are all there.
    const all = await page.getByTestId('audit-row').allInnerTexts();
    expect(all.some((row) => row.includes('创建项目'))).toBe(true);

    await page.getByTestId('audit-filter-kind').click();
    await page.getByTestId('audit-filter-kind-option-task').click();
    await page.waitForURL(/kind=task/);
    await page.getByTestId('audit-filter-person').click();
    await page.getByTestId(`audit-filter-person-option-${employee.userId}`).click();
    await page.waitForURL(new RegExp(`actorId=${employee.userId}`));

    const filtered = async () => {
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="audit-row"]').length === 2 && !document.querySelector('xz-async-state'),
      );
      return page.getByTestId('audit-row').allInnerTexts();
    };
    const rows = await filtered();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain('修改任务');
      expect(row).toContain('吴工');
      expect(row).toContain(`扫码入库 Scan-in ${run}`);
    }
    expect(rows[0]).toContain('完成度: 30 → 60');
    expect(rows[1]).toContain('完成度: 0 → 30');

    await page.reload();
    await page.getByTestId('audit-title').waitFor();
    expect(page.url()).toMatch(/kind=task/);
    expect(page.url()).toMatch(new RegExp(`actorId=${employee.userId}`));
    expect(await filtered()).toEqual(rows);
    expect(await page.getByTestId('audit-filter-kind').innerText()).toContain('任务');
    expect(await page.getByTestId('audit-filter-person').innerText()).toContain('吴工');

    // A day range with nothing in it says so.
    await page.getByTestId('audit-filter-to').fill('2020-01-01');
    await page.getByTestId('audit-filter-to').dispatchEvent('change');
    await page.getByText('没有符合筛选条件的记录。').waitFor();
    await context.close();
  });

  it('keeps the filters and the rows usable on a phone', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', width: 375, height: 812 });
    await signInWithForm(page, api.url, owner.email, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/audit?kind=task&actorId=${employee.userId}`);
    await page.getByTestId('audit-row').first().waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(2);
    expect(await page.getByTestId('audit-row').first().innerText()).toContain('percent done: 30 → 60');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const exportBox = await page.getByTestId('audit-export').boundingBox();
    expect(exportBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
