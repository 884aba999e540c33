import {
  SURVEY_MIN_CELL,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  SurveyAnswers,
  SurveyBreakdownCell,
  SurveyQuestion,
  SurveyQuestionAggregate,
  SurveyQuestionResult,
  SurveyStatus,
} from '@xinzhi/shared-contracts';

/** A percent of `whole`, 0–100 with two decimals (0 of nothing is 0). */
export const percentOf = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 10000) / 100 : 0);

const answered = (q: SurveyQuestion, a: SurveyAnswers): boolean => {
  const v = a[q.id];
  return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && v.trim() === '');
};

/**
 * One question over a set of responses: how many answered it; per option (single: the chosen one,
 * multiple: each chosen one, so shares may add up to more than 100) or per scale point 1–5, the
 * count and its percent of those that answered; the mean of a scale. Text questions count only.
 */
export function aggregateQuestion(q: SurveyQuestion, responses: readonly SurveyAnswers[]): SurveyQuestionAggregate {
  const given = responses.filter((a) => answered(q, a));
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

export interface RespondingTenant {
  tenantName: string;
  /** The group of the breakdown asked for (industry section letter, scale), or '' without one. */
  group: string;
  answers: SurveyAnswers;
}

/** Whether a breakdown group answered by `tenants` tenants is shown: always in a named survey, from 3 tenants in an anonymous one. */
export const cellShown = (anonymous: boolean, tenants: number): boolean => !anonymous || tenants >= SURVEY_MIN_CELL;

/**
 * Per question: the aggregate and, for text questions, the answers — with the tenant's name in a
 * named survey, without names and in alphabetical order (not the order they came in) in an anonymous one.
 */
export function questionResults(
  questions: readonly SurveyQuestion[],
  anonymous: boolean,
  responses: readonly RespondingTenant[],
): SurveyQuestionResult[] {
  return questions.map((q) => {
    const texts =
      q.kind !== 'text'
        ? []
        : responses
            .filter((r) => answered(q, r.answers))
            .map((r) => ({ text: String(r.answers[q.id]), tenantName: anonymous ? null : r.tenantName }));
    if (anonymous) texts.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    return {
      question: q,
      aggregate: aggregateQuestion(
        q,
        responses.map((r) => r.answers),
      ),
      texts,
    };
  });
}

/**
 * The breakdown: one cell per group that answered, in group order, each with every question's
 * aggregate (text questions count only, never their texts). In an anonymous survey a group with
 * fewer than 3 answering tenants is hidden: no count, no numbers ("too few to show").
 */
export function breakdown(
  questions: readonly SurveyQuestion[],
  anonymous: boolean,
  responses: readonly RespondingTenant[],
): SurveyBreakdownCell[] {
  const groups = new Map<string, SurveyAnswers[]>();
  for (const r of responses) groups.set(r.group, [...(groups.get(r.group) ?? []), r.answers]);
  return [...groups.keys()].sort().map((group) => {
    const answers = groups.get(group) ?? [];
    if (!cellShown(anonymous, answers.length)) return { group, hidden: true, tenants: null, questions: null };
    return { group, hidden: false, tenants: answers.length, questions: questions.map((q) => aggregateQuestion(q, answers)) };
  });
}

/** The status people see: an open survey whose deadline (a business day) is before today is closed. */
export function effectiveStatus(stored: SurveyStatus, deadline: string, today: string): SurveyStatus {
  return stored === 'open' && deadline < today ? 'closed' : stored;
}
