import type { FieldError, SurveyAnswer, SurveyAnswers, SurveyQuestion, TenantSurvey } from '@xinzhi/shared-contracts';

/** The tenant's state of a survey in its list: to answer (open, no answer yet), answered (open, answered), or closed. */
export type TenantSurveyState = 'toAnswer' | 'answered' | 'closed';

export function tenantSurveyState(s: Pick<TenantSurvey, 'status' | 'answers'>): TenantSurveyState {
  if (s.status === 'closed') return 'closed';
  return s.answers ? 'answered' : 'toAnswer';
}

/** Sets one answer; an empty list or blank text removes it (an unanswered question is absent). */
export function withAnswer(answers: SurveyAnswers, questionId: string, value: SurveyAnswer | null): SurveyAnswers {
  const out = { ...answers };
  if (value === null || value === '' || (Array.isArray(value) && !value.length)) delete out[questionId];
  else out[questionId] = value;
  return out;
}

/** Toggles option `index` of a multiple-choice answer, keeping the option order. */
export function toggledOption(current: SurveyAnswer | undefined, index: number, on: boolean): number[] {
  const list = Array.isArray(current) ? current : [];
  const next = on ? [...new Set([...list, index])] : list.filter((i) => i !== index);
  return next.sort((a, b) => a - b);
}

/** Required questions still without an answer (checked before sending; the API checks the same). */
export function missingRequired(questions: readonly SurveyQuestion[], answers: SurveyAnswers): string[] {
  return questions
    .filter((q) => q.required)
    .filter((q) => {
      const v = answers[q.id];
      return v === undefined || (Array.isArray(v) && !v.length) || (typeof v === 'string' && !v.trim());
    })
    .map((q) => q.id);
}

/** The question ids the API named in a 400 (`answers.<questionId>`). */
export function questionIdsOf(errors: readonly FieldError[]): string[] {
  return errors.filter((e) => e.field.startsWith('answers.')).map((e) => e.field.slice('answers.'.length));
}
