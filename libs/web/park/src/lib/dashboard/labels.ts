import type { AttentionReason, BusinessArea, Health, ProjectPhase, ProjectStatus } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

export const REASON_LABELS: Readonly<Record<AttentionReason, TranslationKey>> = {
  late: 'parkDashboard.reason.late',
  inactive: 'parkDashboard.reason.inactive',
  staleKpis: 'parkDashboard.reason.staleKpis',
  neverAssessed: 'parkDashboard.reason.neverAssessed',
  unansweredPainPoints: 'parkDashboard.reason.unansweredPainPoints',
};

export const REASON_COLORS: Readonly<Record<AttentionReason, string>> = {
  late: 'red',
  inactive: 'default',
  staleKpis: 'orange',
  neverAssessed: 'blue',
  unansweredPainPoints: 'purple',
};

export const HEALTH_LABELS: Readonly<Record<Health, TranslationKey>> = {
  on_track: 'parkDashboard.health.on_track',
  at_risk: 'parkDashboard.health.at_risk',
  late: 'parkDashboard.health.late',
};

export const HEALTH_COLORS: Readonly<Record<Health, string>> = { on_track: 'green', at_risk: 'orange', late: 'red' };

export const PHASE_LABELS: Readonly<Record<ProjectPhase, TranslationKey>> = {
  diagnose: 'parkSummary.phase.diagnose',
  plan: 'parkSummary.phase.plan',
  implement: 'parkSummary.phase.implement',
  evaluate: 'parkSummary.phase.evaluate',
};

export const STATUS_LABELS: Readonly<Record<ProjectStatus, TranslationKey>> = {
  active: 'parkSummary.status.active',
  on_hold: 'parkSummary.status.on_hold',
  completed: 'parkSummary.status.completed',
  archived: 'parkSummary.status.archived',
};

export const AREA_LABELS: Readonly<Record<BusinessArea, TranslationKey>> = {
  procurement: 'parkSummary.area.procurement',
  rnd_design: 'parkSummary.area.rnd_design',
  production: 'parkSummary.area.production',
  warehousing_logistics: 'parkSummary.area.warehousing_logistics',
  sales_marketing: 'parkSummary.area.sales_marketing',
  service: 'parkSummary.area.service',
  finance: 'parkSummary.area.finance',
  hr: 'parkSummary.area.hr',
  management: 'parkSummary.area.management',
};

export const LEVEL_KEYS: readonly TranslationKey[] = [
  'maturityLevel.0',
  'maturityLevel.1',
  'maturityLevel.2',
  'maturityLevel.3',
  'maturityLevel.4',
];

/** A 0–1 share as a whole percent ("42 %"), or a dash. */
export function percent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A number with at most `digits` decimals, or a dash. */
export function decimal(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}
