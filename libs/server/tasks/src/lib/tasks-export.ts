import { BUSINESS_AREA_WORDS, labelIn, SheetColumn, SheetSpec, TASK_STATUS_WORDS, TECHNOLOGY_TYPE_WORDS } from '@xinzhi/server-core';
import { Locale, Task } from '@xinzhi/shared-contracts';

/** Rows of a task export at most (a project's plan is far smaller). */
export const TASK_EXPORT_MAX = 20000;

interface TaskSheetRow {
  id: string;
  title: string;
  description: string;
  businessArea: string | null;
  technologyType: string | null;
  teamName: string | null;
  assigneeName: string | null;
  status: string | null;
  percentDone: number;
  weight: number;
  startDate: string | null;
  dueDate: string | null;
  dependsOn: string | null;
  blockedReason: string | null;
}

const COLUMNS: ReadonlyArray<SheetColumn<TaskSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'title', header: { zh: '任务', en: 'Title' }, width: 36 },
  { key: 'description', header: { zh: '描述', en: 'Description' }, width: 40 },
  { key: 'businessArea', header: { zh: '业务领域', en: 'Business area' }, width: 16 },
  { key: 'technologyType', header: { zh: '技术类型', en: 'Technology type' }, width: 18 },
  { key: 'teamName', header: { zh: '项目组', en: 'Team' }, width: 16 },
  { key: 'assigneeName', header: { zh: '负责人', en: 'Assignee' }, width: 16 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, width: 12 },
  { key: 'percentDone', header: { zh: '完成度', en: 'Percent done' }, type: 'percent', width: 12 },
  { key: 'weight', header: { zh: '权重', en: 'Weight' }, type: 'number', width: 10 },
  { key: 'startDate', header: { zh: '开始日期', en: 'Start' }, type: 'date', width: 12 },
  { key: 'dueDate', header: { zh: '截止日期', en: 'Due' }, type: 'date', width: 12 },
  { key: 'dependsOn', header: { zh: '前置任务', en: 'Depends on' }, width: 38 },
  { key: 'blockedReason', header: { zh: '受阻原因', en: 'Blocked because' }, width: 30 },
];

/** A project's tasks as the sheet of its export: key first, enum values worded in the locale. */
export function taskSheet(tasks: readonly Task[], locale: Locale): SheetSpec<TaskSheetRow> {
  return {
    name: { zh: '任务', en: 'Tasks' },
    columns: COLUMNS,
    rows: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      businessArea: labelIn(BUSINESS_AREA_WORDS, t.businessArea, locale),
      technologyType: labelIn(TECHNOLOGY_TYPE_WORDS, t.technologyType, locale),
      teamName: t.teamName,
      assigneeName: t.assigneeName,
      status: labelIn(TASK_STATUS_WORDS, t.status, locale),
      percentDone: t.percentDone / 100,
      weight: t.weight,
      startDate: t.startDate,
      dueDate: t.dueDate,
      dependsOn: t.dependsOnId,
      blockedReason: t.blockedReason,
    })),
  };
}
