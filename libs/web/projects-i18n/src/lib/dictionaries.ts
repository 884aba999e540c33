import type { Locale } from '@xinzhi/shared-contracts';
import { projectsEnUS } from './en-US';
import { projectsZhCN } from './zh-CN';

/** Keys of the transformation project workspace's texts. */
export type ProjectsTranslationKey = keyof typeof projectsEnUS;

/** The workspace's texts in every language, registered when its routes load. */
export const PROJECTS_DICTIONARIES: Readonly<Record<Locale, Readonly<Record<ProjectsTranslationKey, string>>>> = {
  'en-US': projectsEnUS,
  'zh-CN': projectsZhCN,
};
