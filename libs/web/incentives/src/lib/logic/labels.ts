import type { AwardStatus, IncentiveKind, IncentiveTrigger, SkillTag } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** Translation keys and tag colours of the incentive enumerations. */
export const KIND_LABELS: Readonly<Record<IncentiveKind, TranslationKey>> = {
  bonus: 'incentiveKind.bonus',
  points: 'incentiveKind.points',
  equity: 'incentiveKind.equity',
  performance: 'incentiveKind.performance',
  recognition: 'incentiveKind.recognition',
  training_credit: 'incentiveKind.training_credit',
};

export const KIND_COLORS: Readonly<Record<IncentiveKind, string>> = {
  bonus: 'gold',
  points: 'blue',
  equity: 'purple',
  performance: 'volcano',
  recognition: 'magenta',
  training_credit: 'cyan',
};

export const TRIGGER_LABELS: Readonly<Record<IncentiveTrigger, TranslationKey>> = {
  task_done: 'incentiveTrigger.task_done',
  kpi_target_reached: 'incentiveTrigger.kpi_target_reached',
  team_all_done: 'incentiveTrigger.team_all_done',
};

export const AWARD_STATUS_LABELS: Readonly<Record<AwardStatus, TranslationKey>> = {
  proposed: 'awardStatus.proposed',
  approved: 'awardStatus.approved',
  rejected: 'awardStatus.rejected',
  paid: 'awardStatus.paid',
};

export const AWARD_STATUS_COLORS: Readonly<Record<AwardStatus, string>> = {
  proposed: 'processing',
  approved: 'success',
  rejected: 'error',
  paid: 'green',
};

export const SKILL_LABELS: Readonly<Record<SkillTag, TranslationKey>> = {
  data_analysis: 'skill.data_analysis',
  ai: 'skill.ai',
  iot: 'skill.iot',
  cloud: 'skill.cloud',
  automation: 'skill.automation',
  security: 'skill.security',
  digital_management: 'skill.digital_management',
  industrial_software: 'skill.industrial_software',
};

/** Business areas and technology types (texts in libs/web/projects-i18n, loaded with these routes too): defined once in web-core. */
import { AREA_LABELS, TECH_LABELS } from '@xinzhi/web-core';
export { AREA_LABELS, TECH_LABELS };

/** The label of a business area or technology type the API sent (a newer API may send one this client does not know). */
export function areaLabel(value: string): TranslationKey | null {
  return (AREA_LABELS as Record<string, TranslationKey>)[value] ?? null;
}

export function techLabel(value: string): TranslationKey | null {
  return (TECH_LABELS as Record<string, TranslationKey>)[value] ?? null;
}
