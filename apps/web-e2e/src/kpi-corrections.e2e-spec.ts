import type { Browser, Page } from 'playwright-core';
import type { Kpi, KpiReading, KpiReadingEvent, Project, Team } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  freshTenant,
  joinTenant,
  launchBrowser,
  openPage,
  RunningProcess,
  Session,
  signInWithForm,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

/**
 * A leader corrects a typo in a KPI reading and deletes a wrong one, and sees the new value and the
 * history; the KPI cards keep value and date whole, on a desktop and a phone, in both languages.
 * Runs in an enterprise of its own, onboarded by the demo park's administrator.
 */
describe('KPI reading corrections in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let owner: Session;
  let leaderEmail: string;
  let project: Project;
  let team: Team;
  let kpi: Kpi;
  let typo: KpiReading;
  const run = Date.now().toString(36);
  const PASSWORD = 'kpi browser passphrase';
  const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);
  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    ({ owner } = await freshTenant(api.url, 'kpi-browser', PASSWORD));
    leaderEmail = `leader.${run}@kpi-browser.xinzhi.test`;
    await joinTenant(api.url, owner, leaderEmail, 'leader', PASSWORD, '王组长');

    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `KPI 更正 ${run}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    team = (await as<Team>(owner, 'POST', `/api/projects/${project.id}/teams`, { name: '装配组 Assembly team', memberUserIds: [] })).body;
    kpi = (
      await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '设备综合效率 OEE',
        unit: '%',
        direction: 'higher_is_better',
        category: 'efficiency',
        baseline: 40,
        target: 80,
        teamId: team.id,
      })
    ).body;
    typo = (await as<KpiReading>(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(9), value: 6800 })).body;
    expect((await as(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: daysAgo(30), value: 45 })).status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  /** Whether each of the card's value, date and figures sits on one line. */
  async function cardLines(page: Page): Promise<Record<string, number>> {
    const card = page.getByTestId(`kpi-card-${kpi.name}`);
    await card.getByTestId('kpi-card-latest-date').waitFor();
    return card.evaluate((el) => {
      const lines = (selector: string) => {
        const node = el.querySelector(selector);
        if (!node) return -1;
        // Client rects of a wrapped inline box: one per line (on the same line they share a top).
        return new Set(Array.from(node.getClientRects()).map((r) => Math.round(r.top))).size;
      };
      return {
        value: lines('[data-testid="kpi-card-latest-value"]'),
        date: lines('[data-testid="kpi-card-latest-date"]'),
        baseline: lines('[data-testid="kpi-card-range"] .nowrap:nth-child(1)'),
        target: lines('[data-testid="kpi-card-range"] .nowrap:nth-child(3)'),
      };
    });
  }

  it('lets a leader correct a typo in a reading and delete a wrong one, with the new value and the history shown', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/projects/${project.id}`);
    const card = page.getByTestId(`kpi-card-${kpi.name}`);
    await card.waitFor();
    // The English card says what the two figures are, and names the KPI's team.
    const range = await card.getByTestId('kpi-card-range').innerText();
    expect(range).toContain('Baseline 40 %');
    expect(range).toContain('Target 80 %');
    expect(await card.getByTestId('kpi-card-team').innerText()).toContain('Assembly team');
    expect(await card.getByTestId('kpi-card-latest-value').innerText()).toBe('6,800');
    expect(await cardLines(page)).toEqual({ value: 1, date: 1, baseline: 1, target: 1 });

    await card.click();
    const row = page.getByTestId(`reading-row-${typo.takenOn}`);
    await row.waitFor();
    await row.getByTestId('reading-edit').click();
    await row.getByTestId('reading-edit-value').fill('68');
    await row.getByTestId('reading-edit-save').click();
    await row.getByTestId('reading-edit').waitFor();
    expect(await row.innerText()).toContain('68');
    const corrected = page.getByTestId('reading-event-corrected');
    await corrected.waitFor();
    const line = await corrected.innerText();
    expect(line).toContain('corrected from 6,800 % to 68 %');
    expect(line).toContain('王组长');
    // The card behind the drawer shows the corrected value, and the API has it.
    await waitFor(
      async () => (await card.getByTestId('kpi-card-latest-value').innerText()) === '68',
      5000,
      'the corrected value on the card',
    );
    expect((await as<Kpi>(owner, 'GET', `/api/kpis/${kpi.id}`)).body).toMatchObject({ latest: { value: 68 }, attainment: 0.7 });

    // The older reading was wrong altogether: deleted, after a confirmation.
    const older = page.getByTestId(`reading-row-${daysAgo(30)}`);
    await older.getByTestId('reading-delete').click();
    await page.locator('.ant-popover .ant-btn-dangerous').click();
    await older.waitFor({ state: 'detached' });
    await page.getByTestId('reading-event-deleted').waitFor();
    expect(await page.getByTestId('reading-event-deleted').innerText()).toContain('45 % deleted by 王组长');
    const history = (await as<KpiReadingEvent[]>(owner, 'GET', `/api/kpis/${kpi.id}/reading-events`)).body;
    expect(history.map((e) => e.action)).toEqual(['corrected', 'deleted']);
    await context.close();
  });

  it('keeps the card’s value and date on one line each on a phone and a desktop, in both languages', async () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const width of [375, 1280]) {
        const { context, page } = await openPage(browser, { locale, width, height: 812 });
        await signInWithForm(page, api.url, leaderEmail, PASSWORD);
        await page.getByTestId('workspace-title').waitFor();
        await page.goto(`${api.url}/projects/${project.id}`);
        expect({ locale, width, ...(await cardLines(page)) }).toEqual({ locale, width, value: 1, date: 1, baseline: 1, target: 1 });
        if (locale === 'zh-CN')
          expect(await page.getByTestId(`kpi-card-${kpi.name}`).getByTestId('kpi-card-range').innerText()).toContain('基线');
        await context.close();
      }
    }
  });
});
