import type { Browser, Page } from 'playwright-core';
import type { MeResponse, Survey, SurveyList } from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  freshTenant,
  joinTenant,
  launchBrowser,
  openPage,
  Session,
  signIn,
  signInWithForm,
  startApi,
} from '@xinzhi/testing';

/** The page is no wider than the phone: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/**
 * Park surveys in the browser: the park administrator builds a survey (with the builder's own
 * messages on the way) and sends it to the enterprises of one region — a fresh enterprise onboarded
 * here, alone in that region; its leader answers on a phone; the administrator reads the results
 * chart and the breakdown. In English: an anonymous survey's results with a "too few to show" cell.
 */
describe('park surveys in the browser', () => {
  let api: ApiProcess;
  let browser: Browser;
  let park: Session;
  let leader: Session;
  let tenantName: string;
  const run = Date.now().toString(36);
  const domain = `${run}.surveys.xinzhi.test`;
  const leaderEmail = `leader@${domain}`;
  const region = `问卷浏览器 ${run}`;
  const title = `数字化转型成效 ${run}`;
  let today: string;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    park = await signIn(api.url, 'park.admin@xinzhi.test');
    today = (await as<MeResponse>(park, 'GET', '/api/me')).body.calendar.today;
    let owner: Session;
    ({ owner, tenantName } = await freshTenant(api.url, 'surveys-web', DEMO_PASSWORD, { industryDivision: '34', region }));
    leader = await joinTenant(api.url, owner, leaderEmail, 'leader', DEMO_PASSWORD, '问卷领导');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('the park administrator builds a survey, is told what is missing, and sends it to one region', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.getByTestId('nav-park-surveys').click();
    await page.waitForURL(/\/park\/surveys$/);
    expect(await page.getByTestId('park-surveys-title').innerText()).toBe('问卷调查');
    await page.locator('[data-testid="park-survey-list"][data-state="ready"]').waitFor();

    await page.getByTestId('survey-new').click();
    await page.getByTestId('survey-builder').waitFor();
    // Saving the empty draft names what is missing; nothing is sent.
    await page.getByTestId('survey-save').click();
    expect(await page.getByTestId('survey-error-title').innerText()).toBe('请填写问卷标题。');
    await page.getByText('请填写题目内容。').waitFor();

    await page.getByTestId('survey-title').fill(title);
    await page.getByTestId('survey-description').fill('了解数字化转型对企业管理的作用。');
    await page.getByTestId('survey-target-regions').fill(region);
    const questions = page.getByTestId('survey-question');
    await questions.nth(0).getByTestId('question-text').fill('数字化转型对企业管理的提升作用');
    await questions.nth(0).getByTestId('question-options').fill('大幅提升');
    await page.getByTestId('survey-save').click();
    await questions.nth(0).getByText('选择题至少需要 2 个选项。').waitFor();
    await questions.nth(0).getByTestId('question-options').fill('大幅提升\n略有提升\n起决定性作用\n没有作用');

    // A second question, a scale, moved above the first, then back down.
    await page.getByTestId('question-add').click();
    await questions.nth(1).getByTestId('question-kind').selectOption('scale');
    await questions.nth(1).getByTestId('question-text').fill('数字化转型的紧迫程度');
    await questions.nth(1).getByTestId('question-up').click();
    expect(await questions.nth(0).getByTestId('question-text').inputValue()).toBe('数字化转型的紧迫程度');
    await questions.nth(0).getByTestId('question-down').click();
    expect(await questions.nth(0).getByTestId('question-text').inputValue()).toBe('数字化转型对企业管理的提升作用');

    await page.getByTestId('survey-save-send').click();
    const confirm = page.locator('.survey-send-confirm');
    await confirm.waitFor();
    await confirm.locator('.ant-popover-buttons .ant-btn-primary').click();
    await page.waitForURL(/\/park\/surveys$/);
    const card = page.locator(`[data-testid="park-survey"][data-title="${title}"][data-status="open"]`);
    await card.waitFor();
    expect(await card.getByTestId('park-survey-status').innerText()).toBe('进行中');
    expect(await card.getByTestId('park-survey-responses').innerText()).toBe('1 家企业中 0 家已填写');

    const stored = (await as<SurveyList>(park, 'GET', '/api/park/surveys')).body.items.find((s) => s.title === title);
    expect(stored?.target.regions).toEqual([region]);
    expect(stored?.questions.map((q) => [q.kind, q.options.length])).toEqual([
      ['single', 4],
      ['scale', 0],
    ]);
    await context.close();
  });

  it('the enterprise’s leader answers it on a phone', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(page, api.url, leaderEmail);
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('nav-surveys').click();
    await page.waitForURL(/\/surveys$/);
    const item = page.locator(`[data-testid="tenant-survey"][data-title="${title}"]`);
    await item.waitFor();
    expect(await item.getByTestId('tenant-survey-state').innerText()).toBe('待填写');
    expect(await fitsWidth(page)).toBe(true);
    await item.click();

    await page.getByTestId('survey-answer-form').waitFor();
    expect(await page.getByTestId('survey-answer-title').innerText()).toBe(title);
    // Sending with nothing chosen marks both required questions.
    await page.getByTestId('survey-answer-send').click();
    expect(await page.getByTestId('survey-answer-save-error').innerText()).toBe('还有 2 道必答题未回答。');
    await page.locator('[data-testid="survey-answer-option"][data-label="大幅提升"]').check();
    await page.locator('[data-testid="survey-answer-scale"][data-value="4"]').check();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByTestId('survey-answer-send').click();
    await page.getByTestId('survey-answered-at').waitFor();
    expect(await page.getByTestId('survey-answer-state').innerText()).toBe('已填写');
    expect(await page.getByTestId('survey-answer-send').innerText()).toBe('更新答案');
    await context.close();
  });

  it('the administrator sees the results as a chart with counts and percents, and by industry', async () => {
    const { page, context } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.getByTestId('nav-park-surveys').click();
    const card = page.locator(`[data-testid="park-survey"][data-title="${title}"]`);
    await card.getByTestId('survey-results').click();
    await page.waitForURL(/\/park\/surveys\/[^/]+\/results$/);
    await page.locator('[data-testid="survey-results"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('survey-results-count').innerText()).toBe('1 家企业中 1 家已填写');
    const single = page.locator('[data-testid="survey-result"][data-kind="single"]');
    // The pie is drawn (ECharts, loaded on demand) next to its table.
    await single.locator('[data-testid="survey-chart-canvas"] canvas').waitFor();
    const row = single.locator('[data-testid="survey-result-option"][data-label="大幅提升"]');
    expect((await row.innerText()).replace(/\s+/g, ' ').trim()).toBe('大幅提升 1 100%');
    await page.locator('[data-testid="survey-result"][data-kind="scale"] [data-testid="survey-chart-canvas"] canvas').waitFor();
    expect(await page.getByTestId('survey-result-mean').innerText()).toBe('平均 4');

    await page.getByTestId('survey-breakdown-by').selectOption('industry');
    const cell = page.locator('[data-testid="survey-breakdown-cell"][data-group="C"]');
    await cell.waitFor();
    expect(await cell.getAttribute('data-hidden')).toBe('false');
    expect(await cell.innerText()).toContain('制造业');
    await context.close();
  });

  it('in English: an anonymous survey’s breakdown hides a group of fewer than 3 enterprises', async () => {
    const created = await as<Survey>(park, 'POST', '/api/park/surveys', {
      title: `Anonymous pulse ${run}`,
      anonymous: true,
      deadline: today,
      target: { industrySections: [], scales: [], regions: [region], emerging: null, manufacturingTypes: [] },
      questions: [{ kind: 'single', text: 'How much has digital transformation improved management?', options: ['Greatly', 'Slightly'] }],
    });
    expect(created.status).toBe(201);
    expect((await as(park, 'PATCH', `/api/park/surveys/${created.body.id}`, { status: 'open' })).status).toBe(200);
    const answered = await as(leader, 'PUT', `/api/surveys/${created.body.id}/response`, {
      answers: { [created.body.questions[0].id]: 0 },
    });
    expect(answered.status).toBe(200);

    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.getByTestId('nav-park-surveys').click();
    await page.locator(`[data-testid="park-survey"][data-title="Anonymous pulse ${run}"]`).getByTestId('survey-results').click();
    await page.locator('[data-testid="survey-results"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('survey-results-anonymous').innerText()).toBe('Anonymous');
    expect(await page.getByTestId('survey-results-count').innerText()).toBe('1 of 1 enterprises answered');
    await page.locator('[data-testid="survey-chart-canvas"] canvas').waitFor();
    await page.getByTestId('survey-breakdown-by').selectOption('industry');
    const cell = page.locator('[data-testid="survey-breakdown-cell"][data-group="C"]');
    await cell.waitFor();
    expect(await cell.getAttribute('data-hidden')).toBe('true');
    expect(await cell.getByTestId('survey-too-few').innerText()).toBe('Too few to show');
    // No enterprise's name on the page of an anonymous survey.
    expect(await page.getByTestId('survey-results').innerText()).not.toContain(tenantName);
    await context.close();
  });
});
