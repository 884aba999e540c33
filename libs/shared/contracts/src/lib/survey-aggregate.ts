import { SURVEY_SCALE_MAX, SURVEY_SCALE_MIN, type SurveyAnswers, type SurveyQuestion, type SurveyQuestionAggregate } from './surveys';

/**
 * How a survey question's answers are counted — one definition for the survey results (server-surveys)
 * and the park's workbook (server-park), which may not import each other.
 */

/** A percent of `whole`, 0–100 with two decimals (0 of nothing is 0). */
export const percentOf = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 10000) / 100 : 0);

/** Whether a response answers the question (an empty choice list or blank text does not). */
export const answersQuestion = (q: Pick<SurveyQuestion, 'id'>, a: SurveyAnswers): boolean => {
  const v = a[q.id];
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && v.trim() === '');
};

/**
 * One question over a set of responses: how many answered it; per option (single: the chosen one,
 * multiple: each chosen one, so shares may add up to more than 100) or per scale point 1–5, the
 * count and its percent of those that answered; the mean of a scale. Text questions count only.
 */
export function aggregateQuestion(
  q: Pick<SurveyQuestion, 'id' | 'kind' | 'options'>,
  responses: readonly SurveyAnswers[],
): SurveyQuestionAggregate {
  const given = responses.filter((a) => answersQuestion(q, a));
  const n = given.length;
  const labels =
    q.kind === 'scale'
      ? Array.from({ length: SURVEY_SCALE_MAX - SURVEY_SCALE_MIN + 1 }, (_, i) => String(SURVEY_SCALE_MIN + i))
      : q.kind === 'text'
        ? []
        : q.options;
  const counts = labels.map(() => 0);
  let sum = 0;
  for (const a of given) {
    const v = a[q.id];
    if (q.kind === 'single' && typeof v === 'number' && counts[v] !== undefined) counts[v]++;
    if (q.kind === 'multiple' && Array.isArray(v)) for (const o of new Set(v)) if (counts[o] !== undefined) counts[o]++;
    if (q.kind === 'scale' && typeof v === 'number' && counts[v - SURVEY_SCALE_MIN] !== undefined) {
      counts[v - SURVEY_SCALE_MIN]++;
      sum += v;
    }
  }
  return {
    questionId: q.id,
    answered: n,
    counts: labels.map((label, i) => ({ label, count: counts[i], percent: percentOf(counts[i], n) })),
    mean: q.kind === 'scale' && n ? Math.round((sum / n) * 100) / 100 : null,
  };
}
