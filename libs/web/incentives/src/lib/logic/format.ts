import type { IncentiveUnit, Locale } from '@xinzhi/shared-contracts';

/** One number format per language: creating an `Intl.NumberFormat` costs far more than using one. */
const NUMBER_FORMATS = new Map<Locale, Intl.NumberFormat>();
const DAY_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** 1234.5 → "1,234.5" with the language's separators, at most 2 decimals. */
export function formatNumber(value: number, locale: Locale): string {
  let format = NUMBER_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    NUMBER_FORMATS.set(locale, format);
  }
  return format.format(value);
}

/** What follows a number of points, by language. */
const POINTS_SUFFIX: Readonly<Record<Locale, string>> = { 'zh-CN': ' 分', 'en-US': ' pts' };

/** An award or budget amount: money as "¥12,345.5", points as "600 分" / "600 pts". */
export function formatAmount(amount: number, unit: IncentiveUnit, locale: Locale): string {
  return unit === 'cny' ? `¥${formatNumber(amount, locale)}` : `${formatNumber(amount, locale)}${POINTS_SUFFIX[locale]}`;
}

/**
 * A calendar day `YYYY-MM-DD` for people ("2026年11月20日" / "Nov 20, 2026"), read as that day
 * wherever the browser is (no time zone shift); anything else is returned as it is.
 */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  let format = DAY_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    DAY_FORMATS.set(locale, format);
  }
  return format.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
