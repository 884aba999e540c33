import type { Locale } from '@xinzhi/shared-contracts';
import { assessmentEnUS } from './en-US';
import { assessmentZhCN } from './zh-CN';

/** Keys of the digital-maturity assessment's texts. */
export type AssessmentTranslationKey = keyof typeof assessmentEnUS;

/** The feature's texts in every language, registered when its routes load. */
export const ASSESSMENT_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<AssessmentTranslationKey, string>>>> = {
  'en-US': assessmentEnUS,
  'zh-CN': assessmentZhCN,
};
