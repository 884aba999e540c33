import {
  aggregateQuestion,
  answersQuestion,
  percentOf,
  SURVEY_MIN_CELL,
  SurveyAnswers,
  SurveyBreakdownCell,
  SurveyQuestion,
  SurveyQuestionResult,
  SurveyStatus,
} from '@xinzhi/shared-contracts';

// The counting itself lives in the contracts (the park's workbook counts the same way).
export { aggregateQuestion, percentOf };

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
            .filter((r) => answersQuestion(q, r.answers))
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
