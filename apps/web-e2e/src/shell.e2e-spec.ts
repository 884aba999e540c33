import type { Browser, Page } from 'playwright-core';
import { ApiProcess, launchBrowser, RunningProcess, startApi, startWorker } from '@xinzhi/testing';

describe('the application shell', () => {
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

  async function open(locale: string, width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(api.url);
    await page.getByTestId('home-title').waitFor();
    return page;
  }

  it('speaks Chinese to a zh-CN browser', async () => {
    const page = await open('zh-CN');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByTestId('home-title').innerText()).toMatch(/[\u4e00-\u9fff]/);
    await page.context().close();
  });

  it('speaks English to an en-US browser', async () => {
    const page = await open('en-US');
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    expect(await page.getByTestId('home-title').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.context().close();
  });

  it('switches language at run time and remembers the choice', async () => {
    const page = await open('en-US');
    const english = await page.getByTestId('home-title').innerText();
    await page.getByTestId('language-switch').click();
    await page.getByTestId('lang-zh-CN').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const chinese = await page.getByTestId('home-title').innerText();
    expect(chinese).not.toBe(english);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    await page.reload();
    await page.getByTestId('home-title').waitFor();
    expect(await page.getByTestId('home-title').innerText()).toBe(chinese);
    await page.context().close();
  });

  it('shows the live system status from the API', async () => {
    const page = await open('en-US');
    await page.getByTestId('health-card').waitFor();
    await page.locator('[data-testid="health-database"][data-status="up"]').waitFor();
    expect(await page.getByTestId('health-redis').getAttribute('data-status')).toBe('up');
    expect(await page.getByTestId('health-card').getAttribute('data-state')).toBe('ready');
    await page.context().close();
  });

  it('fits a 375 px wide phone screen without sideways scrolling', async () => {
    const page = await open('zh-CN', 375, 812);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('validates the login form and shows a not-found page for unknown routes', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${api.url}/login`);
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('login-email').fill('not-an-email');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-email-error').waitFor();
    expect(await page.getByTestId('login-email-error').innerText()).toMatch(/email/i);
    await page.goto(`${api.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
    await context.close();
  });

  it('loads its stylesheet under the content security policy of the API', async () => {
    const page = await open('en-US');
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).not.toMatch(/^"?Times/);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await page.context().close();
  });
});
