import type { Locale } from '@xinzhi/shared-contracts';
import { incentivesEnUS } from './en-US';
import { incentivesZhCN } from './zh-CN';

/** Keys of the incentives and learning-organisation texts. */
export type IncentivesTranslationKey = keyof typeof incentivesEnUS;

/** The feature's texts in every language, registered when its routes load. */
export const INCENTIVES_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<IncentivesTranslationKey, string>>>> = {
  'en-US': incentivesEnUS,
  'zh-CN': incentivesZhCN,
};
