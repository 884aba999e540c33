import type { Browser, Page } from 'playwright-core';
import type { CreateTenantResponse, InviteMemberResponse, Project } from '@xinzhi/shared-contracts';
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
} from '@xinzhi/testing';

/**
 * Signing out ends the session for every open tab at once, and on every device with "sign out
 * everywhere" (another browser's open event stream is ended, and its tokens refused); a lost invitation link is issued again — by the park for a new enterprise's owner,
 * by the owner for a member — and the new link works while the old one does not; projects are
 * archived and restored from the project list, whose search and status live in the URL.
 * Runs in an enterprise of its own, onboarded by the demo park's administrator through the API.
 */
describe('sessions, invitation links and archived projects', () => {
  const run = Date.now().toString(36);
  const tenantName = `会话浏览器企业 ${run}`;
  const ownerEmail = `owner.${run}@sessions-web.xinzhi.test`;
  const employeeEmail = `employee.${run}@sessions-web.xinzhi.test`;
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let park: Session;
  let firstOwnerLink: string;

  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, api.url);

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    park = await signIn(api.url, 'park.admin@xinzhi.test');
    const created = await call<CreateTenantResponse>(api.url, 'POST', '/api/park/tenants', {
      token: park.accessToken,
      body: {
        name: tenantName,
        creditCode: '',
        industrySection: 'C',
        industryDivision: '35',
        scale: 'small',
        region: '无锡',
        emerging: false,
        manufacturingType: 'discrete',
        ownerEmail,
        ownerName: '会话老板',
      },
    });
    if (created.status !== 201) throw new Error(`tenant not created: ${created.status}`);
    firstOwnerLink = created.body.invitation.acceptUrl;
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  async function openInvite(page: Page, link: string): Promise<void> {
    await page.goto(local(link));
  }

  it('lets the park issue a lost owner link again: the new link works, the old one does not', async () => {
    const admin = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(admin.page, api.url, 'park.admin@xinzhi.test');
    await admin.page.getByTestId('park-dashboard-title').waitFor();
    await admin.page.goto(`${api.url}/park/tenants`);
    await admin.page.getByTestId(`tenant-row-${tenantName}`).waitFor();
    await admin.page.getByTestId(`tenant-relink-${tenantName}`).click();
    await admin.page.locator('.ant-popover .ant-btn-primary').click();
    const link = admin.page.getByTestId('tenant-relink-link');
    await link.waitFor();
    const newLink = (await link.innerText()).trim();
    expect(newLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(newLink).not.toBe(firstOwnerLink);
    await admin.page.getByTestId('tenant-relink-done').click();
    await admin.context.close();

    const stale = await openPage(browser, { locale: 'en-US' });
    await openInvite(stale.page, firstOwnerLink);
    await stale.page.getByTestId('invite-invalid').waitFor();
    await stale.context.close();

    const owner = await openPage(browser, { locale: 'en-US' });
    await openInvite(owner.page, newLink);
    await owner.page.getByTestId('invite-accept-form').waitFor();
    await owner.page.getByTestId('invite-password').fill(DEMO_PASSWORD);
    await owner.page.getByTestId('invite-accept-submit').click();
    await owner.page.getByTestId('workspace-title').waitFor();
    await owner.context.close();
  });

  it('lets an owner issue a lost member link again from the pending row, and the new link works', async () => {
    const owner = await signIn(api.url, ownerEmail);
    const invited = await call<InviteMemberResponse>(api.url, 'POST', '/api/members', {
      token: owner.accessToken,
      body: { email: employeeEmail, displayName: '会话员工', role: 'employee' },
    });
    expect(invited.status).toBe(201);

    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, ownerEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/members`);
    await page.getByTestId(`member-relink-${employeeEmail}`).click();
    await page.locator('.ant-popover .ant-btn-primary').click();
    const link = page.getByTestId('relink-link');
    await link.waitFor();
    const newLink = (await link.innerText()).trim();
    expect(newLink).not.toBe(invited.body.invitation.acceptUrl);
    await page.getByTestId('relink-done').click();
    await context.close();

    const employee = await openPage(browser, { locale: 'zh-CN' });
    await openInvite(employee.page, invited.body.invitation.acceptUrl);
    await employee.page.getByTestId('invite-invalid').waitFor();
    await openInvite(employee.page, newLink);
    await employee.page.getByTestId('invite-accept-form').waitFor();
    expect(await employee.page.getByTestId('invite-email-shown').innerText()).toBe(employeeEmail);
    await employee.page.getByTestId('invite-password').fill(DEMO_PASSWORD);
    await employee.page.getByTestId('invite-accept-submit').click();
    // Signed in as the new employee, who lands on My tasks.
    await employee.page.getByTestId('my-tasks').waitFor();
    await employee.context.close();
  });

  it('signs a second tab out at once when the first signs out', async () => {
    const { context, page: first } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(first, api.url, ownerEmail);
    await first.getByTestId('workspace-title').waitFor();
    const second = await context.newPage();
    await second.goto(`${api.url}/projects`);
    await second.getByTestId('projects-title').waitFor();

    await first.getByTestId('user-menu').click();
    await first.getByTestId('sign-out').click();
    await first.getByTestId('sign-out-confirm').click();
    await first.getByTestId('login-form').waitFor();
    // Nobody touches the second tab: it hears of the sign-out and goes to sign-in by itself, at once
    // (a few seconds at most on a loaded machine; its access token would otherwise live for minutes).
    await second.getByTestId('login-form').waitFor({ timeout: 5_000 });
    expect(second.url()).toMatch(/\/login/);
    await context.close();
  });

  it('signs out everywhere: another browser is sent to sign-in too, without touching it', async () => {
    const here = await openPage(browser, { locale: 'en-US' });
    const elsewhere = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(here.page, api.url, ownerEmail);
    await signInWithForm(elsewhere.page, api.url, ownerEmail);
    await here.page.getByTestId('workspace-title').waitFor();
    await elsewhere.page.getByTestId('workspace-title').waitFor();

    await here.page.getByTestId('user-menu').click();
    await here.page.getByTestId('sign-out-everywhere').click();
    expect(await here.page.getByTestId('sign-out-dialog').innerText()).toMatch(/every session/i);
    await here.page.getByTestId('sign-out-confirm').click();
    await here.page.getByTestId('login-form').waitFor();

    // The other browser's event stream (the notification bell's) is ended by the API; reconnecting,
    // its access token is refused (401), then its refresh: it lands on sign-in.
    await elsewhere.page.getByTestId('login-form').waitFor();
    expect(elsewhere.page.url()).toMatch(/\/login/);
    await Promise.all([here.context.close(), elsewhere.context.close()]);
  });

  it('archives a project from the list after a confirmation, finds it under "archived" and restores it; the filter survives a reload', async () => {
    const owner = await signIn(api.url, ownerEmail);
    const name = `归档浏览器项目 ${run}`;
    const created = await call<Project>(api.url, 'POST', '/api/projects', {
      token: owner.accessToken,
      body: { name, startDate: '2026-01-01', targetDate: '2027-06-30' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    const { context, page } = await openPage(browser, { locale: 'en-US', width: 375, height: 812 });
    await signInWithForm(page, api.url, ownerEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/projects`);
    await page.getByTestId(`project-card-${name}`).waitFor();

    await page.getByTestId(`project-archive-${id}`).click();
    await page.getByTestId('project-archive-dialog').waitFor();
    await page.getByTestId('project-archive-confirm').click();
    await page.getByTestId(`project-card-${name}`).waitFor({ state: 'detached' });

    await page.getByTestId('project-status-filter').selectOption('archived');
    await page.waitForURL(/status=archived/);
    await page.getByTestId(`project-card-${name}`).waitFor();
    await page.getByTestId('project-search').fill('归档浏览器');
    await page.waitForURL(/q=/);
    await page.reload();
    await page.getByTestId(`project-card-${name}`).waitFor();
    expect(await page.getByTestId('project-search').inputValue()).toBe('归档浏览器');
    expect(await page.getByTestId('project-status-filter').inputValue()).toBe('archived');

    await page.getByTestId(`project-restore-${id}`).click();
    await page.getByTestId('project-archive-confirm').click();
    await page.getByTestId(`project-card-${name}`).waitFor({ state: 'detached' });
    const back = await call<Project>(api.url, 'GET', `/api/projects/${id}`, { token: owner.accessToken });
    expect(back.body.status).toBe('active');
    await context.close();
  });
});
