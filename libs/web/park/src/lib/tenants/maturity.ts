import type { Locale, TenantMaturity } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';

const LEVEL_KEYS: readonly TranslationKey[] = [
  'maturityLevel.0',
  'maturityLevel.1',
  'maturityLevel.2',
  'maturityLevel.3',
  'maturityLevel.4',
];

/** A tenant's latest scored maturity assessment in words ("二级", "62.5 分", the day), or null when it has none. */
export function maturityText(
  tenant: TenantMaturity,
  locale: Locale,
  t: (key: TranslationKey, params?: TranslationParams) => string,
): { level: string; points: string; assessedOn: string } | null {
  if (tenant.maturityLevel === null) return null;
  const key = LEVEL_KEYS[tenant.maturityLevel];
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(tenant.maturityPoints ?? 0);
  return {
    level: key ? t(key) : t('maturityLevel.n', { level: tenant.maturityLevel }),
    points: t('parkMaturity.points', { points }),
    assessedOn: tenant.assessedOn ? t('parkMaturity.assessedOn', { date: tenant.assessedOn }) : '',
  };
}
