export { surveysEnUS } from './lib/en-US';
export { surveysZhCN } from './lib/zh-CN';
export { SURVEYS_DICTIONARIES, type SurveysTranslationKey } from './lib/dictionaries';
