import { labelIn, SheetColumn, SheetSpec, Words } from '@xinzhi/server-core';
import { Kpi, KpiCategory, KpiReading, Locale } from '@xinzhi/shared-contracts';

const CATEGORY_WORDS: Readonly<Record<KpiCategory, Words>> = {
  efficiency: { zh: '效率', en: 'Efficiency' },
  quality: { zh: '质量', en: 'Quality' },
  cost: { zh: '成本', en: 'Cost' },
  green: { zh: '绿色', en: 'Green' },
  digital_foundation: { zh: '数字化基础', en: 'Digital foundation' },
};
const DIRECTION_WORDS: Readonly<Record<Kpi['direction'], Words>> = {
  higher_is_better: { zh: '越高越好', en: 'Higher is better' },
  lower_is_better: { zh: '越低越好', en: 'Lower is better' },
};
const SOURCE_WORDS: Readonly<Record<KpiReading['source'], Words>> = {
  manual: { zh: '手工录入', en: 'Manual' },
  import: { zh: '导入', en: 'Import' },
  api: { zh: '接口', en: 'API' },
};

interface KpiSheetRow {
  id: string;
  name: string;
  unit: string;
  category: string | null;
  direction: string | null;
  baseline: number;
  target: number;
  targetDate: string | null;
  ownerName: string | null;
  latestOn: string | null;
  latestValue: number | null;
  attainment: number;
}

interface ReadingSheetRow {
  id: string;
  kpiId: string;
  kpiName: string;
  takenOn: string;
  value: number;
  unit: string;
  source: string | null;
  recordedByName: string | null;
}

const KPI_COLUMNS: ReadonlyArray<SheetColumn<KpiSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'name', header: { zh: '指标', en: 'KPI' }, width: 28 },
  { key: 'unit', header: { zh: '单位', en: 'Unit' }, width: 10 },
  { key: 'category', header: { zh: '类别', en: 'Category' }, width: 14 },
  { key: 'direction', header: { zh: '方向', en: 'Direction' }, width: 14 },
  { key: 'baseline', header: { zh: '基线', en: 'Baseline' }, type: 'number', width: 12 },
  { key: 'target', header: { zh: '目标', en: 'Target' }, type: 'number', width: 12 },
  { key: 'targetDate', header: { zh: '目标日期', en: 'Target date' }, type: 'date', width: 12 },
  { key: 'ownerName', header: { zh: '负责人', en: 'Owner' }, width: 16 },
  { key: 'latestOn', header: { zh: '最新读数日期', en: 'Latest reading on' }, type: 'date', width: 14 },
  { key: 'latestValue', header: { zh: '最新读数', en: 'Latest value' }, type: 'number', width: 12 },
  { key: 'attainment', header: { zh: '达成率', en: 'Attainment' }, type: 'percent', width: 12 },
];

const READING_COLUMNS: ReadonlyArray<SheetColumn<ReadingSheetRow>> = [
  { key: 'id', header: { zh: '编号', en: 'Key' }, width: 38 },
  { key: 'kpiId', header: { zh: '指标编号', en: 'KPI key' }, width: 38 },
  { key: 'kpiName', header: { zh: '指标', en: 'KPI' }, width: 28 },
  { key: 'takenOn', header: { zh: '日期', en: 'Date' }, type: 'date', width: 12 },
  { key: 'value', header: { zh: '数值', en: 'Value' }, type: 'number', width: 12 },
  { key: 'unit', header: { zh: '单位', en: 'Unit' }, width: 10 },
  { key: 'source', header: { zh: '来源', en: 'Source' }, width: 10 },
  { key: 'recordedByName', header: { zh: '录入人', en: 'Recorded by' }, width: 16 },
];

/** A project's KPIs and their readings: a KPI sheet and a long-format readings sheet (one row per reading). */
export function kpiSheets(
  kpis: ReadonlyArray<{ kpi: Kpi; readings: readonly KpiReading[] }>,
  locale: Locale,
): [SheetSpec<KpiSheetRow>, SheetSpec<ReadingSheetRow>] {
  return [
    {
      name: { zh: '指标', en: 'KPIs' },
      columns: KPI_COLUMNS,
      rows: kpis.map(({ kpi: k }) => ({
        id: k.id,
        name: k.name,
        unit: k.unit,
        category: labelIn(CATEGORY_WORDS, k.category, locale),
        direction: labelIn(DIRECTION_WORDS, k.direction, locale),
        baseline: k.baseline,
        target: k.target,
        targetDate: k.targetDate,
        ownerName: k.ownerName,
        latestOn: k.latest?.takenOn ?? null,
        latestValue: k.latest?.value ?? null,
        attainment: k.attainment,
      })),
    },
    {
      name: { zh: '读数', en: 'Readings' },
      columns: READING_COLUMNS,
      rows: kpis.flatMap(({ kpi, readings }) =>
        readings.map((r) => ({
          id: r.id,
          kpiId: kpi.id,
          kpiName: kpi.name,
          takenOn: r.takenOn,
          value: r.value,
          unit: kpi.unit,
          source: labelIn(SOURCE_WORDS, r.source, locale),
          recordedByName: r.recordedByName,
        })),
      ),
    },
  ];
}
