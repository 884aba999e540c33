/** Languages the product is written in. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** Pick the product language for a browser's language list: any Chinese variant means zh-CN. */
export function pickLocale(preferred: readonly string[] | undefined, fallback: Locale = 'en-US'): Locale {
  for (const tag of preferred ?? []) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en-US';
  }
  return fallback;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
