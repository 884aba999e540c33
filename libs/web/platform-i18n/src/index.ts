export { platformEnUS } from './lib/en-US';
export { platformZhCN } from './lib/zh-CN';
export { PLATFORM_DICTIONARIES, type PlatformTranslationKey } from './lib/dictionaries';
