import type { Locale } from '@xinzhi/shared-contracts';
import type { ProjectsTranslationKey } from '@xinzhi/web-projects-i18n';
import type { IncentivesTranslationKey } from '@xinzhi/web-incentives-i18n';
import type { AssessmentTranslationKey } from '@xinzhi/web-assessment-i18n';
import type { PlatformTranslationKey } from '@xinzhi/web-platform-i18n';
import type { SolutionsTranslationKey } from '@xinzhi/web-solutions-i18n';
import type { ParkTranslationKey } from '@xinzhi/web-park-i18n';
import type { SurveysTranslationKey } from '@xinzhi/web-surveys-i18n';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

/** Keys of the texts loaded with the shell. The English dictionary is the source of the keys. */
export type ShellTranslationKey = keyof typeof enUS;
/** Keys of texts that load with their feature (e.g. libs/web/projects-i18n; see `provideTranslations`). */
export type FeatureTranslationKey =
  | ProjectsTranslationKey
  | IncentivesTranslationKey
  | PlatformTranslationKey
  | AssessmentTranslationKey
  | SolutionsTranslationKey
  | ParkTranslationKey
  | SurveysTranslationKey;
/** Every text the web app shows, by key. */
export type TranslationKey = ShellTranslationKey | FeatureTranslationKey;
/** The shell's texts in one language. */
export type Dictionary = Readonly<Record<ShellTranslationKey, string>>;
/** A feature's texts in one language, with exactly the feature's keys. */
export type FeatureDictionary<K extends FeatureTranslationKey> = Readonly<Record<K, string>>;
/** A feature's texts in every language, for `I18nService.register`. */
export type FeatureDictionaries<K extends FeatureTranslationKey = FeatureTranslationKey> = Readonly<Record<Locale, FeatureDictionary<K>>>;
/** Values for the `{name}` placeholders of a text. */
export type TranslationParams = Readonly<Record<string, string | number>>;

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
};

/** A key of the shell's texts (route titles use these, so the title is right before any feature loads). */
export function isTranslationKey(value: unknown): value is ShellTranslationKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(enUS, value);
}

/** Replace `{name}` placeholders with their values; unknown placeholders are left as they are. */
export function interpolate(text: string, params?: TranslationParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}
