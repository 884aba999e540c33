import type { Browser, Page } from 'playwright-core';
import type { Assessment, AssessmentFramework, Member, Page as ListPage, Project } from '@xinzhi/shared-contracts';
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

/** The page is no wider than the phone: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

const run = Date.now().toString(36);
const PASSWORD = 'assessment journeys passphrase';
const LEVEL_ZH = ['未定级', '一级', '二级', '三级', '四级'];

/**
 * The maturity assessment in the browser, in an enterprise of its own onboarded by the demo park's
 * administrator: the leader starts and fills the wizard in two sittings and assigns the production
 * scenes to the production head, who answers them on a phone; the leader submits, reads the level,
 * radar, scene grid and gaps, turns a gap into a task and finds its provenance in the project; the
 * park administrator sees the level in the tenant list; the results also in English.
 */
describe('the maturity assessment in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let owner: Session;
  let tenantName: string;
  let leaderEmail: string;
  let productionEmail: string;
  let productionId: string;
  let project: Project;
  let assessmentId: string;

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  async function member(label: string, role: string): Promise<string> {
    const email = `${label}.${run}@assess-web.xinzhi.test`;
    await joinTenant(api.url, owner, email, role, PASSWORD, `${label} ${run}`);
    return email;
  }

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    ({ owner, tenantName } = await freshTenant(api.url, 'assess-web', PASSWORD, { ownerName: '评测老板', industryDivision: '34' }));
    leaderEmail = await member('leader', 'leader');
    productionEmail = await member('production', 'employee');
    const members = (await as<ListPage<Member>>(owner, 'GET', '/api/members?limit=200')).body.items;
    productionId = members.find((m) => m.email === productionEmail)?.userId as string;
    const createdProject = await as<Project>(owner, 'POST', '/api/projects', {
      name: `数字化改造 Transformation ${run}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect(createdProject.status).toBe(201);
    project = createdProject.body;
    expect(productionId).toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  /** Ticks an option (radio or checkbox) by its test id and waits until the page shows it ticked. */
  async function tick(page: Page, testId: string): Promise<void> {
    await page.getByTestId(testId).locator('input').check();
    await page.locator(`[data-testid="${testId}"][data-checked="true"]`).waitFor();
  }

  async function stepShown(page: Page, stepId: string): Promise<void> {
    await page.locator(`[data-testid="wizard-step"][data-step="${stepId}"]`).waitFor();
  }

  async function saved(page: Page): Promise<void> {
    await page.locator('[data-testid="wizard-saved"][data-state="saved"]').waitFor();
  }

  it('the leader starts an assessment, answers part of it with evidence numbers, assigns the production scenes, and resumes after a reload', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.getByTestId('nav-assessments').click();
    await page.waitForURL(/\/assessments$/);
    await page.locator('[data-testid="assessment-list"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('assessments-title').innerText()).toBe('数字化水平评测');
    expect(await page.getByTestId('assessment-list').innerText()).toContain('还没有评测');

    // New: the MIIT table is preselected, and the dialog says every industry uses the manufacturing table.
    await page.getByTestId('assessment-new').click();
    const form = page.getByTestId('assessment-new-form');
    await form.waitFor();
    await page.locator('[data-testid="assessment-framework-miit-sme-dl"] input:checked').waitFor();
    expect(await form.innerText()).toContain('制造业表');
    await page.getByTestId('assessment-title-input').fill(`2026 自评 ${run}`);
    await page.locator('.assessment-new-dialog .ant-btn-primary').click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    assessmentId = page.url().split('/').pop() as string;
    await stepShown(page, 'foundation');
    expect(await page.getByTestId('wizard-progress-text').innerText()).toContain('已答 0 / 31 题');

    // Plain wording, the official one beside it, the help on demand.
    const q1 = page.getByTestId('question-q1');
    expect(await q1.innerText()).toContain('官方表述');
    expect(await page.getByTestId('official-q1').innerText()).toContain('企业网络建设连接情况');
    await page.getByTestId('help-q1').click();
    await page.getByTestId('help-text-q1').waitFor();

    // Multi-select: "none" unticks the others, another option unticks "none".
    await tick(page, 'option-q1-b');
    await tick(page, 'option-q1-c');
    await tick(page, 'option-q1-a');
    expect(await page.locator('[data-testid="option-q1-b"]').getAttribute('data-checked')).toBe('false');
    await tick(page, 'option-q1-b');
    expect(await page.locator('[data-testid="option-q1-a"]').getAttribute('data-checked')).toBe('false');

    // Evidence numbers choose the band: 35 of 100 devices networked → (20 %, 40 %].
    await page.getByTestId('evidence-q3-devices_total').fill('100');
    await page.getByTestId('evidence-q3-devices_networked').fill('35');
    expect(await page.getByTestId('evidence-reading-q3').innerText()).toContain('35 / 100 = 35 %，对应档位 (20 %, 40 %]');
    await page.locator('[data-testid="option-q3-c"][data-checked="true"]').waitFor();

    await tick(page, 'option-q2-c');
    await tick(page, 'option-q4-b');
    await page.getByTestId('wizard-save').click();
    await saved(page);

    // Assign the production scenes to the production head.
    await page.getByTestId('wizard-assign-toggle').click();
    await page.getByTestId('wizard-assign-production').selectOption(productionId);
    await page
      .getByTestId('wizard-step-production')
      .filter({ hasText: `production ${run}` })
      .waitFor();

    // Reload: the answers are kept and the wizard opens at the first step with an open question.
    await page.reload();
    await stepShown(page, 'foundation');
    expect(await page.getByTestId('wizard-progress-text').innerText()).toContain('已答 4 / 31 题');
    expect(await page.locator('[data-testid="question-q3"]').getAttribute('data-answered')).toBe('true');
    expect(await page.getByTestId('evidence-q3-devices_networked').inputValue()).toBe('35');

    // Leave to the history: the draft shows how far it is.
    await page.getByTestId('assessment-back').click();
    const row = page.locator(`[data-testid="assessment-row"][data-id="${assessmentId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('assessment-status').innerText()).toBe('草稿');
    expect(await row.getByTestId('assessment-answered').innerText()).toBe('4 / 31 题');
    await context.close();
  });

  it('the production head answers the assigned production scenes on a phone', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN', width: 375, height: 812 });
    await signInWithForm(page, api.url, productionEmail, PASSWORD);
    // An employee lands on My tasks.
    await page.getByTestId('my-tasks').waitFor();
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('nav-assessments').click();
    await page.waitForURL(/\/assessments$/);
    await page.locator(`[data-testid="assessment-row"][data-id="${assessmentId}"] [data-testid="assessment-open"]`).click();
    await stepShown(page, 'production');
    // Only the assigned step, chosen from a compact selector.
    expect(await page.getByTestId('wizard-step-select').locator('option').count()).toBe(1);
    expect(await page.getByTestId('wizard-step-title').innerText()).toBe('生产执行数字化');
    expect(await page.getByTestId('wizard-mine').innerText()).toContain('已答 0 / 6 题');
    expect(await page.getByTestId('assessment-new').count()).toBe(0);

    for (const scene of ['scheduling', 'production_control', 'quality', 'equipment', 'safety', 'energy']) {
      await tick(page, `scene-${scene}-2`);
    }
    await page.getByTestId('official-toggle-quality').click();
    expect(await page.getByTestId('scene-quality').innerText()).toContain('官方表述');
    expect(await page.getByTestId('wizard-submit').count()).toBe(0);
    await page.getByTestId('wizard-finish').click();
    await saved(page);
    expect(await page.getByTestId('wizard-mine').innerText()).toContain('已答 6 / 6 题');
    expect(await fitsWidth(page)).toBe(true);
    await context.close();

    const stored = (await as<Assessment>(owner, 'GET', `/api/assessments/${assessmentId}`)).body;
    // Stored as answered by the production head (the API names who answered).
    expect(stored.scenes.filter((s) => s.answeredBy === `production ${run}`).map((s) => s.level)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('the leader finishes in a second sitting, submits, reads level, radar, scene grid and gaps, turns a gap into a task with provenance and records it as a pain point', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/assessments/${assessmentId}`);
    await stepShown(page, 'foundation');
    expect(await page.getByTestId('wizard-progress-text').innerText()).toContain('已答 10 / 31 题');

    // Foundation: the rest.
    for (const id of ['option-q5-c', 'option-q6-b', 'option-q6-c', 'option-q7-b', 'option-q7-c']) await tick(page, id);
    await page.getByTestId('wizard-next').click();
    await stepShown(page, 'management');
    for (const id of ['option-q8-d', 'option-q9-b', 'option-q9-c', 'option-q10-b', 'option-q10-d', 'option-q11-b']) await tick(page, id);
    await page.getByTestId('wizard-next').click();
    await stepShown(page, 'results');
    for (const id of ['option-q12-c', 'option-q13-c', 'option-q14-b', 'option-q15-b']) await tick(page, id);
    await page.getByTestId('wizard-next').click();
    await stepShown(page, 'product_lifecycle');
    for (const scene of ['product_design', 'process_design', 'marketing', 'after_sales']) await tick(page, `scene-${scene}-1`);
    await page.getByTestId('wizard-next').click();
    // The production scenes were answered by the production head.
    await stepShown(page, 'production');
    expect(await page.getByTestId('wizard-step-assignee').innerText()).toContain(`production ${run}`);
    expect(await page.getByTestId('answered-by-quality').innerText()).toBe(`由 production ${run} 作答`);
    await page.getByTestId('wizard-next').click();
    await stepShown(page, 'supply_chain');
    for (const scene of ['purchasing', 'warehousing']) await tick(page, `scene-${scene}-2`);
    await page.getByTestId('wizard-next').click();
    await stepShown(page, 'management_decision');
    for (const scene of ['finance', 'hr', 'office']) await tick(page, `scene-${scene}-2`);
    await tick(page, 'scene-decision-0');

    // Submit asks first and says what is answered.
    await page.getByTestId('wizard-submit').click();
    const confirm = page.locator('.assessment-submit-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('全部 31 题均已作答');
    await confirm.locator('.ant-btn-primary').click();
    await page.locator('[data-testid="assessment-page"][data-status="scored"]').waitFor({ timeout: 20_000 });

    const scored = (await as<Assessment>(owner, 'GET', `/api/assessments/${assessmentId}`)).body;
    expect(scored.status).toBe('scored');
    const level = scored.level as number;
    const levelText = await page.getByTestId('results-level-value').innerText();
    expect(levelText).toContain(LEVEL_ZH[level]);
    expect(await page.getByTestId('results-total').innerText()).toContain('/ 100 分');
    expect(await page.getByTestId('results-rule').innerText()).toMatch(/总分|未定级/);
    // The radar (ECharts, loaded on demand) and the scene grid of 16 scenes, constraint scenes marked.
    await page.locator('[data-testid="radar-canvas"] canvas').waitFor();
    expect(await page.locator('[data-testid^="results-scene-"]').count()).toBe(16);
    expect(await page.locator('[data-testid="results-scene-quality"][data-level="2"] .cell.on').count()).toBe(2);
    expect(await page.getByTestId('results-scene-quality').innerText()).toContain('约');
    expect(await page.getByTestId('results-dimension-foundation').innerText()).toContain('数字化基础');

    // Gaps in words; the first becomes a task in the suite's project.
    const gaps = page.getByTestId('gap-row');
    expect(await gaps.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('results-gap-summary').innerText()).toContain('下一级');
    const gapRow = gaps.first();
    const gapKey = (await gapRow.getAttribute('data-key')) as string;
    const gapText = await gapRow.getByTestId('gap-text').innerText();
    expect(gapText).toMatch(/可加 [\d.]+ 分|提升到 \d 级/);
    await gapRow.getByTestId('gap-make-task').click();
    const taskForm = page.getByTestId('gap-task-form');
    await taskForm.waitFor();
    await page.getByTestId('gap-task-project').selectOption(project.id);
    const title = await page.getByTestId('gap-task-title').inputValue();
    expect(title.length).toBeGreaterThan(0);
    expect(await page.getByTestId('gap-task-description').inputValue()).toContain(`2026 自评 ${run}`);
    await page.getByTestId('gap-task-technology').selectOption('internet_of_things');
    await page.getByTestId('gap-task-create').click();
    const made = gapRow.getByTestId('gap-task-made');
    await made.waitFor();
    expect(await made.innerText()).toContain(project.name);

    // The task in the project says where it came from, and leads back to the assessment.
    await made.getByTestId('gap-task-link').click();
    await page.waitForURL(new RegExp(`/projects/${project.id}/list`));
    const taskRow = page.getByTestId(`task-row-${title}`).first();
    await taskRow.waitFor();
    expect(await taskRow.getByTestId('task-origin-tag').innerText()).toBe('来自评测');
    await taskRow.click();
    const origin = page.getByTestId('task-origin');
    await origin.waitFor();
    expect(await origin.innerText()).toBe(`来自评测《2026 自评 ${run}》`);
    await origin.click();
    await page.waitForURL(new RegExp(`/assessments/${assessmentId}$`));
    await page.getByTestId('results-level').waitFor();
    const tasks = await as<ListPage<{ origin: { gapKey: string } | null }>>(owner, 'GET', `/api/projects/${project.id}/tasks?limit=200`);
    expect(tasks.body.items.map((t) => t.origin?.gapKey)).toContain(gapKey);

    // The same gap recorded as a pain point shows up in the register.
    const painRow = page.locator(`[data-testid="gap-row"][data-key="${gapKey}"]`);
    await painRow.getByTestId('gap-record-pain').click();
    await page.getByTestId('gap-pain-form').waitFor();
    const painTitle = await page.getByTestId('gap-pain-title').inputValue();
    expect(painTitle).toBe(title);
    await page.getByTestId('gap-pain-create').click();
    const recorded = painRow.getByTestId('gap-pain-made');
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain('已记为痛点');
    await recorded.getByTestId('gap-pain-link').click();
    await page.waitForURL(/\/pain-points$/);
    const painPoint = page.getByTestId('pain-point-row').filter({ hasText: painTitle }).first();
    await painPoint.waitFor();
    expect(await painPoint.getByTestId('pain-point-status').innerText()).toBeTruthy();
    await context.close();
  });

  it('shows the results in English too, on a phone', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-US', width: 375, height: 812 });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/assessments/${assessmentId}`);
    await page.getByTestId('results-level').waitFor();
    expect(await page.getByTestId('results-level-value').innerText()).toMatch(/Level \d|Not graded/);
    expect(await page.getByTestId('results-total').innerText()).toContain('of 100 points');
    expect(await page.getByTestId('results-gaps').innerText()).toContain('Gaps to the next level');
    expect(await page.getByTestId('results-scene-quality').innerText()).toContain('Quality');
    expect(await page.getByTestId('results-print').innerText()).toBe('Print');
    await page.locator('[data-testid="radar-canvas"] canvas').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await context.close();
  });

  it('the park administrator sees the enterprise’s level, points and day in the tenant list', async () => {
    const scored = (await as<Assessment>(owner, 'GET', `/api/assessments/${assessmentId}`)).body;
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, 'park.admin@xinzhi.test');
    await page.waitForURL(/\/park\/dashboard$/);
    await page.getByTestId('nav-park-tenants').click();
    await page.waitForURL(/\/park\/tenants$/);
    const row = page.getByTestId(`tenant-row-${tenantName}`);
    await row.waitFor();
    const maturity = row.getByTestId('tenant-maturity');
    expect(await maturity.getAttribute('data-level')).toBe(String(scored.level));
    expect(await maturity.innerText()).toContain(LEVEL_ZH[scored.level as number]);
    expect(await maturity.innerText()).toContain('分');
    expect(await maturity.innerText()).toContain(`${scored.assessedOn} 评测`);
    await context.close();
  });

  it('compares the first assessment with a better second one, T0 → T1, by dimension and scene', async () => {
    // T1 through the API: every item at its best option, every scene at level 3.
    const t0 = (await as<Assessment>(owner, 'GET', `/api/assessments/${assessmentId}`)).body;
    const framework = (await as<AssessmentFramework>(owner, 'GET', `/api/assessment-frameworks/${t0.frameworkId}`)).body;
    const t1 = (await as<Assessment>(owner, 'POST', '/api/assessments', { frameworkId: framework.id, title: `2027 复评 ${run}` })).body;
    const items = framework.dimensions.flatMap((d) =>
      d.items.map((item) => ({
        itemId: item.id,
        optionIds:
          item.type === 'multi' ? item.options.filter((o) => !o.exclusive).map((o) => o.id) : [item.options[item.options.length - 1].id],
      })),
    );
    const scenes = framework.scenes.map((scene) => ({ sceneId: scene.id, level: 3 }));
    expect((await as(owner, 'PUT', `/api/assessments/${t1.id}/answers`, { items, scenes })).status).toBe(200);
    expect((await as(owner, 'POST', `/api/assessments/${t1.id}/submit`)).status).toBe(202);
    await waitFor(
      async () => ((await as<Assessment>(owner, 'GET', `/api/assessments/${t1.id}`)).body.status === 'scored' ? true : null),
      20_000,
      'T1 scored',
    );

    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/assessments`);
    for (const id of [assessmentId, t1.id]) {
      await page.locator(`[data-testid="assessment-row"][data-id="${id}"] [data-testid="assessment-pick"]`).check();
    }
    await page.getByTestId('assessment-compare').click();
    await page.waitForURL(new RegExp(`/assessments/${t1.id}/compare/${assessmentId}$`));
    await page.locator('[data-testid="compare"][data-state="ready"]').waitFor();
    expect(await page.getByTestId('compare-title').innerText()).toBe('对比 T0 → T1');
    expect(await page.getByTestId('compare-total').getAttribute('data-direction')).toBe('up');
    expect(await page.getByTestId('compare-total').innerText()).toMatch(/总分 \+[\d.]+/);
    const quality = page.getByTestId('compare-scene-quality');
    expect(await quality.innerText()).toContain('+1');
    expect(await quality.locator('.delta').getAttribute('data-direction')).toBe('up');
    expect(await page.getByTestId('compare-dimension-foundation').locator('.delta').getAttribute('data-direction')).toBe('up');
    await context.close();
  });
});
