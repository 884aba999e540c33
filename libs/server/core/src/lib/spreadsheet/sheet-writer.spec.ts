import ExcelJS from 'exceljs';
import { exportLocale, namesLanguage, SheetSpec, writeWorkbook } from './sheet-writer';

describe('the sheet writer', () => {
  it('reads the language from Accept-Language first, else the saved one, else Chinese', () => {
    expect(exportLocale('zh-CN,zh;q=0.9', 'en-US')).toBe('zh-CN');
    expect(exportLocale('en-US', 'zh-CN')).toBe('en-US');
    expect(exportLocale('zh', null)).toBe('zh-CN');
    expect(exportLocale(undefined, 'en-US')).toBe('en-US');
    expect(exportLocale('*', 'en-US')).toBe('en-US');
    expect(exportLocale('', null)).toBe('zh-CN');
    expect(namesLanguage('*')).toBe(false);
    expect(namesLanguage('en-GB,en')).toBe(true);
  });

  it('writes headers in the language, real dates, percents with a format, a frozen header and widths', async () => {
    const sheet: SheetSpec<{ id: string; due: string | null; done: number; note: string | null }> = {
      name: { zh: '任务', en: 'Tasks' },
      columns: [
        { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
        { key: 'due', header: { zh: '截止日期', en: 'Due' }, type: 'date' },
        { key: 'done', header: { zh: '完成度', en: 'Done' }, type: 'percent' },
        { key: 'note', header: { zh: '备注', en: 'Note' } },
      ],
      rows: [
        { id: 'a', due: '2026-03-31', done: 0.4, note: null },
        { id: 'b', due: null, done: 1, note: 'x' },
      ],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeWorkbook([sheet], 'en-US')) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('Tasks') as ExcelJS.Worksheet;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Key', 'Due', 'Done', 'Note']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(38);
    expect(ws.getCell('B2').value).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('C2').value).toBe(0.4);
    expect(ws.getCell('C2').numFmt).toBe('0%');
    expect(ws.getCell('D3').value).toBe('x');
  });
});
