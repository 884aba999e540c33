import type { Locale } from '@xinzhi/shared-contracts';
import { solutionsEnUS } from './en-US';
import { solutionsZhCN } from './zh-CN';

/** Keys of the pain-point, solution-catalog, recommendation, adoption, outcome and demand texts. */
export type SolutionsTranslationKey = keyof typeof solutionsEnUS;

/** The feature's texts in every language, registered when its routes load. */
export const SOLUTIONS_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<SolutionsTranslationKey, string>>>> = {
  'en-US': solutionsEnUS,
  'zh-CN': solutionsZhCN,
};
