import type { Browser } from 'playwright-core';
import { ApiProcess, launchBrowser, openPage, RunningProcess, signInWithForm, startApi, startWorker } from '@xinzhi/testing';

describe('identity journeys', () => {
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

  const personas: Array<[string, string, RegExp]> = [
    ['operator@xinzhi.test', 'platform-parks-title', /\/platform\/parks$/],
    ['park.admin@xinzhi.test', 'park-dashboard-title', /\/park\/dashboard$/],
    ['park2.admin@xinzhi.test', 'park-dashboard-title', /\/park\/dashboard$/],
    ['owner@acme.xinzhi.test', 'workspace-title', /\/workspace$/],
    ['leader@brightchem.xinzhi.test', 'workspace-title', /\/workspace$/],
    ['lead@acme.xinzhi.test', 'workspace-title', /\/workspace$/],
    // An employee lands on their own tasks.
    ['employee@delta.xinzhi.test', 'my-tasks-title', /\/my-tasks$/],
  ];

  it.each(personas)('%s signs in and lands on their home', async (email, heading, url) => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, email);
    await page.getByTestId(heading).waitFor();
    expect(page.url()).toMatch(url);
    // The session survives a reload (restored from the refresh cookie, not from storage).
    await page.reload();
    await page.getByTestId(heading).waitFor();
    expect(await page.evaluate(() => JSON.stringify(localStorage).includes('eyJ'))).toBe(false);
    await context.close();
  });

  it('shows a wrong password in the language of the page', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'owner@acme.xinzhi.test', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(page.url()).toMatch(/\/login/);
    await context.close();
  });

  it('switches the login page between Chinese and English', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${api.url}/login`);
    const submit = page.getByTestId('login-submit');
    const english = await submit.innerText();
    await page.getByTestId('language-switch').click();
    await page.getByTestId('lang-zh-CN').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const chinese = await submit.innerText();
    expect(chinese).not.toBe(english);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    await context.close();
  });

  it('lets a park administrator onboard an enterprise whose owner accepts the invitation and signs in', async () => {
    const run = Date.now().toString(36);
    const name = `浏览器测试企业 ${run}`;
    const ownerEmail = `owner.${run}@browser.xinzhi.test`;
    const admin = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(admin.page, api.url, 'park.admin@xinzhi.test');
    await admin.page.getByTestId('park-dashboard-title').waitFor();
    await admin.page.getByTestId('nav-park-tenants').click();
    await admin.page.getByTestId('park-tenants-title').waitFor();
    await admin.page.getByTestId('tenant-create-open').click();
    await admin.page.getByTestId('tenant-name').fill(name);
    await admin.page.getByTestId('tenant-section').click();
    await admin.page.keyboard.type('制造');
    await admin.page.getByTestId('tenant-section-option-C').click();
    await admin.page.getByTestId('tenant-division').fill('35');
    await admin.page.getByTestId('tenant-scale').click();
    await admin.page.getByTestId('tenant-scale-option-small').click();
    await admin.page.getByTestId('tenant-region').fill('苏州工业园区');
    await admin.page.getByTestId('tenant-manufacturing').click();
    await admin.page.getByTestId('tenant-manufacturing-option-discrete').click();
    await admin.page.getByTestId('tenant-owner-name').fill('新企业主');
    await admin.page.getByTestId('tenant-owner-email').fill(ownerEmail);
    await admin.page.getByTestId('tenant-submit').click();
    const link = admin.page.getByTestId('tenant-invite-link');
    await link.waitFor();
    const acceptUrl = (await link.innerText()).trim();
    expect(acceptUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await admin.page.getByTestId('tenant-done').click();
    await admin.page.getByTestId(`tenant-row-${name}`).waitFor();
    await admin.context.close();

    const owner = await openPage(browser, { locale: 'zh-CN' });
    await owner.page.goto(acceptUrl.replace(/^https?:\/\/[^/]+/, api.url));
    await owner.page.getByTestId('invite-accept-form').waitFor();
    await owner.page.getByTestId('invite-password').fill('新企业的密码 2026');
    await owner.page.getByTestId('invite-accept-submit').click();
    await owner.page.getByTestId('workspace-title').waitFor();
    expect(await owner.page.getByTestId('workspace-title').innerText()).toContain(name);
    await owner.context.close();

    const again = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(again.page, api.url, ownerEmail, '新企业的密码 2026');
    await again.page.getByTestId('workspace-title').waitFor();
    expect(await again.page.getByTestId('workspace-title').innerText()).toContain(name);
    await again.context.close();
  });

  it('signs out after a confirmation, and the session does not come back', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, 'owner@brightchem.xinzhi.test');
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-out-confirm').click();
    await page.getByTestId('login-form').waitFor();
    await page.goto(`${api.url}/workspace`);
    await page.getByTestId('login-form').waitFor();
    expect(page.url()).toMatch(/\/login/);
    await context.close();
  });
});
