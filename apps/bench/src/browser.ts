/**
 * Browser timings for `npm run bench`: Debian's Chromium through playwright-core (never downloaded),
 * a signed-in page at a chosen viewport, and the time from a navigation's start until the first
 * screen's content is visible. Shared by every browser measure of the bench.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 375, height: 812 } as const;

/** Headless Chromium with the flags a closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh context at `viewport` signed in through the product's own form (so the refresh cookie is
 * set as for a user), left on whatever page the sign-in lands on.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  return { context, page };
}

/**
 * Milliseconds from the start of a full navigation to `url` until every selector matches an
 * element that has a box inside the viewport, checked at each animation frame (so the figure is
 * the frame that shows it). A full navigation: the app boots, restores the session and loads the
 * page's data, as after a reload or a link from elsewhere.
 */
export async function timeToVisible(page: Page, url: string, selectors: readonly string[], timeoutMs = 30_000): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted: readonly string[]) => {
      const w = window as unknown as { __firstScreenAt?: number; __firstScreenWatch?: boolean };
      if (w.__firstScreenAt !== undefined) return w.__firstScreenAt;
      if (!w.__firstScreenWatch) {
        w.__firstScreenWatch = true;
        const visible = (selector: string) => {
          const el = document.querySelector(selector);
          if (!el) return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
        };
        const frame = (now: number) => {
          if (wanted.every(visible)) w.__firstScreenAt = now;
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }
      return undefined;
    },
    selectors,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Runs `measure` `runs` times after `warmups` unrecorded runs; returns the recorded figures. */
export async function repeat(runs: number, warmups: number, measure: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await measure();
  const figures: number[] = [];
  for (let i = 0; i < runs; i++) figures.push(await measure());
  return figures;
}
