import ExcelJS from 'exceljs';
import { IMPORT_ENUM_LABELS, ImportError, Locale, TASK_IMPORT_COLUMNS } from '@xinzhi/shared-contracts';
import { dataSheet } from './workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const zh = (locale: Locale) => locale === 'zh-CN';

const INSTRUCTIONS: Record<'zh' | 'en', string[]> = {
  zh: [
    '如何填写任务导入表',
    '每行一个任务。第一列“编号”为任务编号：留空表示新建任务；填写导出的编号表示更新该任务（只改变不同的字段）。',
    '列按名称识别（中文或英文），顺序不限；缺少的可选列保持任务原值。带 * 的列必填。',
    '业务领域、技术类型、状态可填代码、中文或英文名称（见下拉列表）。',
    '负责人填写本企业成员的邮箱；团队填写本项目团队的名称；依赖任务填写编号或任务标题。',
    '日期为 Excel 日期或 YYYY-MM-DD；完成百分比为 0–100 的整数；权重为 1–1000 的整数。',
    '公式单元格按其计算结果读取，不会执行任何公式。文件不超过 10 MB、20000 行。',
    '导入先检查所有行：任何一行有误则不写入任何内容，并给出错误报告。',
  ],
  en: [
    'How to fill in the tasks import sheet',
    'One task per row. The first column “ID” is the task’s key: leave it empty for a new task; keep an exported ID to update that task (only fields that differ change).',
    'Columns are matched by name (Chinese or English), in any order; an optional column left out keeps the task’s value. Columns marked * are required.',
    'Business area, technology type and status accept the code, the Chinese or the English label (see the drop-down lists).',
    'Assignee: the e-mail of a member of the enterprise; team: the name of a team of the project; depends on: an ID or a task title.',
    'Dates as Excel dates or YYYY-MM-DD; percent done a whole number 0–100; weight a whole number 1–1000.',
    'Formula cells are read as their result; nothing is evaluated. At most 10 MB and 20,000 rows per file.',
    'Every row is checked first: if any row is wrong, nothing is written and you get an error report.',
  ],
};

/** The tasks template: the data sheet (headers, drop-down lists for enumerations) and an instructions sheet. */
export async function tasksTemplate(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(zh(locale) ? '任务' : 'Tasks', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet(zh(locale) ? '可选值' : 'Lists', { state: 'hidden' });
  ws.columns = TASK_IMPORT_COLUMNS.map((c) => ({
    header: `${zh(locale) ? c.zh : c.en}${c.required ? '*' : ''}`,
    key: c.field,
    width: c.field === 'id' ? 38 : c.field === 'description' ? 40 : 18,
  }));
  ws.getRow(1).font = { bold: true };
  const enumFields = ['businessArea', 'technologyType', 'status'] as const;
  enumFields.forEach((field, i) => {
    const labels = Object.values(IMPORT_ENUM_LABELS[field]).map((l) => (zh(locale) ? l.zh : l.en));
    labels.forEach((label, r) => (lists.getCell(r + 1, i + 1).value = label));
    const colIndex = TASK_IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1;
    const letter = ws.getColumn(colIndex).letter;
    const listLetter = lists.getColumn(i + 1).letter;
    for (let r = 2; r <= 1001; r++) {
      ws.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'${lists.name}'!$${listLetter}$1:$${listLetter}$${labels.length}`],
        showErrorMessage: true,
      };
    }
  });
  for (const field of ['startDate', 'dueDate'])
    ws.getColumn(TASK_IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1).numFmt = 'yyyy-mm-dd';
  const help = wb.addWorksheet(zh(locale) ? '说明' : 'Instructions');
  help.getColumn(1).width = 120;
  INSTRUCTIONS[zh(locale) ? 'zh' : 'en'].forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The uploaded file's data sheet with an error column added: each wrong row says which column and what is wrong. */
export async function annotatedWorkbook(wb: ExcelJS.Workbook, errors: ImportError[], locale: Locale): Promise<Buffer> {
  const ws = dataSheet(wb);
  const col = ws.actualColumnCount + 1;
  ws.getCell(1, col).value = zh(locale) ? '错误' : 'Errors';
  ws.getCell(1, col).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getColumn(col).width = 60;
  const byRow = new Map<number, string[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.column ? `${e.column}: ${e.message}` : e.message]);
  for (const [row, messages] of byRow) {
    if (row === 1) continue;
    const cell = ws.getCell(row, col);
    cell.value = messages.join('; ');
    cell.font = { color: { argb: 'FFC00000' } };
  }
  const header = byRow.get(1);
  if (header) ws.getCell(1, col).value = `${ws.getCell(1, col).value}: ${header.join('; ')}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
