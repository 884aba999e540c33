/**
 * The bench's browser measure of the project dashboard: in Chromium at a desktop viewport, signed
 * in as the demo leader, the time from navigating to the demo project's overview until its first
 * screen — the dashboard's figures and the trend chart drawn — is visible; side by side with the
 * sign-in page's form becoming visible (the same app booting with no data and no session) in the
 * same run.
 */
import { DESKTOP, launchChromium, signedInPage, timeToVisible } from './browser';

/** What the first screen of a project's overview shows at 1440 × 900: the dashboard and the trend chart. */
export const DASHBOARD_FIRST_SCREEN = ['[data-testid="dashboard-progress"] .ant-progress', '[data-testid="trend-canvas"] canvas'] as const;
const SIGN_IN_FORM = ['[data-testid="login-submit"]'] as const;

export interface FirstScreenFigures {
  dashboard: number[];
  signIn: number[];
}

/** `runs` timed navigations of each (after two untimed ones, so the browser's cache is warm as for a returning user). */
export async function measureDashboardFirstScreen(
  baseUrl: string,
  account: { email: string; password: string },
  projectId: string,
  runs: number,
): Promise<FirstScreenFigures> {
  const browser = await launchChromium();
  try {
    const signedOut = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const loginPage = await signedOut.newPage();
    const { page } = await signedInPage(browser, baseUrl, account.email, account.password, DESKTOP);
    // Alternated, so both meet the same machine load; the first two pairs are not recorded.
    const dashboard: number[] = [];
    const signIn: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const d = await timeToVisible(page, `${baseUrl}/projects/${projectId}`, DASHBOARD_FIRST_SCREEN);
      const s = await timeToVisible(loginPage, `${baseUrl}/login`, SIGN_IN_FORM);
      if (i >= 2) {
        dashboard.push(d);
        signIn.push(s);
      }
    }
    return { dashboard, signIn };
  } finally {
    await browser.close();
  }
}
