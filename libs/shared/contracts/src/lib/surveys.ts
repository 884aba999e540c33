import { z } from 'zod';
import { ENTERPRISE_SCALES, INDUSTRY_SECTION_PATTERN, MANUFACTURING_TYPES, REGION_MAX } from './identity-constants';
import { type FieldError, PROBLEM_CODES } from './problem';
import { CalendarDateSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Park surveys of their tenants. The park administrator builds a short survey (single choice,
 * multiple choice, a 1–5 scale, short text), targets every tenant of the park or a classification
 * filter, sets a deadline (a business day) and sends it; a tenant's owner or leader answers once per
 * tenant (a second answer replaces the first) until the survey is closed or its deadline has passed.
 *
 * Routes: park — GET/POST /api/park/surveys, GET/PATCH/DELETE /api/park/surveys/:id,
 * GET /api/park/surveys/:id/results?by=industry|scale. Tenant (owner, leader) — GET /api/surveys,
 * GET /api/surveys/:id, PUT /api/surveys/:id/response.
 */

export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_BREAKDOWNS = ['industry', 'scale'] as const;
export type SurveyBreakdown = (typeof SURVEY_BREAKDOWNS)[number];

export const SURVEY_TITLE_MAX = 200;
export const SURVEY_DESCRIPTION_MAX = 2000;
export const SURVEY_QUESTION_MAX = 500;
export const SURVEY_OPTION_MAX = 200;
export const SURVEY_OPTIONS_MIN = 2;
export const SURVEY_OPTIONS_MAX = 12;
export const SURVEY_QUESTIONS_MAX = 30;
export const SURVEY_TEXT_ANSWER_MAX = 1000;
/** The points of a scale question. */
export const SURVEY_SCALE_MIN = 1;
export const SURVEY_SCALE_MAX = 5;
/** An anonymous survey's breakdown hides any group answered by fewer tenants than this. */
export const SURVEY_MIN_CELL = 3;

/** Who a survey is for: every list empty and `emerging` null means every tenant of the park; each set field narrows. */
export const SurveyTargetSchema = z.strictObject({
  industrySections: z.array(z.string().regex(INDUSTRY_SECTION_PATTERN)).max(20),
  scales: z.array(z.enum(ENTERPRISE_SCALES)).max(3),
  regions: z.array(z.string().trim().min(1).max(REGION_MAX)).max(50),
  emerging: z.boolean().nullable(),
  manufacturingTypes: z.array(z.enum(MANUFACTURING_TYPES)).max(3),
});
export type SurveyTarget = z.infer<typeof SurveyTargetSchema>;
export const SURVEY_TARGET_ALL: SurveyTarget = { industrySections: [], scales: [], regions: [], emerging: null, manufacturingTypes: [] };

/** A question as written: options for single and multiple choice only (2–12), none for scale and text. */
export const SurveyQuestionInputSchema = z.strictObject({
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: z.string().trim().min(1).max(SURVEY_QUESTION_MAX),
  options: z.array(z.string().trim().min(1).max(SURVEY_OPTION_MAX)).max(SURVEY_OPTIONS_MAX).optional(),
  required: z.boolean().optional().describe('true unless given'),
});
export type SurveyQuestionInput = z.infer<typeof SurveyQuestionInputSchema>;

export const SurveyQuestionSchema = z.strictObject({
  id: UuidSchema,
  position: z.number().int().min(0),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: z.string(),
  options: z.array(z.string()),
  required: z.boolean(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

export const CreateSurveyRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(SURVEY_TITLE_MAX),
  description: z.string().trim().max(SURVEY_DESCRIPTION_MAX).optional(),
  anonymous: z.boolean().optional(),
  target: SurveyTargetSchema.optional().describe('every tenant of the park unless given'),
  deadline: CalendarDateSchema.describe('the last business day answers are taken'),
  questions: z.array(SurveyQuestionInputSchema).max(SURVEY_QUESTIONS_MAX),
});
export type CreateSurveyRequest = z.infer<typeof CreateSurveyRequestSchema>;

/**
 * A change: the content (title … questions, which replace all questions) only while it is a draft;
 * `status: open` sends a draft (it needs a question and a deadline not before today), `status:
 * closed` closes an open survey early. Anything else → 409.
 */
export const UpdateSurveyRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(SURVEY_TITLE_MAX).optional(),
  description: z.string().trim().max(SURVEY_DESCRIPTION_MAX).optional(),
  anonymous: z.boolean().optional(),
  target: SurveyTargetSchema.optional(),
  deadline: CalendarDateSchema.optional(),
  questions: z.array(SurveyQuestionInputSchema).max(SURVEY_QUESTIONS_MAX).optional(),
  status: z.enum(['open', 'closed']).optional(),
});
export type UpdateSurveyRequest = z.infer<typeof UpdateSurveyRequestSchema>;

/** The park's view of a survey. `status` is closed once the deadline has passed, whatever was stored. */
export const SurveySchema = z.strictObject({
  id: UuidSchema,
  title: z.string(),
  description: z.string(),
  anonymous: z.boolean(),
  target: SurveyTargetSchema,
  deadline: CalendarDateSchema,
  status: z.enum(SURVEY_STATUSES),
  openedAt: TimestampSchema.nullable(),
  closedAt: TimestampSchema.nullable(),
  questions: z.array(SurveyQuestionSchema),
  /** Tenants that answered, and tenants of the park the target matches now. */
  responseCount: z.number().int().min(0),
  targetedCount: z.number().int().min(0),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Survey = z.infer<typeof SurveySchema>;
export const SurveyListSchema = z.strictObject({ items: z.array(SurveySchema) });
export type SurveyList = z.infer<typeof SurveyListSchema>;

/** One answer: single → option index, multiple → option indexes, scale → 1–5, text → the text. */
export const SurveyAnswerSchema = z.union([
  z.number().int(),
  z.array(z.number().int()).max(SURVEY_OPTIONS_MAX),
  z.string().max(SURVEY_TEXT_ANSWER_MAX),
]);
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;
/** Answers keyed by question id; an optional question left unanswered is absent. */
export const SurveyAnswersSchema = z.record(UuidSchema, SurveyAnswerSchema);
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

export const SurveyResponseRequestSchema = z.strictObject({ answers: SurveyAnswersSchema });
export type SurveyResponseRequest = z.infer<typeof SurveyResponseRequestSchema>;

/** A tenant's view of a survey of its park that targets it, with its own response. */
export const TenantSurveySchema = z.strictObject({
  id: UuidSchema,
  title: z.string(),
  description: z.string(),
  anonymous: z.boolean(),
  deadline: CalendarDateSchema,
  status: z.enum(['open', 'closed']),
  questions: z.array(SurveyQuestionSchema),
  /** The tenant's answers (null before it answered) and when they were last changed. */
  answers: SurveyAnswersSchema.nullable(),
  answeredAt: TimestampSchema.nullable(),
});
export type TenantSurvey = z.infer<typeof TenantSurveySchema>;
export const TenantSurveyListSchema = z.strictObject({ items: z.array(TenantSurveySchema) });
export type TenantSurveyList = z.infer<typeof TenantSurveyListSchema>;

// ---------------------------------------------------------------------------------------------
// Results

export const SurveyResultsQuerySchema = z.strictObject({
  by: z.enum(SURVEY_BREAKDOWNS).optional().describe('break each question down by industry section or scale'),
});
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuerySchema>;

/** How many answering tenants chose an option (or a scale point), and their percent of those that answered the question. */
export const SurveyOptionCountSchema = z.strictObject({
  label: z.string(),
  count: z.number().int().min(0),
  percent: z.number().min(0).max(100),
});
export type SurveyOptionCount = z.infer<typeof SurveyOptionCountSchema>;

/** A question's aggregate: counts per option (single, multiple) or per point 1–5 (scale) with the mean; nothing for text. */
export const SurveyQuestionAggregateSchema = z.strictObject({
  questionId: UuidSchema,
  answered: z.number().int().min(0),
  counts: z.array(SurveyOptionCountSchema),
  mean: z.number().nullable(),
});
export type SurveyQuestionAggregate = z.infer<typeof SurveyQuestionAggregateSchema>;

export const SurveyTextAnswerSchema = z.strictObject({
  text: z.string(),
  /** The answering tenant; null in an anonymous survey. */
  tenantName: z.string().nullable(),
});

export const SurveyQuestionResultSchema = z.strictObject({
  question: SurveyQuestionSchema,
  aggregate: SurveyQuestionAggregateSchema,
  /** Text answers (text questions only); an anonymous survey's come without names, in alphabetical order. */
  texts: z.array(SurveyTextAnswerSchema),
});
export type SurveyQuestionResult = z.infer<typeof SurveyQuestionResultSchema>;

/** One group of a breakdown: hidden (no numbers) when an anonymous survey has fewer than 3 answering tenants in it. */
export const SurveyBreakdownCellSchema = z.strictObject({
  /** The industry section letter or the scale. */
  group: z.string(),
  hidden: z.boolean(),
  /** Answering tenants in the group; null when hidden. */
  tenants: z.number().int().min(0).nullable(),
  questions: z.array(SurveyQuestionAggregateSchema).nullable(),
});
export type SurveyBreakdownCell = z.infer<typeof SurveyBreakdownCellSchema>;

export const SurveyResultsSchema = z.strictObject({
  survey: SurveySchema,
  questions: z.array(SurveyQuestionResultSchema),
  by: z.enum(SURVEY_BREAKDOWNS).nullable(),
  breakdown: z.array(SurveyBreakdownCellSchema).nullable(),
  /** Who answered (non-anonymous surveys only; null for anonymous ones). */
  respondents: z.array(z.strictObject({ tenantId: UuidSchema, tenantName: z.string(), answeredAt: TimestampSchema })).nullable(),
  minCell: z.number().int(),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;

// ---------------------------------------------------------------------------------------------
// Rules shared by the API (which enforces them) and the web (which checks before sending)

/** Problems of a question list as the builder writes it (options per kind). Fields `questions.<i>.options`. */
export function surveyQuestionProblems(questions: readonly SurveyQuestionInput[]): FieldError[] {
  const problems: FieldError[] = [];
  questions.forEach((q, i) => {
    const options = q.options ?? [];
    const field = `questions.${i}.options`;
    if (q.kind === 'single' || q.kind === 'multiple') {
      if (options.length < SURVEY_OPTIONS_MIN)
        problems.push({
          field,
          code: PROBLEM_CODES.minLength,
          limit: SURVEY_OPTIONS_MIN,
          message: 'A choice question needs at least 2 options.',
        });
      const seen = new Set<string>();
      for (const o of options) {
        if (seen.has(o.trim())) {
          problems.push({ field, code: PROBLEM_CODES.unique, message: `The option "${o}" appears twice.` });
          break;
        }
        seen.add(o.trim());
      }
    } else if (options.length) {
      problems.push({ field, code: PROBLEM_CODES.invalid, message: 'Scale and text questions have no options.' });
    }
  });
  return problems;
}

/**
 * Problems of a tenant's answers against the survey's questions, each naming `answers.<questionId>`:
 * an answer to no question of the survey, a missing required answer, an answer of the wrong type,
 * an unknown option, an option chosen twice, a scale point outside 1–5, a blank or too long text.
 * No problems → the answers may be stored as they are (after `normalizeSurveyAnswers`).
 */
export function surveyAnswerProblems(questions: readonly SurveyQuestion[], answers: Readonly<Record<string, unknown>>): FieldError[] {
  const problems: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) {
    if (!byId.has(key))
      problems.push({ field: `answers.${key}`, code: PROBLEM_CODES.unknownField, message: 'No question of this survey has this id.' });
  }
  for (const q of questions) {
    const field = `answers.${q.id}`;
    const value = answers[q.id];
    const blank =
      value === undefined ||
      value === null ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'string' && value.trim() === '');
    if (blank) {
      if (q.required) problems.push({ field, code: PROBLEM_CODES.required, message: 'This question needs an answer.' });
      continue;
    }
    const isOption = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < q.options.length;
    switch (q.kind) {
      case 'single':
        if (!Number.isInteger(value)) problems.push({ field, code: PROBLEM_CODES.integer, message: 'Choose one option (its index).' });
        else if (!isOption(value))
          problems.push({ field, code: PROBLEM_CODES.oneOf, message: 'This option is not one of the question’s.' });
        break;
      case 'multiple':
        if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v)))
          problems.push({ field, code: PROBLEM_CODES.array, message: 'Choose options (a list of their indexes).' });
        else if (!value.every(isOption))
          problems.push({ field, code: PROBLEM_CODES.oneOf, message: 'An option is not one of the question’s.' });
        else if (new Set(value).size !== value.length)
          problems.push({ field, code: PROBLEM_CODES.unique, message: 'An option is chosen twice.' });
        break;
      case 'scale':
        if (!Number.isInteger(value))
          problems.push({ field, code: PROBLEM_CODES.integer, message: 'A scale answer is a whole number 1–5.' });
        else if ((value as number) < SURVEY_SCALE_MIN)
          problems.push({ field, code: PROBLEM_CODES.min, limit: SURVEY_SCALE_MIN, message: 'A scale answer is at least 1.' });
        else if ((value as number) > SURVEY_SCALE_MAX)
          problems.push({ field, code: PROBLEM_CODES.max, limit: SURVEY_SCALE_MAX, message: 'A scale answer is at most 5.' });
        break;
      case 'text':
        if (typeof value !== 'string') problems.push({ field, code: PROBLEM_CODES.string, message: 'A text answer is text.' });
        else if (value.trim().length > SURVEY_TEXT_ANSWER_MAX)
          problems.push({ field, code: PROBLEM_CODES.maxLength, limit: SURVEY_TEXT_ANSWER_MAX, message: 'The answer is too long.' });
        break;
    }
  }
  return problems;
}

/** Valid answers as stored: blank optional answers left out, texts trimmed, multiple choices in option order. */
export function normalizeSurveyAnswers(questions: readonly SurveyQuestion[], answers: SurveyAnswers): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    const v = answers[q.id];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length) out[q.id] = [...v].sort((a, b) => a - b);
    } else if (typeof v === 'string') {
      if (v.trim()) out[q.id] = v.trim();
    } else out[q.id] = v;
  }
  return out;
}
