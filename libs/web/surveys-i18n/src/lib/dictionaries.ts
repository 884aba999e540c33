import type { Locale } from '@xinzhi/shared-contracts';
import { surveysEnUS } from './en-US';
import { surveysZhCN } from './zh-CN';

/** Keys of the survey texts. */
export type SurveysTranslationKey = keyof typeof surveysEnUS;

/** The feature's texts in every language, registered when its routes load. */
export const SURVEYS_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<SurveysTranslationKey, string>>>> = {
  'en-US': surveysEnUS,
  'zh-CN': surveysZhCN,
};
