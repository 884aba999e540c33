import { AWARD_STATUS_WORDS, labelIn, SheetColumn, SheetSpec, Words } from '@xinzhi/server-core';
import { AwardBasis, IncentiveAward, IncentiveKind, Locale, SkillTag, TrainingRecord } from '@xinzhi/shared-contracts';

/** Rows of an award or training export at most. */
export const INCENTIVE_EXPORT_MAX = 20000;

const KIND_WORDS: Readonly<Record<IncentiveKind, Words>> = {
  bonus: { zh: '奖金', en: 'Bonus' },
  points: { zh: '积分', en: 'Points' },
  equity: { zh: '股权激励', en: 'Equity incentive' },
  performance: { zh: '绩效奖励', en: 'Performance award' },
  recognition: { zh: '荣誉表彰', en: 'Recognition' },
  training_credit: { zh: '培训学分', en: 'Training credit' },
};
const UNIT_WORDS: Readonly<Record<IncentiveAward['unit'], Words>> = { cny: { zh: '元', en: 'CNY' }, points: { zh: '积分', en: 'points' } };
const SKILL_WORDS: Readonly<Record<SkillTag, Words>> = {
  data_analysis: { zh: '数据分析', en: 'Data analysis' },
  ai: { zh: '人工智能', en: 'AI' },
  iot: { zh: '物联网', en: 'IoT' },
  cloud: { zh: '云计算', en: 'Cloud' },
  automation: { zh: '自动化', en: 'Automation' },
  security: { zh: '网络安全', en: 'Security' },
  digital_management: { zh: '数字化管理', en: 'Digital management' },
  industrial_software: { zh: '工业软件', en: 'Industrial software' },
};

/** How an award was earned, in one line of the locale. */
function basisText(b: AwardBasis, reason: IncentiveAward['reason'], locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (b.trigger) {
    case 'task_done':
      return zh ? `完成任务「${reason.title}」（权重 ${b.weight}）` : `Task “${reason.title}” done (weight ${b.weight})`;
    case 'kpi_target_reached':
      return zh
        ? `指标「${b.kpiName}」达到目标 ${b.target}${b.kpiUnit}（读数 ${b.value}${b.kpiUnit}）`
        : `KPI “${b.kpiName}” reached its target ${b.target} ${b.kpiUnit} (reading ${b.value} ${b.kpiUnit})`;
    case 'team_all_done':
      return zh ? `项目组「${reason.title}」全部 ${b.tasks} 项任务完成` : `Team “${reason.title}” finished all ${b.tasks} tasks`;
  }
}

interface AwardSheetRow {
  id: string;
  recipientName: string;
  recipientId: string;
  amount: number;
  unit: string | null;
  kind: string | null;
  scheme: string;
  status: string | null;
  basis: string;
  project: string;
  achievedOn: string;
  decidedAt: string | null;
  paidAt: string | null;
}

const AWARD_COLUMNS: ReadonlyArray<SheetColumn<AwardSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'recipientName', header: { zh: '获奖人', en: 'Recipient' }, width: 16 },
  { key: 'recipientId', header: { zh: '获奖人编号', en: 'Recipient key' }, width: 38 },
  { key: 'amount', header: { zh: '金额', en: 'Amount' }, type: 'money', width: 12 },
  { key: 'unit', header: { zh: '单位', en: 'Unit' }, width: 8 },
  { key: 'kind', header: { zh: '激励类型', en: 'Kind' }, width: 14 },
  { key: 'scheme', header: { zh: '激励方案', en: 'Scheme' }, width: 24 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, width: 10 },
  { key: 'basis', header: { zh: '依据', en: 'Basis' }, width: 44 },
  { key: 'project', header: { zh: '项目', en: 'Project' }, width: 24 },
  { key: 'achievedOn', header: { zh: '达成日期', en: 'Achieved on' }, type: 'date', width: 12 },
  { key: 'decidedAt', header: { zh: '批准时间', en: 'Approved at' }, type: 'datetime', width: 17 },
  { key: 'paidAt', header: { zh: '发放时间', en: 'Paid at' }, type: 'datetime', width: 17 },
];

/** The award ledger for payroll: one row per approved or paid award. */
export function awardSheet(awards: readonly IncentiveAward[], locale: Locale): SheetSpec<AwardSheetRow> {
  return {
    name: { zh: '奖励台账', en: 'Award ledger' },
    columns: AWARD_COLUMNS,
    rows: awards.map((a) => ({
      id: a.id,
      recipientName: a.recipientName,
      recipientId: a.recipientId,
      amount: a.amount,
      unit: labelIn(UNIT_WORDS, a.unit, locale),
      kind: labelIn(KIND_WORDS, a.kind, locale),
      scheme: a.schemeName,
      status: labelIn(AWARD_STATUS_WORDS, a.status, locale),
      basis: basisText(a.basis, a.reason, locale),
      project: a.reason.projectName,
      achievedOn: a.basis.achievedOn,
      decidedAt: a.decidedAt,
      paidAt: a.paidAt,
    })),
  };
}

interface TrainingSheetRow {
  id: string;
  userName: string;
  course: string;
  provider: string;
  hours: number;
  completedOn: string;
  skills: string;
  note: string | null;
}

const TRAINING_COLUMNS: ReadonlyArray<SheetColumn<TrainingSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'userName', header: { zh: '成员', en: 'Member' }, width: 16 },
  { key: 'course', header: { zh: '课程', en: 'Course' }, width: 30 },
  { key: 'provider', header: { zh: '培训机构', en: 'Provider' }, width: 20 },
  { key: 'hours', header: { zh: '学时', en: 'Hours' }, type: 'number', width: 8 },
  { key: 'completedOn', header: { zh: '完成日期', en: 'Completed on' }, type: 'date', width: 12 },
  { key: 'skills', header: { zh: '技能', en: 'Skills' }, width: 30 },
  { key: 'note', header: { zh: '备注', en: 'Note' }, width: 30 },
];

/** Training records, one row each, skills worded in the locale. */
export function trainingSheet(records: readonly TrainingRecord[], locale: Locale): SheetSpec<TrainingSheetRow> {
  return {
    name: { zh: '培训记录', en: 'Training records' },
    columns: TRAINING_COLUMNS,
    rows: records.map((r) => ({
      id: r.id,
      userName: r.userName,
      course: r.course,
      provider: r.provider,
      hours: r.hours,
      completedOn: r.completedOn,
      skills: r.skills.map((s) => labelIn(SKILL_WORDS, s, locale)).join(locale === 'zh-CN' ? '、' : ', '),
      note: r.note,
    })),
  };
}
