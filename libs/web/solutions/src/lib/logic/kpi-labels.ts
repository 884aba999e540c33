import type { KpiCategory, KpiDirection } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** KPI directions and categories (their texts load with the project workspace's, which these routes load too). */
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
