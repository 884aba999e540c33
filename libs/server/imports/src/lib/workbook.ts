import ExcelJS from 'exceljs';

/** A cell as the import reads it: formulas as their cached result, links and rich text as their text, nothing evaluated. */
export type CellValue = string | number | boolean | Date | null;

/** One data row: its Excel row number and its cells by column index (0-based, as the header row orders them). */
export interface SheetRow {
  row: number;
  cells: CellValue[];
  /** Columns whose number format shows a percent (the cell holds 0.45 for 45 %). */
  percentCells: Set<number>;
}

export interface ReadSheet {
  headers: string[];
  rows: SheetRow[];
}

/** Whether the bytes start like a zip archive (an .xlsx is one). */
export function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

/** Loads a workbook; null when exceljs cannot read it (not an .xlsx). */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook | null> {
  if (!looksLikeZip(buffer)) return null;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  return wb.worksheets.length ? wb : null;
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return plain((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return null;
}

/** The data sheet: the first worksheet (the template's instructions come after it). */
export function dataSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.worksheets[0];
}

/** Data rows below the header (row 1), blank rows left out. */
export function dataRowCount(ws: ExcelJS.Worksheet): number {
  return Math.max(0, ws.actualRowCount - 1);
}

export function readSheet(ws: ExcelJS.Worksheet): ReadSheet {
  const headerRow = ws.getRow(1);
  const headers: string[] = [];
  const width = Math.max(headerRow.cellCount, 0);
  for (let c = 1; c <= width; c++) {
    const v = plain(headerRow.getCell(c).value);
    headers.push(v === null ? '' : String(v).trim());
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: CellValue[] = [];
    const percentCells = new Set<number>();
    let any = false;
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      let v = plain(cell.value);
      if (typeof v === 'string') v = v.trim() === '' ? null : v.trim();
      if (v !== null) any = true;
      if (cell.numFmt?.includes('%')) percentCells.add(c - 1);
      cells.push(v);
    }
    if (any) rows.push({ row: n, cells, percentCells });
  });
  return { headers, rows };
}
