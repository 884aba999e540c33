import type { Locale } from '@xinzhi/shared-contracts';
import { parkEnUS } from './en-US';
import { parkZhCN } from './zh-CN';

/** Keys of the park oversight, showcase and benchmark texts. */
export type ParkTranslationKey = keyof typeof parkEnUS;

/** The feature's texts in every language, registered when its routes load. */
export const PARK_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<ParkTranslationKey, string>>>> = {
  'en-US': parkEnUS,
  'zh-CN': parkZhCN,
};
