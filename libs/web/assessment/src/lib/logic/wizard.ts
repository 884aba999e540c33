import {
  type Assessment,
  type AssessmentFramework,
  type AssessmentItem,
  type AssessmentScene,
  type AssessmentStep,
  type EvidenceValues,
  evidenceSharePercent,
  type LocalizedText,
  type Locale,
  optionFromEvidence,
} from '@xinzhi/shared-contracts';

/** The text of a framework in the UI language. */
export function say(text: LocalizedText | undefined, locale: Locale): string {
  return text ? text[locale] : '';
}

/** An item's answer as the wizard holds it while editing. */
export interface ItemDraft {
  readonly optionIds: readonly string[];
  readonly evidence: Readonly<Record<string, number>>;
}

/** What the wizard holds: every item's options and evidence, every scene's level (absent = not answered). */
export interface AnswerDraft {
  readonly items: Readonly<Record<string, ItemDraft>>;
  readonly scenes: Readonly<Record<string, number>>;
}

/** The stored answers as the wizard's draft. */
export function draftFrom(assessment: Pick<Assessment, 'items' | 'scenes'>): AnswerDraft {
  const items: Record<string, ItemDraft> = {};
  for (const answer of assessment.items)
    items[answer.itemId] = { optionIds: [...answer.optionIds], evidence: { ...(answer.evidence ?? {}) } };
  const scenes: Record<string, number> = {};
  for (const answer of assessment.scenes) scenes[answer.sceneId] = answer.level;
  return { items, scenes };
}

/** The questions of one step: a dimension's items, or the scenes of a scene group. */
export interface StepContent {
  readonly step: AssessmentStep;
  readonly items: readonly AssessmentItem[];
  readonly scenes: readonly AssessmentScene[];
}

export function stepContent(framework: Pick<AssessmentFramework, 'dimensions' | 'scenes'>, step: AssessmentStep): StepContent {
  if (step.kind === 'dimension') {
    const dimension = framework.dimensions.find((d) => d.id === step.id);
    return { step, items: dimension?.items ?? [], scenes: [] };
  }
  return { step, items: [], scenes: framework.scenes.filter((s) => s.group === step.id) };
}

export function itemAnswered(draft: AnswerDraft, itemId: string): boolean {
  return (draft.items[itemId]?.optionIds.length ?? 0) > 0;
}

export function sceneAnswered(draft: AnswerDraft, sceneId: string): boolean {
  return draft.scenes[sceneId] !== undefined;
}

/** Answered and all questions of a step. */
export interface StepProgress {
  readonly stepId: string;
  readonly answered: number;
  readonly total: number;
  readonly complete: boolean;
}

export function stepProgress(content: StepContent, draft: AnswerDraft): StepProgress {
  const answered =
    content.items.filter((item) => itemAnswered(draft, item.id)).length +
    content.scenes.filter((scene) => sceneAnswered(draft, scene.id)).length;
  const total = content.items.length + content.scenes.length;
  return { stepId: content.step.id, answered, total, complete: answered === total };
}

/** Progress over the given steps: questions answered of all, and steps complete of all. */
export interface WizardProgress {
  readonly answered: number;
  readonly total: number;
  readonly stepsComplete: number;
  readonly steps: number;
  /** 0–100, rounded down (100 only when everything is answered). */
  readonly percent: number;
}

export function wizardProgress(perStep: readonly StepProgress[]): WizardProgress {
  const answered = perStep.reduce((sum, s) => sum + s.answered, 0);
  const total = perStep.reduce((sum, s) => sum + s.total, 0);
  return {
    answered,
    total,
    stepsComplete: perStep.filter((s) => s.complete).length,
    steps: perStep.length,
    percent: total === 0 ? 0 : Math.floor((answered / total) * 100),
  };
}

/** Where to resume: the first step with an unanswered question, else the first step (0 when there are none). */
export function resumeStepIndex(perStep: readonly StepProgress[]): number {
  const open = perStep.findIndex((s) => !s.complete);
  return open === -1 ? 0 : open;
}

/**
 * The options chosen after ticking (or unticking) one: a single-choice item takes just that option;
 * in a multi-select "none" (exclusive) unticks the others and any other option unticks "none".
 */
export function toggleOption(
  item: Pick<AssessmentItem, 'type' | 'options'>,
  current: readonly string[],
  optionId: string,
  checked: boolean,
): string[] {
  if (item.type === 'single') return checked ? [optionId] : current.filter((id) => id !== optionId);
  if (!checked) return current.filter((id) => id !== optionId);
  const exclusive = new Set(item.options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = exclusive.has(optionId) ? [] : current.filter((id) => !exclusive.has(id) && id !== optionId);
  // Keep the framework's order, so a saved answer reads like the question.
  const chosen = new Set([...kept, optionId]);
  return item.options.map((o) => o.id).filter((id) => chosen.has(id));
}

/** The evidence of an item with one field set (a cleared field is removed). */
export function withEvidence(
  evidence: Readonly<Record<string, number>>,
  fieldId: string,
  value: number | null | undefined,
): Record<string, number> {
  const next = { ...evidence };
  if (value === null || value === undefined || Number.isNaN(value)) delete next[fieldId];
  else next[fieldId] = value;
  return next;
}

/** Formats a number for people: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share band as an interval: "[0 %, 10 %]" for the first, "(20 %, 40 %]" for the others. */
export function bandText(abovePercent: number | null, upToPercent: number): string {
  return abovePercent === null ? `[0 %, ${upToPercent} %]` : `(${abovePercent} %, ${upToPercent} %]`;
}

/** What the evidence numbers say, for the line under the fields. */
export type EvidenceReading =
  | {
      readonly kind: 'share';
      readonly optionId: string;
      readonly numerator: number;
      readonly denominator: number;
      readonly percent: number;
      readonly band: string;
    }
  | { readonly kind: 'change'; readonly optionId: string };

/** The option the evidence chooses and how (null until the numbers it needs are all there). */
export function evidenceReading(item: Pick<AssessmentItem, 'evidence'>, values: EvidenceValues | undefined): EvidenceReading | null {
  const optionId = optionFromEvidence(item, values);
  const rule = item.evidence?.rule;
  if (!optionId || !rule || !values) return null;
  if (rule.kind === 'change') return { kind: 'change', optionId };
  const percent = evidenceSharePercent(item, values) ?? 0;
  const band = rule.bands.find((b) => b.optionId === optionId);
  return {
    kind: 'share',
    optionId,
    numerator: values[rule.numerator] ?? 0,
    denominator: values[rule.denominator] ?? 0,
    percent,
    band: band ? bandText(band.abovePercent, band.upToPercent) : '',
  };
}

/**
 * The question a field error of `PUT answers` belongs to: `items.3.optionIds` names the fourth item
 * sent, `scenes.0.level` the first scene. Returns the item or scene id, or null.
 */
export function questionOfField(
  field: string,
  sent: { items?: readonly { itemId: string }[]; scenes?: readonly { sceneId: string }[] },
): string | null {
  const match = /^(items|scenes)\.(\d+)(\.|$)/.exec(field);
  if (!match) return null;
  const index = Number(match[2]);
  return match[1] === 'items' ? (sent.items?.[index]?.itemId ?? null) : (sent.scenes?.[index]?.sceneId ?? null);
}
