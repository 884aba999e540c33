import type { Locale, RecommendationReason } from '@xinzhi/shared-contracts';
import { AREA_LABELS, industrySectionName, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { sceneLabel } from './labels';

/** A text to show: a key and its values (names already in the reader's language). */
export interface Worded {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/**
 * A recommendation reason in words: the API sends facts, the client words them in the reader's
 * language ("answers your pain point «…» in Warehousing and logistics", "raises 仓储物流 from level 1
 * toward 2", "suits small enterprises", "4 weeks"). `t` translates the names inside the sentence.
 */
export function wordReason(reason: RecommendationReason, t: (key: TranslationKey) => string, locale: Locale): Worded {
  switch (reason.kind) {
    case 'pain_point':
      return { key: 'reason.painPoint', params: { title: reason.title, area: t(AREA_LABELS[reason.businessArea]) } };
    case 'scene_gap': {
      const label = sceneLabel(reason.sceneId);
      return { key: 'reason.sceneGap', params: { scene: label ? t(label) : reason.sceneId, from: reason.fromLevel, to: reason.toLevel } };
    }
    case 'industry':
      return { key: 'reason.industry', params: { industry: industrySectionName(reason.section, locale) } };
    case 'scale':
      return { key: `reason.scale.${reason.scale}` };
    case 'deploy_weeks':
      return { key: 'reason.weeks', params: { weeks: reason.weeks } };
  }
}

/** The pain points a recommendation names: the adopt dialog preselects them. */
export function reasonPainPointIds(reasons: readonly RecommendationReason[]): string[] {
  return reasons.flatMap((reason) => (reason.kind === 'pain_point' ? [reason.painPointId] : []));
}
