import type { KpiCategory, KpiDirection, ReadingInterval } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

export const KPI_DIRECTION_LABELS: Readonly<Record<KpiDirection, TranslationKey>> = {
  higher_is_better: 'kpis.direction.higher_is_better',
  lower_is_better: 'kpis.direction.lower_is_better',
};

export const KPI_CATEGORY_LABELS: Readonly<Record<KpiCategory, TranslationKey>> = {
  efficiency: 'kpis.category.efficiency',
  quality: 'kpis.category.quality',
  cost: 'kpis.category.cost',
  green: 'kpis.category.green',
  digital_foundation: 'kpis.category.digital_foundation',
};

export const READING_INTERVAL_LABELS: Readonly<Record<ReadingInterval, TranslationKey>> = {
  weekly: 'kpis.readingInterval.weekly',
  monthly: 'kpis.readingInterval.monthly',
  quarterly: 'kpis.readingInterval.quarterly',
};

/** Category tag colours. */
export const KPI_CATEGORY_COLORS: Readonly<Record<KpiCategory, string>> = {
  efficiency: 'blue',
  quality: 'purple',
  cost: 'gold',
  green: 'green',
  digital_foundation: 'cyan',
};

/** A number for people: at most two decimals, grouped by the language. */
export function formatValue(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
