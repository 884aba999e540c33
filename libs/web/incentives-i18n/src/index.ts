export { incentivesEnUS } from './lib/en-US';
export { incentivesZhCN } from './lib/zh-CN';
export { INCENTIVES_DICTIONARIES, type IncentivesTranslationKey } from './lib/dictionaries';
