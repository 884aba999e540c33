import {
  evidenceSharePercent,
  optionFromEvidence,
  PROBLEM_CODES,
  type AssessmentFrameworkDefinition,
  type AssessmentItem,
  type AssessmentScene,
  type EvidenceValues,
  type FieldError,
  type SaveAnswersRequest,
} from '@xinzhi/shared-contracts';
import { round } from './exact';

/**
 * What is wrong with a save-answers request against its framework (empty = valid). The request's
 * shape (keys, array sizes, scene level 0–4, evidence numbers ≥ 0) is the zod schema's job; this
 * checks what only the framework knows:
 * - every item and scene exists, and appears once in the request;
 * - options belong to their item, each once; a single-choice item takes one; "none" goes alone;
 * - evidence only for an item that has evidence fields, only those fields, and not contradicting
 *   the chosen option (35 of 100 devices networked may not go with the 0–10 % option).
 */
export function answerProblems(def: AssessmentFrameworkDefinition, request: SaveAnswersRequest): FieldError[] {
  const items = new Map<string, AssessmentItem>(def.dimensions.flatMap((d) => d.items.map((it) => [it.id, it] as const)));
  const scenes = new Map<string, AssessmentScene>(def.scenes.map((s) => [s.id, s]));
  const optionOwner = new Map<string, string>(
    def.dimensions.flatMap((d) => d.items.flatMap((it) => it.options.map((o) => [o.id, it.id] as const))),
  );
  const errors: FieldError[] = [];

  const seenItems = new Set<string>();
  (request.items ?? []).forEach((answer, i) => {
    const at = `items.${i}`;
    const item = items.get(answer.itemId);
    if (!item) {
      errors.push({ field: `${at}.itemId`, code: PROBLEM_CODES.exists, message: `the framework has no question "${answer.itemId}"` });
      return;
    }
    if (seenItems.has(item.id)) {
      errors.push({
        field: `${at}.itemId`,
        code: PROBLEM_CODES.unique,
        message: `question ${item.code} is answered twice in this request`,
      });
      return;
    }
    seenItems.add(item.id);
    errors.push(...optionProblems(item, answer.optionIds, optionOwner, items, at));
    errors.push(...evidenceProblems(item, answer.optionIds, answer.evidence, at));
  });

  const seenScenes = new Set<string>();
  (request.scenes ?? []).forEach((answer, i) => {
    const at = `scenes.${i}.sceneId`;
    if (!scenes.has(answer.sceneId)) {
      errors.push({ field: at, code: PROBLEM_CODES.exists, message: `the framework has no business scene "${answer.sceneId}"` });
    } else if (seenScenes.has(answer.sceneId)) {
      errors.push({ field: at, code: PROBLEM_CODES.unique, message: `the scene "${answer.sceneId}" is answered twice in this request` });
    } else {
      seenScenes.add(answer.sceneId);
    }
  });
  return errors;
}

function optionProblems(
  item: AssessmentItem,
  optionIds: readonly string[],
  optionOwner: Map<string, string>,
  items: Map<string, AssessmentItem>,
  at: string,
): FieldError[] {
  const field = `${at}.optionIds`;
  const errors: FieldError[] = [];
  const own = new Set(item.options.map((o) => o.id));
  const seen = new Set<string>();
  for (const id of optionIds) {
    if (!own.has(id)) {
      const owner = optionOwner.get(id);
      const message = owner
        ? `option "${id}" belongs to question ${items.get(owner)?.code ?? owner}, not to ${item.code}`
        : `question ${item.code} has no option "${id}"`;
      errors.push({ field, code: PROBLEM_CODES.oneOf, message });
    } else if (seen.has(id)) {
      errors.push({ field, code: PROBLEM_CODES.unique, message: `option "${id}" is given twice` });
    }
    seen.add(id);
  }
  const distinct = [...seen].filter((id) => own.has(id));
  if (item.type === 'single' && distinct.length > 1) {
    errors.push({
      field,
      code: PROBLEM_CODES.arrayMaxSize,
      limit: 1,
      message: `question ${item.code} takes one option, not ${distinct.length}`,
    });
  }
  const exclusive = item.options.find((o) => o.exclusive && seen.has(o.id));
  if (exclusive && distinct.length > 1) {
    errors.push({
      field,
      code: PROBLEM_CODES.exclusiveOption,
      message: `"${exclusive.label['en-US']}" (${exclusive.id}) cannot be chosen together with another option`,
    });
  }
  return errors;
}

function evidenceProblems(
  item: AssessmentItem,
  optionIds: readonly string[],
  evidence: EvidenceValues | undefined,
  at: string,
): FieldError[] {
  if (!evidence || Object.keys(evidence).length === 0) return [];
  const field = `${at}.evidence`;
  if (!item.evidence) {
    return [{ field, code: PROBLEM_CODES.unknownField, message: `question ${item.code} takes no evidence numbers` }];
  }
  const known = new Set(item.evidence.fields.map((f) => f.id));
  const unknown = Object.keys(evidence).filter((id) => !known.has(id));
  if (unknown.length) {
    return unknown.map((id) => ({
      field: `${field}.${id}`,
      code: PROBLEM_CODES.unknownField,
      message: `question ${item.code} has no evidence field "${id}" (it has ${[...known].join(', ')})`,
    }));
  }
  const implied = optionFromEvidence(item, evidence);
  if (!implied || optionIds.length === 0 || optionIds.includes(implied)) return [];
  return [
    {
      field: `${at}.optionIds`,
      code: PROBLEM_CODES.evidenceMismatch,
      message: `the evidence gives ${evidenceWords(item, evidence, implied)}, but another option is chosen`,
    },
  ];
}

/** "35 % — the (20 %, 40 %] option" or "a fall of 12 % — the "Lower" option". */
function evidenceWords(item: AssessmentItem, evidence: EvidenceValues, optionId: string): string {
  const rule = item.evidence?.rule;
  const option = item.options.find((o) => o.id === optionId);
  const label = `"${option?.label['en-US'] ?? optionId}" (${optionId})`;
  if (rule?.kind === 'share') {
    const percent = Math.min(100, evidenceSharePercent(item, evidence) ?? 0);
    const band = rule.bands.find((b) => b.optionId === optionId);
    const range = band
      ? band.abovePercent === null
        ? `[0 %, ${band.upToPercent} %]`
        : `(${band.abovePercent} %, ${band.upToPercent} %]`
      : label;
    return `${round(percent, 1)} % — the ${range} option`;
  }
  if (rule?.kind === 'change') {
    const ratio = (value: string, per: string | undefined) => (per ? evidence[value] / evidence[per] : evidence[value]);
    const now = ratio(rule.current, rule.currentPer);
    const before = ratio(rule.previous, rule.previousPer);
    if (before > 0) {
      const change = round(((now - before) / before) * 100, 1);
      const words =
        optionId === rule.flatOptionId ? `a change of ${change} %` : change > 0 ? `a rise of ${change} %` : `a fall of ${-change} %`;
      return `${words} — the ${label} option`;
    }
  }
  return `the ${label} option`;
}
