import type { Locale } from '@xinzhi/shared-contracts';
import { platformEnUS } from './en-US';
import { platformZhCN } from './zh-CN';

/** Keys of the platform operator's page texts. */
export type PlatformTranslationKey = keyof typeof platformEnUS;

/** The texts in every language, registered when the platform routes load. */
export const PLATFORM_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<PlatformTranslationKey, string>>>> = {
  'en-US': platformEnUS,
  'zh-CN': platformZhCN,
};
