import type { RecommendationReason } from '@xinzhi/shared-contracts';
import { interpolate, type TranslationKey } from '@xinzhi/web-core';
import { projectsEnUS, projectsZhCN } from '@xinzhi/web-projects-i18n';
import { solutionsEnUS, solutionsZhCN } from '@xinzhi/web-solutions-i18n';
import { reasonPainPointIds, wordReason } from './reasons';

const painPointId = '00000000-0000-4000-8000-000000000001';
const reasons: RecommendationReason[] = [
  { kind: 'pain_point', painPointId, title: '库存盘点不准', businessArea: 'warehousing_logistics', severity: 4 },
  { kind: 'scene_gap', sceneId: 'warehousing', fromLevel: 1, toLevel: 2 },
  { kind: 'industry', section: 'C' },
  { kind: 'scale', scale: 'small' },
  { kind: 'deploy_weeks', weeks: 4 },
];

/** Words every reason in one language, as the page does. */
function sentences(texts: Record<string, string>, locale: 'zh-CN' | 'en-US'): string[] {
  const t = (key: TranslationKey) => texts[key] ?? key;
  return reasons.map((reason) => {
    const worded = wordReason(reason, t, locale);
    return interpolate(t(worded.key), worded.params);
  });
}

describe('recommendation reasons in words', () => {
  it('words the facts in English', () => {
    expect(sentences({ ...projectsEnUS, ...solutionsEnUS }, 'en-US')).toEqual([
      'answers your pain point «库存盘点不准» in Warehousing and logistics',
      'raises Warehousing and logistics from level 1 toward 2',
      'made for Manufacturing',
      'suits small enterprises',
      '4 weeks',
    ]);
  });

  it('words the facts in Chinese', () => {
    expect(sentences({ ...projectsZhCN, ...solutionsZhCN }, 'zh-CN')).toEqual([
      '解决您在仓储物流的痛点«库存盘点不准»',
      '将仓储物流从 1 级提升至 2 级',
      '适用于制造业',
      '适合小型企业',
      '4 周上线',
    ]);
  });

  it('keeps an unknown scene key readable', () => {
    const worded = wordReason({ kind: 'scene_gap', sceneId: 'space_mining', fromLevel: 0, toLevel: 1 }, (key) => key, 'en-US');
    expect(worded.params?.['scene']).toBe('space_mining');
  });

  it('names the pain points to preselect in the adopt dialog', () => {
    expect(reasonPainPointIds(reasons)).toEqual([painPointId]);
    expect(reasonPainPointIds([{ kind: 'deploy_weeks', weeks: 2 }])).toEqual([]);
  });
});
