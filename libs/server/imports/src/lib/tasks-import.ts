import {
  canTransition,
  CreateTaskRequestSchema,
  IMPORT_ENUM_LABELS,
  IMPORT_ERRORS_MAX,
  ImportCounts,
  ImportError,
  Locale,
  TASK_IMPORT_COLUMNS,
  TASK_IMPORT_HEADER_ALIASES,
  TaskStatus,
} from '@xinzhi/shared-contracts';
import { ExistingTask, TaskWrite } from './imports.data';
import { CellValue, ReadSheet } from './workbook';

/** What the project holds that a tasks sheet refers to. */
export interface TasksContext {
  tasks: ExistingTask[];
  teams: Array<{ id: string; name: string }>;
  members: Array<{ userId: string; email: string }>;
}

/** A row to write: a new task (no id) or a change of an existing one; `dependsOn` names a task or another new row. */
export interface PlannedTask {
  row: number;
  id: string | null;
  fields: TaskWrite;
  /** A new row of the file this task depends on (set after the new rows exist). */
  dependsOnNewRow: number | null;
}

export interface TasksPlan {
  errors: ImportError[];
  counts: ImportCounts;
  creates: PlannedTask[];
  updates: PlannedTask[];
  /** The project's tasks the file does not name. */
  missingIds: string[];
}

const MESSAGES: Record<string, { zh: string; en: string }> = {
  required: { zh: '必填', en: 'is required' },
  invalid: { zh: '值无效', en: 'is not valid' },
  title: { zh: '须为 1–200 个字符', en: 'must have 1–200 characters' },
  description: { zh: '过长', en: 'is too long' },
  enum: { zh: '不是可选值之一：{options}', en: 'is not one of: {options}' },
  number: { zh: '须为整数 {min}–{max}', en: 'must be a whole number from {min} to {max}' },
  date: { zh: '须为日期（YYYY-MM-DD）', en: 'must be a date (YYYY-MM-DD)' },
  dueBeforeStart: { zh: '早于开始日期', en: 'is before the start date' },
  unknownKey: { zh: '本项目没有此编号的任务', en: 'names no task of this project' },
  duplicateKey: { zh: '编号在文件中重复', en: 'appears twice in the file' },
  unknownTeam: { zh: '本项目没有此名称的团队', en: 'names no team of this project' },
  unknownAssignee: { zh: '不是本企业成员的邮箱', en: 'is not the e-mail of a member of this enterprise' },
  unknownDependency: { zh: '本项目或文件中没有此任务', en: 'names no task of this project or of the file' },
  ambiguousDependency: { zh: '有多个同名任务，请填写编号', en: 'matches several tasks by title; give the ID' },
  selfDependency: { zh: '任务不能依赖自身', en: 'a task cannot depend on itself' },
  cycle: { zh: '依赖关系形成循环', en: 'the dependencies make a cycle' },
  blockedReason: { zh: '任务受阻时必填', en: 'is required when the task is blocked' },
  done: { zh: '任务已完成时须为 100', en: 'must be 100 when the task is done' },
  transition: { zh: '已取消的任务只能重新打开为待办', en: 'a cancelled task can only be reopened to To do' },
  missingColumn: { zh: '缺少必需的列', en: 'required column is missing' },
  unknownColumn: { zh: '无法识别的列（已忽略）', en: 'unknown column' },
};

function say(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = MESSAGES[key][locale === 'zh-CN' ? 'zh' : 'en'];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The field each header names (null for a header the import does not know). */
export function matchHeaders(headers: string[]): Array<string | null> {
  const byName = new Map<string, string>();
  for (const c of TASK_IMPORT_COLUMNS) {
    byName.set(norm(c.zh), c.field);
    byName.set(norm(c.en), c.field);
    byName.set(norm(c.field), c.field);
  }
  for (const [alias, field] of Object.entries(TASK_IMPORT_HEADER_ALIASES)) byName.set(norm(alias), field);
  const seen = new Set<string>();
  return headers.map((h) => {
    const field = byName.get(norm(h.replace(/\*$/, ''))) ?? null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
}

/** The code of an enumeration value given as code, Chinese label or English label. */
function enumCode(kind: keyof typeof IMPORT_ENUM_LABELS, value: string): string | null {
  const v = norm(value);
  for (const [code, l] of Object.entries(IMPORT_ENUM_LABELS[kind])) {
    if (norm(code) === v || norm(l.zh) === v || norm(l.en) === v) return code;
  }
  return null;
}

function enumOptions(kind: keyof typeof IMPORT_ENUM_LABELS, locale: Locale): string {
  return Object.values(IMPORT_ENUM_LABELS[kind])
    .map((l) => (locale === 'zh-CN' ? l.zh : l.en))
    .join(locale === 'zh-CN' ? '、' : ', ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date from a date cell, an Excel serial number or text like 2026-01-05 / 2026/1/5. */
function toDate(v: CellValue): string | null | undefined {
  if (v === null) return null;
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number' && v > 0 && v < 2958466) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(v).trim());
  if (!m) return undefined;
  const s = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  const check = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== s ? undefined : s;
}

/** A whole number from a number cell or its text ("45", "45%"); percent-formatted cells hold fractions. */
function toInt(v: CellValue, percentCell: boolean): number | null | undefined {
  if (v === null) return null;
  let n: number;
  if (typeof v === 'number') n = percentCell ? v * 100 : v;
  else if (typeof v === 'string' && /^-?\d+(\.\d+)?\s*%?$/.test(v.trim())) n = Number(v.trim().replace('%', ''));
  else return undefined;
  const r = Math.round(n * 1e6) / 1e6;
  return Number.isInteger(r) ? r : undefined;
}

const text = (v: CellValue): string | null => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

const SAME_FIELDS: Array<keyof TaskWrite> = [
  'title',
  'description',
  'businessArea',
  'technologyType',
  'teamId',
  'assigneeId',
  'status',
  'percentDone',
  'weight',
  'startDate',
  'dueDate',
  'dependsOnId',
  'blockedReason',
];

/**
 * Reads every row of a tasks sheet against the project and works out what an apply would write.
 * All or nothing: any error and the plan writes nothing. The checks are the task API's own — the
 * request schema of the contracts for each value, then references, dates, status rules.
 */
export function planTasks(sheet: ReadSheet, ctx: TasksContext, locale: Locale): TasksPlan {
  const errors: ImportError[] = [];
  const fields = matchHeaders(sheet.headers);
  const col = (field: string) => fields.indexOf(field);
  const header = (field: string) =>
    sheet.headers[col(field)] ?? TASK_IMPORT_COLUMNS.find((c) => c.field === field)?.[locale === 'zh-CN' ? 'zh' : 'en'] ?? field;
  const colName = (field: string) => TASK_IMPORT_COLUMNS.find((c) => c.field === field)?.[locale === 'zh-CN' ? 'zh' : 'en'] ?? field;
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const c of TASK_IMPORT_COLUMNS) {
    if (c.required && col(c.field) < 0) errors.push({ row: 1, column: colName(c.field), message: say(locale, 'missingColumn') });
  }
  if (errors.length) return { errors, counts, creates: [], updates: [], missingIds: [] };

  const byId = new Map(ctx.tasks.map((t) => [t.id.toLowerCase(), t]));
  const titleIds = new Map<string, string[]>();
  for (const t of ctx.tasks) titleIds.set(norm(t.title), [...(titleIds.get(norm(t.title)) ?? []), t.id]);
  const teamByName = new Map(ctx.teams.map((t) => [norm(t.name), t.id]));
  const memberByEmail = new Map(ctx.members.map((mb) => [mb.email.toLowerCase(), mb.userId]));
  // New rows of the file by title, so a row may depend on another new row.
  const newRowTitles = new Map<string, number[]>();
  for (const r of sheet.rows) {
    const key = col('id') >= 0 ? r.cells[col('id')] : null;
    const title = text(r.cells[col('title')]);
    if ((key === null || key === undefined) && title) newRowTitles.set(norm(title), [...(newRowTitles.get(norm(title)) ?? []), r.row]);
  }

  const seenKeys = new Set<string>();
  const planned: Array<PlannedTask & { before: ExistingTask | null }> = [];
  const deps = new Map<string, string>(); // node → node it depends on ("t:<id>" or "r:<row>")

  for (const r of sheet.rows) {
    const rowErrors: ImportError[] = [];
    const fail = (field: string, key: string, params?: Record<string, string | number>) =>
      rowErrors.push({ row: r.row, column: header(field), message: say(locale, key, params) });
    const cell = (field: string): CellValue => (col(field) >= 0 ? (r.cells[col(field)] ?? null) : null);
    const has = (field: string) => col(field) >= 0;

    let before: ExistingTask | null = null;
    const key = text(cell('id'));
    if (key) {
      before = byId.get(key.toLowerCase()) ?? null;
      if (!before) fail('id', 'unknownKey');
      else if (seenKeys.has(before.id)) fail('id', 'duplicateKey');
      else seenKeys.add(before.id);
    }

    // Values the sheet gives, turned into the task API's request; a column the sheet lacks keeps the task's value.
    const req: Record<string, unknown> = {};
    const str = (field: string, fallback: string | null) => (has(field) ? text(cell(field)) : fallback);
    req['title'] = str('title', before?.title ?? null) ?? '';
    const description = str('description', before?.description ?? '');
    req['description'] = description ?? '';
    for (const kind of ['businessArea', 'technologyType', 'status'] as const) {
      const raw = str(kind, (before?.[kind] as string | undefined) ?? null);
      if (raw === null) {
        if (kind !== 'status') fail(kind, 'required');
        continue;
      }
      const code = enumCode(kind, raw);
      if (code) req[kind] = code;
      else fail(kind, 'enum', { options: enumOptions(kind, locale) });
    }
    for (const [field, fallback] of [
      ['percentDone', before?.percentDone ?? null],
      ['weight', before?.weight ?? 1],
    ] as const) {
      const v = has(field) ? toInt(cell(field), r.percentCells.has(col(field))) : fallback;
      if (v === undefined) fail(field, 'number', field === 'weight' ? { min: 1, max: 1000 } : { min: 0, max: 100 });
      else if (v !== null) req[field] = v;
    }
    for (const [field, fallback] of [
      ['startDate', before?.startDate ?? null],
      ['dueDate', before?.dueDate ?? null],
    ] as const) {
      const v = has(field) ? toDate(cell(field)) : fallback;
      if (v === undefined) fail(field, 'date');
      else req[field] = v;
    }
    req['blockedReason'] = str('blockedReason', before?.blockedReason ?? null);

    // The contracts' request schema checks every value the way the task API does.
    const parsed = CreateTaskRequestSchema.safeParse(req);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (rowErrors.some((e) => e.column === header(field))) continue;
        if (field === 'title') fail('title', req['title'] ? 'title' : 'required');
        else if (field === 'description') fail('description', 'description');
        else if (field === 'weight') fail('weight', 'number', { min: 1, max: 1000 });
        else if (field === 'percentDone') fail('percentDone', 'number', { min: 0, max: 100 });
        else if (field) fail(field, 'invalid');
      }
    }

    // References: team by name, assignee by e-mail, dependency by key or title.
    let teamId: string | null = before?.teamId ?? null;
    if (has('team')) {
      const name = text(cell('team'));
      teamId = name ? (teamByName.get(norm(name)) ?? null) : null;
      if (name && !teamId) fail('team', 'unknownTeam');
    }
    let assigneeId: string | null = before?.assigneeId ?? null;
    if (has('assignee')) {
      const email =
        text(cell('assignee'))
          ?.replace(/^mailto:/i, '')
          .toLowerCase() ?? null;
      assigneeId = email ? (memberByEmail.get(email) ?? null) : null;
      if (email && !assigneeId) fail('assignee', 'unknownAssignee');
    }
    let dependsOnId: string | null = before?.dependsOnId ?? null;
    let dependsOnNewRow: number | null = null;
    if (has('dependsOn')) {
      const ref = text(cell('dependsOn'));
      dependsOnId = null;
      if (ref) {
        const asKey = byId.get(ref.toLowerCase());
        const titled = titleIds.get(norm(ref)) ?? [];
        const newRows = newRowTitles.get(norm(ref)) ?? [];
        if (asKey) dependsOnId = asKey.id;
        else if (titled.length + newRows.length > 1) fail('dependsOn', 'ambiguousDependency');
        else if (titled.length === 1) dependsOnId = titled[0];
        else if (newRows.length === 1) dependsOnNewRow = newRows[0];
        else fail('dependsOn', 'unknownDependency');
        if ((before && dependsOnId === before.id) || dependsOnNewRow === r.row) fail('dependsOn', 'selfDependency');
      }
    }

    // Dates and status rules, as the task API applies them.
    const startDate = (req['startDate'] as string | null) ?? null;
    const dueDate = (req['dueDate'] as string | null) ?? null;
    if (startDate && dueDate && dueDate < startDate) fail('dueDate', 'dueBeforeStart');
    const status = ((req['status'] as TaskStatus | undefined) ?? before?.status ?? 'todo') as TaskStatus;
    if (before && !canTransition(before.status, status)) fail('status', 'transition');
    let percentDone = (req['percentDone'] as number | undefined) ?? before?.percentDone ?? 0;
    const blockedReason = status === 'blocked' ? (req['blockedReason'] as string | null)?.trim() || null : null;
    if (status === 'blocked' && !blockedReason) fail('blockedReason', 'blockedReason');
    if (status === 'done') {
      if (req['percentDone'] !== undefined && req['percentDone'] !== null && req['percentDone'] !== 100 && has('percentDone'))
        fail('percentDone', 'done');
      percentDone = 100;
    }

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const fields: TaskWrite = {
      title: String(req['title']).trim(),
      description: String(req['description'] ?? ''),
      businessArea: req['businessArea'] as string,
      technologyType: req['technologyType'] as string,
      teamId,
      assigneeId,
      status,
      percentDone,
      weight: (req['weight'] as number | undefined) ?? 1,
      startDate,
      dueDate,
      dependsOnId,
      blockedReason,
      completedAt: status === 'done' ? (before?.status === 'done' ? 'keep' : 'now') : 'clear',
    };
    const node = before ? `t:${before.id}` : `r:${r.row}`;
    if (dependsOnId) deps.set(node, `t:${dependsOnId}`);
    if (dependsOnNewRow) deps.set(node, `r:${dependsOnNewRow}`);
    planned.push({ row: r.row, id: before?.id ?? null, fields, dependsOnNewRow, before });
  }

  // Tasks the file leaves alone keep their dependencies; a cycle through the changed ones is an error.
  for (const t of ctx.tasks) if (!seenKeys.has(t.id) && t.dependsOnId) deps.set(`t:${t.id}`, `t:${t.dependsOnId}`);
  for (const p of planned) {
    const start = p.id ? `t:${p.id}` : `r:${p.row}`;
    let at = deps.get(start);
    for (let steps = 0; at && steps <= deps.size; steps++) {
      if (at === start) {
        errors.push({ row: p.row, column: header('dependsOn'), message: say(locale, 'cycle') });
        break;
      }
      at = deps.get(at);
    }
  }

  if (errors.length) return { errors: errors.slice(0, IMPORT_ERRORS_MAX), counts, creates: [], updates: [], missingIds: [] };
  const creates = planned.filter((p) => !p.before);
  const updates = planned.filter((p) => p.before && SAME_FIELDS.some((f) => p.before?.[f as keyof ExistingTask] !== p.fields[f]));
  counts.new = creates.length;
  counts.changed = updates.length;
  counts.unchanged = planned.length - creates.length - updates.length;
  const missingIds = ctx.tasks.filter((t) => !seenKeys.has(t.id)).map((t) => t.id);
  counts.removed = missingIds.length;
  return { errors, counts, creates, updates, missingIds };
}
