import type { PainPointStatus, SolutionDelivery, SolutionStatus } from '@xinzhi/shared-contracts';
import { AREA_LABELS, SCALE_LABELS, TECH_LABELS, type TranslationKey } from '@xinzhi/web-core';

/** Business areas, technology types and scales are named once in web-core (area/tech texts load with the project texts). */
export { AREA_LABELS, SCALE_LABELS, TECH_LABELS };

export const PAIN_POINT_STATUS_LABELS: Readonly<Record<PainPointStatus, TranslationKey>> = {
  proposed: 'painPointStatus.proposed',
  open: 'painPointStatus.open',
  addressed: 'painPointStatus.addressed',
  closed: 'painPointStatus.closed',
};

export const PAIN_POINT_STATUS_COLORS: Readonly<Record<PainPointStatus, string>> = {
  proposed: 'processing',
  open: 'warning',
  addressed: 'success',
  closed: 'default',
};

export const SOLUTION_STATUS_LABELS: Readonly<Record<SolutionStatus, TranslationKey>> = {
  draft: 'solutionStatus.draft',
  published: 'solutionStatus.published',
  retired: 'solutionStatus.retired',
};

export const SOLUTION_STATUS_COLORS: Readonly<Record<SolutionStatus, string>> = {
  draft: 'default',
  published: 'success',
  retired: 'warning',
};

export const DELIVERY_LABELS: Readonly<Record<SolutionDelivery, TranslationKey>> = {
  saas: 'delivery.saas',
  on_premises: 'delivery.on_premises',
  hardware_kit: 'delivery.hardware_kit',
};

/** The scene keys of the assessment frameworks, in the framework's order. */
export const SCENE_KEYS = [
  'product_design',
  'process_design',
  'marketing',
  'after_sales',
  'scheduling',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'purchasing',
  'warehousing',
  'finance',
  'hr',
  'office',
  'decision',
] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];

export const SCENE_LABELS: Readonly<Record<SceneKey, TranslationKey>> = {
  product_design: 'solScene.product_design',
  process_design: 'solScene.process_design',
  marketing: 'solScene.marketing',
  after_sales: 'solScene.after_sales',
  scheduling: 'solScene.scheduling',
  production_control: 'solScene.production_control',
  quality: 'solScene.quality',
  equipment: 'solScene.equipment',
  safety: 'solScene.safety',
  energy: 'solScene.energy',
  purchasing: 'solScene.purchasing',
  warehousing: 'solScene.warehousing',
  finance: 'solScene.finance',
  hr: 'solScene.hr',
  office: 'solScene.office',
  decision: 'solScene.decision',
};

export const SEVERITIES = [1, 2, 3, 4, 5] as const;

export const SEVERITY_LABELS: Readonly<Record<number, TranslationKey>> = {
  1: 'severity.1',
  2: 'severity.2',
  3: 'severity.3',
  4: 'severity.4',
  5: 'severity.5',
};

/** Tag colour of a severity: the higher, the hotter. */
export function severityColor(severity: number): string {
  return severity >= 5 ? 'red' : severity === 4 ? 'volcano' : severity === 3 ? 'orange' : severity === 2 ? 'gold' : 'default';
}

function lookup<T extends string>(labels: Readonly<Record<T, TranslationKey>>, value: string): TranslationKey | null {
  return (labels as Readonly<Record<string, TranslationKey>>)[value] ?? null;
}

/** Labels of values the API sent (a newer API may send one this client does not know: then null, and the raw value shows). */
export const sceneLabel = (value: string) => lookup(SCENE_LABELS, value);
export const areaLabel = (value: string) => lookup(AREA_LABELS, value);
export const techLabel = (value: string) => lookup(TECH_LABELS, value);
