import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Locale } from '@xinzhi/shared-contracts';

/** The media type of an `.xlsx` workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a column's cells are written: dates as real Excel dates, percents (0–1) as numbers with a percent format. */
export type SheetColumnType = 'text' | 'date' | 'datetime' | 'percent' | 'number' | 'money';

/** A word in both languages. */
export interface Words {
  zh: string;
  en: string;
}

/** One column of an exported sheet: the row's field (`key`), its header in both languages, type and width. */
export interface SheetColumn<R> {
  key: keyof R & string;
  header: Words;
  type?: SheetColumnType;
  width?: number;
}

/** One sheet of an export: its name in both languages, columns and rows. */
export interface SheetSpec<R = Record<string, unknown>> {
  name: Words;
  columns: ReadonlyArray<SheetColumn<R>>;
  rows: readonly R[];
}

/**
 * The export's language: the first of Accept-Language when it is Chinese or English, else the user's saved
 * locale, else Chinese (`*`, as HTTP clients send by default, names no language).
 */
export function exportLocale(acceptLanguage: string | undefined, saved: Locale | null): Locale {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('zh')) return 'zh-CN';
  if (first.startsWith('en')) return 'en-US';
  return saved ?? 'zh-CN';
}

/** Whether Accept-Language decides the export's language (else the saved locale is read). */
export function namesLanguage(acceptLanguage: string | undefined): boolean {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') || first.startsWith('en');
}

/** The word of the locale. */
export function wordIn(words: Words, locale: Locale): string {
  return locale === 'zh-CN' ? words.zh : words.en;
}

/** A label map's word for `value` in the locale; unknown values as written. */
export function labelIn(labels: Readonly<Record<string, Words>>, value: string | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined) return null;
  const words = labels[value];
  return words ? wordIn(words, locale) : value;
}

const NUM_FMT: Partial<Record<SheetColumnType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0%',
  number: '0.##',
  money: '#,##0.00',
};

/** A calendar date (`2026-12-08`) or ISO time as a Date an Excel cell shows as written (UTC midnight for a date). */
function cellValue(value: unknown, type: SheetColumnType): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'date' || type === 'datetime') {
    if (value instanceof Date) return value;
    const text = String(value);
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    return Number.isNaN(date.getTime()) ? text : date;
  }
  if (type === 'percent' || type === 'number' || type === 'money') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : String(value);
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * The one sheet writer of every export: headers in the locale (bold, frozen), column widths and number formats
 * set, one row per item.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
export async function writeWorkbook(sheets: ReadonlyArray<SheetSpec<any>>, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xinzhi';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(wordIn(sheet.name, locale).slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      header: wordIn(c.header, locale),
      width: c.width ?? 16,
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = ws.addRow(sheet.columns.map((c) => cellValue((row as Record<string, unknown>)[c.key], c.type ?? 'text')));
      sheet.columns.forEach((c, i) => {
        const fmt = NUM_FMT[c.type ?? 'text'];
        if (fmt) added.getCell(i + 1).numFmt = fmt;
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets the download headers of a workbook reply (`name` without extension, UTF-8 allowed). */
export function sendWorkbook(reply: FastifyReply, asciiName: string, name: string, body: Buffer): Buffer {
  void reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${name}.xlsx`)}`)
    .header('cache-control', 'no-store');
  return body;
}
