import type { AwardStatus, BusinessArea, IncentiveKind, IncentiveTrigger, SkillTag, TechnologyType } from '@xinzhi/shared-contracts';
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

/** Business areas and technology types: the project workspace's texts (libs/web/projects-i18n), loaded with these routes too. */
export const AREA_LABELS: Readonly<Record<BusinessArea, TranslationKey>> = {
  procurement: 'area.procurement',
  rnd_design: 'area.rnd_design',
  production: 'area.production',
  warehousing_logistics: 'area.warehousing_logistics',
  sales_marketing: 'area.sales_marketing',
  service: 'area.service',
  finance: 'area.finance',
  hr: 'area.hr',
  management: 'area.management',
};

export const TECH_LABELS: Readonly<Record<TechnologyType, TranslationKey>> = {
  big_data: 'tech.big_data',
  cloud_computing: 'tech.cloud_computing',
  artificial_intelligence: 'tech.artificial_intelligence',
  internet_of_things: 'tech.internet_of_things',
  technology_convergence: 'tech.technology_convergence',
};

/** The label of a business area or technology type the API sent (a newer API may send one this client does not know). */
export function areaLabel(value: string): TranslationKey | null {
  return (AREA_LABELS as Record<string, TranslationKey>)[value] ?? null;
}

export function techLabel(value: string): TranslationKey | null {
  return (TECH_LABELS as Record<string, TranslationKey>)[value] ?? null;
}
