export { assessmentEnUS } from './lib/en-US';
export { assessmentZhCN } from './lib/zh-CN';
export { ASSESSMENT_DICTIONARIES, type AssessmentTranslationKey } from './lib/dictionaries';
