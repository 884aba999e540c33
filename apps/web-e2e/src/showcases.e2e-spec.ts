import type { Browser, Page } from 'playwright-core';
import type { CreateParkResponse, Kpi, Project, ShowcaseSettings } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
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
} from '@xinzhi/testing';

/** The page is no wider than the phone: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

const tokenOf = (acceptUrl: string) => acceptUrl.split('/invite/')[1];

/**
 * Showcases (样板间) and the peer benchmark in the browser: an owner of a fresh enterprise shows a
 * project; a leader of another fresh enterprise of the same park finds it in the gallery and opens
 * it (KPI trend drawn, nothing of the tasks); the park administrator marks it as a benchmark (in
 * en-US); the owner revokes it after a confirmation and the leader's next read says it is gone. A
 * leader of the only enterprise of a park of the suite's own sees "too few peers to compare" on a
 * phone. (The numbers of a cohort with enough peers are checked by the API suite.)
 */
describe('showcases and the peer benchmark in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let project: Project;
  const run = Date.now().toString(36);
  const domain = `${run}.showcases.xinzhi.test`;
  let ownerEmail: string;
  const viewerEmail = `viewer@${domain}`;
  const loneLeaderEmail = `lone.leader@${domain}`;
  const secretTask = `内部任务 Internal task ${run}`;
  const projectName = `智能产线 Smart line ${run}`;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  async function accept(acceptUrl: string): Promise<void> {
    const res = await call(api.url, 'POST', '/api/invitations/accept', { body: { token: tokenOf(acceptUrl), password: DEMO_PASSWORD } });
    expect(res.status).toBeLessThan(300);
  }

  /** An enterprise of its own in the park of `parkAdmin`, its owner signed in. */
  async function tenant(parkAdmin: string): Promise<Session> {
    const profile = { parkAdmin, ownerName: '样板老板', industryDivision: '34', region: '苏州' };
    return (await freshTenant(api.url, 'showcases', DEMO_PASSWORD, profile)).owner;
  }

  const leaderOf = (owner: Session, email: string) => joinTenant(api.url, owner, email, 'leader', DEMO_PASSWORD, '观摩领导');

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    const owner = await tenant('park.admin@xinzhi.test');
    ownerEmail = owner.email;
    const viewerOwner = await tenant('park.admin@xinzhi.test');
    await leaderOf(viewerOwner, viewerEmail);

    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: projectName,
        goal: '一年内设备综合效率提升 20%',
        phase: 'implement',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    expect(
      (
        await as(owner, 'POST', `/api/projects/${project.id}/tasks`, {
          title: secretTask,
          businessArea: 'production',
          technologyType: 'big_data',
        })
      ).status,
    ).toBe(201);
    const kpi = await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
      name: `设备综合效率 OEE ${run}`,
      unit: '%',
      direction: 'higher_is_better',
      category: 'efficiency',
      baseline: 60,
      target: 80,
    });
    for (const [takenOn, value] of [
      ['2026-02-01', 64],
      ['2026-03-01', 70],
    ] as const) {
      expect((await as(owner, 'POST', `/api/kpis/${kpi.body.id}/readings`, { takenOn, value })).status).toBe(201);
    }

    // A park of the suite's own with one enterprise: its leader has no peers at all.
    const operator = await signIn(api.url, 'operator@xinzhi.test');
    const adminEmail = `admin@${domain}`;
    const newPark = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
      name: `孤岛园区 Lone Park ${run}`,
      region: '苏州',
      adminEmail,
      adminName: '孤岛管理员',
    });
    expect(newPark.status).toBe(201);
    await accept(newPark.body.invitation.acceptUrl);
    const loneOwner = await tenant(adminEmail);
    await leaderOf(loneOwner, loneLeaderEmail);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  let showcaseId: string;

  it('an owner shows a project as a showcase, absolute values off, and previews what others see', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, ownerEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('nav-my-showcase').click();
    await page.waitForURL(/\/showcase$/);
    expect(await page.getByTestId('showcase-settings-title').innerText()).toBe('我的样板间');
    await page.locator('[data-testid="showcase-settings"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('showcase-status').getAttribute('data-active')).toBe('no');
    expect(await page.getByTestId('showcase-absolute').isChecked()).toBe(false);

    await page.getByTestId('showcase-project-select').selectOption(project.id);
    await page.getByTestId('showcase-save').click();
    await page.locator('[data-testid="showcase-status"][data-active="yes"]').waitFor();
    const preview = page.getByTestId('showcase-preview');
    await preview.getByTestId('showcase-view').waitFor();
    expect(await preview.getByTestId('showcase-project').innerText()).toBe(projectName);
    expect(await preview.innerText()).toContain('按目标达成百分比展示');
    expect(await preview.getByTestId('showcase-kpi-value').count()).toBe(0);

    const stored = await as<ShowcaseSettings>(await signIn(api.url, ownerEmail), 'GET', '/api/showcase');
    expect(stored.body.active).toMatchObject({ projectId: project.id, showAbsolute: false });
    showcaseId = stored.body.active?.id as string;
    await context.close();
  });

  it('a leader of another enterprise of the park finds it in the gallery and opens it', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, viewerEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('nav-showcases').click();
    await page.waitForURL(/\/showcases$/);
    expect(await page.getByTestId('showcases-title').innerText()).toBe('样板间');
    const card = page.locator(`[data-testid="showcase-card"][data-id="${showcaseId}"]`);
    await card.waitFor();
    await card.getByTestId('showcase-card-link').click();
    await page.waitForURL(new RegExp(`/showcases/${showcaseId}$`));
    await page.locator('[data-testid="showcase-page"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('showcase-project').innerText()).toBe(projectName);
    expect(await page.getByTestId('showcase-goal').innerText()).toBe('一年内设备综合效率提升 20%');
    expect(await page.locator('[data-testid="showcase-phases"] li[aria-current="step"]').innerText()).toBe('实施');
    // The KPI trend (percent of target) is drawn once ECharts has loaded.
    await page.locator('[data-testid="showcase-kpi-canvas"] canvas').waitFor();
    const text = await page.getByTestId('showcase-view').innerText();
    expect(text).toContain('50%'); // latest reading 70 of 60 → 80
    expect(text).not.toContain(secretTask);
    expect(text).not.toContain('样板老板');
    await context.close();

    // The gallery and the page fit a phone.
    const phone = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(phone.page, api.url, viewerEmail);
    await phone.page.getByTestId('workspace-title').waitFor();
    await phone.page.goto(`${api.url}/showcases`);
    await phone.page.locator(`[data-testid="showcase-card"][data-id="${showcaseId}"]`).waitFor();
    expect(await fitsWidth(phone.page)).toBe(true);
    await phone.page.goto(`${api.url}/showcases/${showcaseId}`);
    await phone.page.locator('[data-testid="showcase-kpi-canvas"] canvas').waitFor();
    expect(await fitsWidth(phone.page)).toBe(true);
    await phone.context.close();
  });

  it('in en-US, the park administrator marks it as a benchmark after a confirmation', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.getByTestId('nav-park-showcases').click();
    await page.waitForURL(/\/park\/showcases$/);
    expect(await page.getByTestId('showcases-title').innerText()).toBe('Showcases');
    const card = page.locator(`[data-testid="showcase-card"][data-id="${showcaseId}"]`);
    await card.waitFor();
    expect(await card.getByTestId('showcase-benchmark-tag').count()).toBe(0);
    await card.getByTestId('showcase-benchmark-toggle').click();
    const confirm = page.locator('.showcase-benchmark-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`Mark “${projectName}” as a benchmark?`);
    await confirm.locator('.ant-btn-primary').click();
    await card.getByTestId('showcase-benchmark-tag').waitFor();
    expect(await card.getByTestId('showcase-benchmark-tag').innerText()).toBe('Benchmark');
    expect(await card.getByTestId('showcase-benchmark-toggle').innerText()).toBe('Remove benchmark mark');
    await context.close();
  });

  it('the owner revokes it after a confirmation, and the leader’s next read says it is gone', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, ownerEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/showcase`);
    await page.locator('[data-testid="showcase-status"][data-active="yes"]').waitFor();
    await page.getByTestId('showcase-revoke').click();
    const confirm = page.locator('.showcase-revoke-confirm');
    await confirm.waitFor();
    await confirm.locator('.ant-btn-primary').click();
    await page.locator('[data-testid="showcase-status"][data-active="no"]').waitFor();
    await context.close();

    const viewer = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(viewer.page, api.url, viewerEmail);
    await viewer.page.getByTestId('workspace-title').waitFor();
    await viewer.page.goto(`${api.url}/showcases/${showcaseId}`);
    await viewer.page.locator('[data-testid="showcase-page"][data-state="error"]').waitFor();
    expect(await viewer.page.getByTestId('showcase-page').innerText()).toContain('该样板间未公开或已撤回');
    await viewer.context.close();
  });

  it('a leader without enough peers sees “too few peers to compare”, on a phone', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(page, api.url, loneLeaderEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/benchmarks`);
    expect(await page.getByTestId('benchmarks-title').innerText()).toBe('同行对标');
    await page.locator('[data-testid="benchmarks"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('benchmark-measure').count()).toBe(3);
    expect(await page.getByTestId('benchmark-too-few').count()).toBe(6);
    expect(await page.getByTestId('benchmark-too-few').first().innerText()).toBe('同行太少，无法比较（其他企业不足 5 家）。');
    expect(await page.getByTestId('benchmark-figures').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });
});
