import type {
  Analysis,
  AnalysisCell,
  AnalysisMeasure,
  AnalysisValue,
  ClassificationDimension,
  EnterpriseScale,
  Locale,
  ManufacturingType,
} from '@xinzhi/shared-contracts';
import { industrySectionName, MANUFACTURING_LABELS, SCALE_LABELS, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import type { EChartsCoreOption } from 'echarts/core';

type T = (key: TranslationKey, params?: TranslationParams) => string;

export const DIMENSION_LABELS: Readonly<Record<ClassificationDimension, TranslationKey>> = {
  industry: 'analysis.dim.industry',
  scale: 'analysis.dim.scale',
  region: 'analysis.dim.region',
  emerging: 'analysis.dim.emerging',
  manufacturingType: 'analysis.dim.manufacturingType',
};

export const MEASURE_LABELS: Readonly<Record<AnalysisMeasure, TranslationKey>> = {
  tenantCount: 'analysis.measure.tenantCount',
  meanIndex: 'analysis.measure.meanIndex',
  meanMaturityPoints: 'analysis.measure.meanMaturityPoints',
  levelDistribution: 'analysis.measure.levelDistribution',
  shareLate: 'analysis.measure.shareLate',
  painPoints: 'analysis.measure.painPoints',
};

/** The name of a dimension's value (an industry section's name, a scale's word, …) in the language. */
export function keyLabel(dim: ClassificationDimension, key: string, locale: Locale, t: T): string {
  switch (dim) {
    case 'industry':
      return `${key} ${industrySectionName(key, locale)}`;
    case 'scale':
      return SCALE_LABELS[key as EnterpriseScale] ? t(SCALE_LABELS[key as EnterpriseScale]) : key;
    case 'manufacturingType':
      return MANUFACTURING_LABELS[key as ManufacturingType] ? t(MANUFACTURING_LABELS[key as ManufacturingType]) : key;
    case 'emerging':
      return key === 'emerging' ? t('analysis.key.emerging') : t('analysis.key.traditional');
    case 'region':
      return key;
  }
}

/** A measure's value as people read it: counts as is, the index and shares in percent, points with one decimal, levels listed. */
export function formatValue(v: AnalysisValue, measure: AnalysisMeasure, locale: Locale, t: T): string {
  if (measure === 'levelDistribution')
    return (v.levels ?? [])
      .map((l) => `${l.level === null ? t('analysis.levelNone') : t('analysis.level', { level: l.level })} ×${l.count}`)
      .join(' · ');
  if (v.value === null) return t('analysis.noValue');
  switch (measure) {
    case 'meanIndex':
    case 'shareLate':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v.value);
    case 'meanMaturityPoints':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v.value);
    default:
      return String(v.value);
  }
}

export interface PivotGridRow {
  key: string;
  cells: (AnalysisCell | null)[];
  total: AnalysisValue;
}

/** The pivot laid out as a grid: one row per row key with a cell (or null) per column key, in order. */
export function pivotGrid(a: Analysis): PivotGridRow[] {
  const byKey = new Map(a.cells.map((c) => [`${c.row}\u0000${c.col}`, c]));
  return a.rowKeys.map((key, i) => ({
    key,
    cells: a.colKeys.map((col) => byKey.get(`${key}\u0000${col}`) ?? null),
    total: a.rowTotals[i],
  }));
}

/** The number a chart draws for a value: the index and shares in percent; for levels, the assessed tenants. */
export function chartNumber(v: AnalysisValue | null, measure: AnalysisMeasure): number | null {
  if (!v || v.value === null) return null;
  return measure === 'meanIndex' || measure === 'shareLate' ? Math.round(v.value * 1000) / 10 : Math.round(v.value * 100) / 100;
}

/** Grouped bars: one group per row key, one bar series per column key; a bar's data carries its row and column for drilling. */
export function pivotBarOption(
  a: Analysis,
  label: (dim: ClassificationDimension, key: string) => string,
  measureName: string,
): EChartsCoreOption {
  const grid = pivotGrid(a);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: a.rowKeys.map((k) => label(a.rows, k)),
      axisLabel: { interval: 0, rotate: a.rowKeys.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: measureName },
    series: a.colKeys.map((col, j) => ({
      name: label(a.cols, col),
      type: 'bar',
      data: grid.map((row) => ({ value: chartNumber(row.cells[j], a.measure), row: row.key, col })),
    })),
  };
}
