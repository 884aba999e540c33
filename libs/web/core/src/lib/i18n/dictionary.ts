import type { Locale } from '@xinzhi/shared-contracts';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

/** Every text the web app shows, by key. The English dictionary is the source of the keys. */
export type TranslationKey = keyof typeof enUS;
export type Dictionary = Readonly<Record<TranslationKey, string>>;
/** Values for the `{name}` placeholders of a text. */
export type TranslationParams = Readonly<Record<string, string | number>>;

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
};

export function isTranslationKey(value: unknown): value is TranslationKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(enUS, value);
}

/** Replace `{name}` placeholders with their values; unknown placeholders are left as they are. */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}
