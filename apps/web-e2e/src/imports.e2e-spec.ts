import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import type { Project } from '@xinzhi/shared-contracts';
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
} from '@xinzhi/testing';

/**
 * A leader (zh-CN) imports tasks from Excel on the project's task list: downloads the template,
 * uploads a filled file, sees the preview, applies it and sees the tasks; a file with errors shows
 * the report and offers the annotated file. Runs in an enterprise of its own.
 */
describe('importing tasks from Excel in the browser', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let browser: Browser;
  let owner: Session;
  let leaderEmail: string;
  let project: Project;
  const run = Date.now().toString(36);
  const PASSWORD = 'imports browser passphrase';

  async function xlsx(rows: Array<Array<string | number | null>>): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务');
    ws.addRow(['标题', '业务领域', '技术类型', '状态', '权重', '截止日期']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  beforeAll(async () => {
    [api, worker, browser] = await Promise.all([startApi(), startWorker(), launchBrowser()]);
    ({ owner } = await freshTenant(api.url, 'imports-browser', PASSWORD));
    leaderEmail = `leader.${run}@imports-browser.xinzhi.test`;
    await joinTenant(api.url, owner, leaderEmail, 'leader', PASSWORD, '王组长');
    project = (
      await call<Project>(api.url, 'POST', '/api/projects', {
        token: owner.accessToken,
        body: { name: `导入 ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
      })
    ).body;
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('downloads the template, previews and applies a file, and reports a wrong one', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, leaderEmail, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/projects/${project.id}/list`);
    await page.getByTestId('task-import-open').click();
    const dialog = page.getByTestId('task-import');
    await dialog.waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('import-template-zh').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    await page.getByTestId('import-file').setInputFiles({
      name: '计划.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx([
        ['上线 MES 系统', '生产制造', '物联网', '待办', 3, '2026-06-30'],
        ['设备联网', '生产制造', '物联网', '进行中', 2, '2026-05-30'],
      ]),
    });
    await page.locator('[data-testid="task-import"][data-status="preview"]').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toContain('新建 2');
    await page.getByTestId('import-apply').click();
    await page.locator('[data-testid="task-import"][data-status="done"]').waitFor();
    await page.getByText('上线 MES 系统').first().waitFor();

    await page.getByTestId('import-file').setInputFiles({
      name: '坏.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx([['坏行', '生产制造', '物联网', '待办', 'abc', '2026-06-30']]),
    });
    await page.locator('[data-testid="task-import"][data-status="failed"]').waitFor();
    const errors = await page.getByTestId('import-errors').innerText();
    expect(errors).toContain('权重');
    const annotated = page.waitForEvent('download');
    await page.getByTestId('import-errors-download').click();
    expect((await annotated).suggestedFilename()).toMatch(/\.xlsx$/);
    await context.close();
  }, 90_000);
});
