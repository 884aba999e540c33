import type { Locale, Solution } from '@xinzhi/shared-contracts';

const NUMBER_FORMATS = new Map<Locale, Intl.NumberFormat>();

/** A whole number with the reader's grouping (12,000 / 12,000). */
export function formatNumber(value: number, locale: Locale): string {
  let format = NUMBER_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    NUMBER_FORMATS.set(locale, format);
  }
  return format.format(value);
}

/** A share 0–1 as a whole percent, or null. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** The price band's numbers for `catalog.price` (both ends formatted); null for a free solution. */
export function priceParams(solution: Pick<Solution, 'priceBand'>, locale: Locale): { min: string; max: string } | null {
  const { min, max } = solution.priceBand;
  if (min === 0 && max === 0) return null;
  return { min: formatNumber(min, locale), max: formatNumber(max, locale) };
}
