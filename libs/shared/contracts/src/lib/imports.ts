import { z } from 'zod';
import { LOCALES } from './locale';
import { BUSINESS_AREAS, TASK_STATUSES, TECHNOLOGY_TYPES } from './projects';
import { UuidSchema } from './schema';

/** What an Excel import brings in. Only tasks are imported so far. */
export const IMPORT_KINDS = ['tasks'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['validating', 'preview', 'failed', 'applying', 'done'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Largest upload (bytes) and most data rows of one file. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_ROWS_MAX = 20000;
/** Errors an import keeps and shows (the page and the annotated file); a file with more has its first 1,000. */
export const IMPORT_ERRORS_MAX = 1000;

/** The form fields of `POST /api/imports` besides the file. */
export const CreateImportFieldsSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  projectId: UuidSchema,
});
export type CreateImportFields = z.infer<typeof CreateImportFieldsSchema>;

export const ImportCreatedSchema = z.strictObject({ id: UuidSchema });
export type ImportCreated = z.infer<typeof ImportCreatedSchema>;

export const ImportErrorSchema = z.strictObject({
  /** The row number as Excel shows it (the header is row 1). */
  row: z.number().int().min(1),
  /** The column's header as the file names it (empty for the whole row or file). */
  column: z.string(),
  /** What is wrong, in the uploader's language. */
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const ImportCountsSchema = z.strictObject({
  new: z.number().int().min(0),
  changed: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  /** Rows of the project that the file does not name (deleted only when applied with `removeMissing`). */
  removed: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const ImportStateSchema = z.strictObject({
  id: UuidSchema,
  kind: z.enum(IMPORT_KINDS),
  projectId: UuidSchema.nullable(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** 0–100. */
  progress: z.number().int().min(0).max(100),
  counts: ImportCountsSchema,
  errors: z.array(ImportErrorSchema),
  /** Whether the apply deleted (or will delete) the project's rows the file does not name. */
  removeMissing: z.boolean(),
});
export type ImportState = z.infer<typeof ImportStateSchema>;

export const ApplyImportRequestSchema = z.strictObject({
  /** Delete the project's tasks the file does not name (the preview's `removed` count). */
  removeMissing: z.boolean().optional(),
});
export type ApplyImportRequest = z.infer<typeof ApplyImportRequestSchema>;

export const TemplateQuerySchema = z.strictObject({
  locale: z.enum(LOCALES).optional().describe('language of headers and instructions; zh-CN unless given'),
});
export type TemplateQuery = z.infer<typeof TemplateQuerySchema>;

/** A column of the tasks sheet: its field and its header in both languages (matched case-insensitively). */
export interface ImportColumn {
  field: string;
  zh: string;
  en: string;
  required?: boolean;
}

/** The tasks sheet's columns; the first is the key (the task's id, empty for a new task). */
export const TASK_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: 'id', zh: '编号', en: 'ID' },
  { field: 'title', zh: '标题', en: 'Title', required: true },
  { field: 'description', zh: '描述', en: 'Description' },
  { field: 'businessArea', zh: '业务领域', en: 'Business area', required: true },
  { field: 'technologyType', zh: '技术类型', en: 'Technology type', required: true },
  { field: 'team', zh: '团队', en: 'Team' },
  { field: 'assignee', zh: '负责人', en: 'Assignee' },
  { field: 'status', zh: '状态', en: 'Status' },
  { field: 'percentDone', zh: '完成百分比', en: 'Percent done' },
  { field: 'weight', zh: '权重', en: 'Weight' },
  { field: 'startDate', zh: '开始日期', en: 'Start date' },
  { field: 'dueDate', zh: '截止日期', en: 'Due date' },
  { field: 'dependsOn', zh: '依赖任务', en: 'Depends on' },
  { field: 'blockedReason', zh: '受阻原因', en: 'Blocked reason' },
];

/** Other headers accepted for a column (e.g. as other lists name it). */
export const TASK_IMPORT_HEADER_ALIASES: Readonly<Record<string, string>> = {
  key: 'id',
  id: 'id',
  键: 'id',
  任务编号: 'id',
  任务: 'title',
  任务名称: 'title',
  name: 'title',
  'assignee e-mail': 'assignee',
  'assignee email': 'assignee',
  负责人邮箱: 'assignee',
  进度: 'percentDone',
  完成度: 'percentDone',
  percent: 'percentDone',
  '% done': 'percentDone',
  开始: 'startDate',
  截止: 'dueDate',
  due: 'dueDate',
  start: 'startDate',
  前置任务: 'dependsOn',
};

/** The enumerations a sheet accepts as code, Chinese label or English label. */
export const IMPORT_ENUM_LABELS: Readonly<
  Record<'businessArea' | 'technologyType' | 'status', Record<string, { zh: string; en: string }>>
> = {
  businessArea: {
    procurement: { zh: '采购', en: 'Procurement' },
    rnd_design: { zh: '研发设计', en: 'R&D and design' },
    production: { zh: '生产制造', en: 'Production' },
    warehousing_logistics: { zh: '仓储物流', en: 'Warehousing and logistics' },
    sales_marketing: { zh: '销售营销', en: 'Sales and marketing' },
    service: { zh: '售后服务', en: 'After-sales service' },
    finance: { zh: '财务管理', en: 'Finance' },
    hr: { zh: '人力资源', en: 'Human resources' },
    management: { zh: '经营管理', en: 'Business management' },
  } satisfies Record<(typeof BUSINESS_AREAS)[number], { zh: string; en: string }>,
  technologyType: {
    big_data: { zh: '大数据', en: 'Big data' },
    cloud_computing: { zh: '云计算', en: 'Cloud computing' },
    artificial_intelligence: { zh: '人工智能', en: 'Artificial intelligence' },
    internet_of_things: { zh: '物联网', en: 'Internet of Things' },
    technology_convergence: { zh: '技术融合', en: 'Technology convergence' },
  } satisfies Record<(typeof TECHNOLOGY_TYPES)[number], { zh: string; en: string }>,
  status: {
    todo: { zh: '待办', en: 'To do' },
    in_progress: { zh: '进行中', en: 'In progress' },
    blocked: { zh: '受阻', en: 'Blocked' },
    done: { zh: '已完成', en: 'Done' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  } satisfies Record<(typeof TASK_STATUSES)[number], { zh: string; en: string }>,
};
