export { parkEnUS } from './lib/en-US';
export { parkZhCN } from './lib/zh-CN';
export { PARK_DICTIONARIES, type ParkTranslationKey } from './lib/dictionaries';
