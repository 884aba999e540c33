export { projectsEnUS } from './lib/en-US';
export { projectsZhCN } from './lib/zh-CN';
export { PROJECTS_DICTIONARIES, type ProjectsTranslationKey } from './lib/dictionaries';
