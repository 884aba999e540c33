import ExcelJS from 'exceljs';
import {
  aggregateQuestion,
  BusinessArea,
  ENTERPRISE_SCALES,
  Health,
  INDUSTRY_SECTIONS,
  Locale,
  MANUFACTURING_TYPES,
  PainPointMatrix,
  SurveyAnswers,
} from '@xinzhi/shared-contracts';
import { pivot } from '../analysis/pivot';

/** One tenant's row of the workbook: its classification and the numbers of its rollup. */
export interface ReportTenant {
  id: string;
  name: string;
  industrySection: string;
  scale: (typeof ENTERPRISE_SCALES)[number];
  region: string;
  emerging: boolean;
  manufacturingType: (typeof MANUFACTURING_TYPES)[number];
  activeProjects: number | null;
  progress: number | null;
  transformationIndex: number | null;
  health: Health | null;
  kpisStale: number | null;
  maturityLevel: number | null;
  maturityPoints: number | null;
  openPainPoints: number;
  adoptedSolutions: number | null;
}

/** Per question of a survey: its options' counts and percents. */
export interface ReportSurveyRow {
  survey: string;
  question: string;
  option: string;
  count: number;
  /** Of the question's responses, 0–1. */
  share: number;
}

export interface ReportData {
  tenants: ReportTenant[];
  matrix: PainPointMatrix;
  /** Null when surveys are not part of the report. */
  surveys: ReportSurveyRow[] | null;
}

export type Cell = string | number | null;
export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

type Texts = Record<string, { zh: string; en: string }>;

const T: Texts = {
  tenants: { zh: '企业', en: 'Tenants' },
  analysis: { zh: '交叉分析', en: 'Cross-analysis' },
  matrix: { zh: '痛点矩阵', en: 'Pain-point matrix' },
  surveys: { zh: '问卷结果', en: 'Survey results' },
  name: { zh: '企业名称', en: 'Name' },
  industry: { zh: '行业门类', en: 'Industry section' },
  scale: { zh: '规模', en: 'Scale' },
  region: { zh: '地区', en: 'Region' },
  emerging: { zh: '新兴/传统', en: 'Emerging / traditional' },
  manufacturingType: { zh: '制造类型', en: 'Manufacturing type' },
  activeProjects: { zh: '进行中项目', en: 'Active projects' },
  progress: { zh: '平均进度', en: 'Mean progress' },
  transformationIndex: { zh: '转型指数', en: 'Transformation index' },
  health: { zh: '健康状况', en: 'Health' },
  kpisStale: { zh: '未按期更新的指标', en: 'Stale KPIs' },
  maturityLevel: { zh: '成熟度等级', en: 'Maturity level' },
  maturityPoints: { zh: '成熟度得分', en: 'Maturity points' },
  openPainPoints: { zh: '未解决痛点', en: 'Open pain points' },
  adoptedSolutions: { zh: '已采用方案', en: 'Adopted solutions' },
  tenantCount: { zh: '企业数', en: 'Tenants' },
  meanIndex: { zh: '平均转型指数', en: 'Mean index' },
  total: { zh: '合计', en: 'Total' },
  businessArea: { zh: '业务领域', en: 'Business area' },
  count: { zh: '痛点数', en: 'Pain points' },
  meanSeverity: { zh: '平均严重度', en: 'Mean severity' },
  unmet: { zh: '未满足需求（目录无方案）', en: 'Unmet demand (no solution in the catalog)' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  survey: { zh: '问卷', en: 'Survey' },
  question: { zh: '题目', en: 'Question' },
  option: { zh: '选项', en: 'Option' },
  answers: { zh: '人数', en: 'Count' },
  percent: { zh: '占比（%）', en: 'Percent' },
  micro: { zh: '微型', en: 'Micro' },
  small: { zh: '小型', en: 'Small' },
  medium: { zh: '中型', en: 'Medium' },
  discrete: { zh: '离散制造', en: 'Discrete manufacturing' },
  process: { zh: '流程制造', en: 'Process manufacturing' },
  none: { zh: '非制造业', en: 'Non-manufacturing' },
  isEmerging: { zh: '新兴产业', en: 'Emerging' },
  isTraditional: { zh: '传统产业', en: 'Traditional' },
  on_track: { zh: '正常', en: 'On track' },
  at_risk: { zh: '存在风险', en: 'At risk' },
  late: { zh: '进度滞后', en: 'Late' },
  procurement: { zh: '采购', en: 'Procurement' },
  rnd_design: { zh: '研发设计', en: 'R&D and design' },
  production: { zh: '生产制造', en: 'Production' },
  warehousing_logistics: { zh: '仓储物流', en: 'Warehousing and logistics' },
  sales_marketing: { zh: '销售营销', en: 'Sales and marketing' },
  service: { zh: '售后服务', en: 'After-sales service' },
  finance: { zh: '财务管理', en: 'Finance' },
  hr: { zh: '人力资源', en: 'Human resources' },
  management: { zh: '经营管理', en: 'Business management' },
};

/** The workbook's texts: Chinese for zh-CN, English otherwise. */
export function texts(locale: Locale): (key: string) => string {
  return (key) => {
    const t = T[key];
    if (!t) return key;
    return locale === 'zh-CN' ? t.zh : t.en;
  };
}

const section = (s: string, locale: Locale) => {
  const names = INDUSTRY_SECTIONS[s];
  return names ? `${s} ${locale === 'zh-CN' ? names.zh : names.en}` : s;
};
const round = (x: number | null, digits = 3): number | null => (x === null ? null : Number(x.toFixed(digits)));

/** The tenants sheet: one row per tenant, by name. */
export function tenantsSheet(tenants: ReportTenant[], locale: Locale): Sheet {
  const t = texts(locale);
  const header = [
    'name',
    'industry',
    'scale',
    'region',
    'emerging',
    'manufacturingType',
    'activeProjects',
    'progress',
    'transformationIndex',
    'health',
    'kpisStale',
    'maturityLevel',
    'maturityPoints',
    'openPainPoints',
    'adoptedSolutions',
  ].map(t);
  const rows = [...tenants]
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((x): Cell[] => [
      x.name,
      section(x.industrySection, locale),
      t(x.scale),
      x.region,
      t(x.emerging ? 'isEmerging' : 'isTraditional'),
      t(x.manufacturingType),
      x.activeProjects,
      round(x.progress),
      round(x.transformationIndex),
      x.health === null ? null : t(x.health),
      x.kpisStale,
      x.maturityLevel,
      round(x.maturityPoints, 2),
      x.openPainPoints,
      x.adoptedSolutions,
    ]);
  return { name: t('tenants'), header, rows };
}

/** The cross-analysis sheet: industry section × scale, each cell as tenant count and mean index; totals last. */
export function analysisSheet(tenants: ReportTenant[], locale: Locale): Sheet {
  const t = texts(locale);
  const counts = pivot(tenants, 'industry', 'scale', 'tenantCount');
  const means = pivot(tenants, 'industry', 'scale', 'meanIndex');
  const header = [
    t('industry'),
    ...counts.colKeys.flatMap((c) => [`${t(c)} · ${t('tenantCount')}`, `${t(c)} · ${t('meanIndex')}`]),
    `${t('total')} · ${t('tenantCount')}`,
    `${t('total')} · ${t('meanIndex')}`,
  ];
  const cell = (a: typeof counts, row: string, col: string) => a.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
  const rows: Cell[][] = counts.rowKeys.map((row, i) => [
    section(row, locale),
    ...counts.colKeys.flatMap((col) => [cell(counts, row, col) ?? 0, round(cell(means, row, col))]),
    counts.rowTotals[i].value,
    round(means.rowTotals[i].value),
  ]);
  rows.push([
    t('total'),
    ...counts.colKeys.flatMap((_, j) => [counts.colTotals[j].value, round(means.colTotals[j].value)]),
    counts.total.value,
    round(means.total.value),
  ]);
  return { name: t('analysis'), header, rows };
}

/** The pain-point matrix sheet: one row per non-empty industry section × business area cell. */
export function matrixSheet(matrix: PainPointMatrix, locale: Locale): Sheet {
  const t = texts(locale);
  return {
    name: t('matrix'),
    header: [t('industry'), t('businessArea'), t('count'), t('meanSeverity'), t('unmet')],
    rows: matrix.cells.map((c) => [
      section(c.industrySection, locale),
      t(c.businessArea satisfies BusinessArea),
      c.count,
      round(c.meanSeverity, 2),
      t(c.unmet ? 'yes' : 'no'),
    ]),
  };
}

/** The survey results sheet: per question, each option's count and percent of the question's responses. */
export function surveysSheet(rows: ReportSurveyRow[], locale: Locale): Sheet {
  const t = texts(locale);
  return {
    name: t('surveys'),
    header: [t('survey'), t('question'), t('option'), t('answers'), t('percent')],
    rows: rows.map((r) => [r.survey, r.question, r.option, r.count, Number((r.share * 100).toFixed(2))]),
  };
}

/** A survey question as the report counts it: single or multiple choice (its options) or a 1–5 scale; text questions are left out. */
export interface SurveyQuestionForReport {
  surveyId: string;
  surveyTitle: string;
  id: string;
  kind: 'single' | 'multiple' | 'scale' | 'text';
  text: string;
  options: string[];
}

/**
 * Per choice or scale question, each option's count and its share of the responses that answered the
 * question (multiple choice: each chosen option counts, so shares may add up to more than 1) —
 * counted by the contracts' `aggregateQuestion`, as the survey results page counts them.
 */
export function surveyReportRows(
  questions: SurveyQuestionForReport[],
  responses: Array<{ surveyId: string; answers: Record<string, unknown> }>,
): ReportSurveyRow[] {
  return questions.flatMap((q) => {
    if (q.kind === 'text') return [];
    const answers = responses.filter((r) => r.surveyId === q.surveyId).map((r) => r.answers as SurveyAnswers);
    const aggregate = aggregateQuestion(q, answers);
    return aggregate.counts.map((c) => ({
      survey: q.surveyTitle,
      question: q.text,
      option: c.label,
      count: c.count,
      share: aggregate.answered ? c.count / aggregate.answered : 0,
    }));
  });
}

/** The sheets of the park report, in order. */
export function reportSheets(data: ReportData, locale: Locale): Sheet[] {
  const sheets = [tenantsSheet(data.tenants, locale), analysisSheet(data.tenants, locale), matrixSheet(data.matrix, locale)];
  if (data.surveys) sheets.push(surveysSheet(data.surveys, locale));
  return sheets;
}

/** The workbook of those sheets: a bold, frozen header row and columns wide enough for it. */
export async function workbookBuffer(sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xinzhi';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => (c.width = Math.min(40, Math.max(10, (s.header[i] ?? '').length * 2 + 2))));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
