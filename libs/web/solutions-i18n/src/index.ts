export { solutionsEnUS } from './lib/en-US';
export { solutionsZhCN } from './lib/zh-CN';
export { SOLUTIONS_DICTIONARIES, type SolutionsTranslationKey } from './lib/dictionaries';
