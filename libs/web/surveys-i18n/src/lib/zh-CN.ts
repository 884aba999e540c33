import type { surveysEnUS } from './en-US';

/** 园区问卷（园区的编辑与结果、企业的填写页）的中文文案；键与 en-US 完全一致。 */
export const surveysZhCN: Readonly<Record<keyof typeof surveysEnUS, string>> = {
  'surveys.title': '问卷调查',
};
