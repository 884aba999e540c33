import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { Project, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant, launchBrowser, openPage, Session, signInWithForm, startApi } from '@xinzhi/testing';

/**
 * "Export Excel" in the browser: the task list's button downloads the filtered tasks as a workbook in the
 * page's language, and the members page downloads its members. Runs in an enterprise of its own.
 */
describe('Excel exports in the browser', () => {
  const run = Date.now().toString(36);
  const PASSWORD = 'exports journey passphrase';
  let api: ApiProcess;
  let browser: Browser;
  let owner: Session;
  let project: Project;
  const tasks: Task[] = [];

  const as = <T>(s: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: s.accessToken, body });

  async function firstColumn(path: string): Promise<{ header: string; keys: string[] }> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    const keys: string[] = [];
    book.worksheets[0].eachRow((row, i) => i > 1 && keys.push(String(row.getCell(1).value)));
    return { header: String(book.worksheets[0].getCell('A1').value), keys };
  }

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    ({ owner } = await freshTenant(api.url, 'exports-journey', PASSWORD));
    project = (
      await as<Project>(owner, 'POST', '/api/projects', { name: `导出旅程 ${run}`, startDate: '2026-01-01', targetDate: '2026-12-31' })
    ).body;
    for (const [title, businessArea] of [
      ['财务共享', 'finance'],
      ['设备联网', 'production'],
    ]) {
      const res = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, { title, businessArea, technologyType: 'big_data' });
      expect(res.status).toBe(201);
      tasks.push(res.body);
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('downloads the filtered task list and the members as workbooks in Chinese', async () => {
    const { context, page } = await openPage(browser, { locale: 'zh-CN' });
    await signInWithForm(page, api.url, owner.email, PASSWORD);
    await page.getByTestId('workspace-title').waitFor();
    await page.goto(`${api.url}/projects/${project.id}/list?area=finance`);
    await page.getByTestId('task-export').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('task-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('任务.xlsx');
    expect(await firstColumn(await file.path())).toEqual({ header: '编号', keys: [tasks[0].id] });

    await page.goto(`${api.url}/members`);
    await page.getByTestId('members-export').waitFor();
    const members = page.waitForEvent('download');
    await page.getByTestId('members-export').click();
    const membersFile = await members;
    expect(membersFile.suggestedFilename()).toBe('成员.xlsx');
    expect((await firstColumn(await membersFile.path())).keys).toHaveLength(1);
    await context.close();
  });
});
