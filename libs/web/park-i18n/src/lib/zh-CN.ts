import type { parkEnUS } from './en-US';

/** 园区监管页面（总览、企业概况、交叉分析、痛点矩阵、报表）以及样板间与同行对标的中文文案；键与 en-US 完全一致。 */
export const parkZhCN: Readonly<Record<keyof typeof parkEnUS, string>> = {
  'parkOversight.title': '园区监管',
};
