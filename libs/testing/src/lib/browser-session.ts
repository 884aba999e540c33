import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './http';

export interface OpenOptions {
  locale?: 'zh-CN' | 'en-US';
  /** Viewport; a phone is 375 × 812. */
  width?: number;
  height?: number;
}

/** A fresh browser context (its own cookies and storage) with one page. */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page as a person would. */
export async function signInWithForm(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
