import {
  type CreateSurveyRequest,
  type Survey,
  SURVEY_DESCRIPTION_MAX,
  SURVEY_OPTION_MAX,
  SURVEY_OPTIONS_MAX,
  SURVEY_OPTIONS_MIN,
  SURVEY_QUESTION_MAX,
  SURVEY_QUESTIONS_MAX,
  SURVEY_TITLE_MAX,
  type SurveyQuestionKind,
  type SurveyTarget,
} from '@xinzhi/shared-contracts';
import type { SurveysTranslationKey } from '@xinzhi/web-surveys-i18n';

/** A question as the builder edits it: options one per line (choice questions only). */
export interface QuestionDraft {
  /** Local key for tracking rows in the template (not sent). */
  key: number;
  kind: SurveyQuestionKind;
  text: string;
  options: string;
  required: boolean;
}

export interface SurveyDraft {
  title: string;
  description: string;
  anonymous: boolean;
  target: SurveyTarget;
  /** A comma- or line-separated list of regions, as typed. */
  regions: string;
  deadline: string;
  questions: QuestionDraft[];
}

let nextKey = 1;
export const newQuestion = (kind: SurveyQuestionKind = 'single'): QuestionDraft => ({
  key: nextKey++,
  kind,
  text: '',
  options: '',
  required: true,
});

export function emptyDraft(deadline: string): SurveyDraft {
  return {
    title: '',
    description: '',
    anonymous: false,
    target: { industrySections: [], scales: [], regions: [], emerging: null, manufacturingTypes: [] },
    regions: '',
    deadline,
    questions: [newQuestion('single')],
  };
}

export function draftOf(survey: Survey): SurveyDraft {
  return {
    title: survey.title,
    description: survey.description,
    anonymous: survey.anonymous,
    target: survey.target,
    regions: survey.target.regions.join(', '),
    deadline: survey.deadline,
    questions: survey.questions.map((q) => ({
      key: nextKey++,
      kind: q.kind,
      text: q.text,
      options: q.options.join('\n'),
      required: q.required,
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const isChoice = (kind: SurveyQuestionKind) => kind === 'single' || kind === 'multiple';

/** The request the draft makes (questions in their order; options only for choice questions). */
export function surveyRequest(d: SurveyDraft): CreateSurveyRequest {
  return {
    title: d.title.trim(),
    description: d.description.trim(),
    anonymous: d.anonymous,
    target: {
      ...d.target,
      regions: [
        ...new Set(
          d.regions
            .split(/[,，\n]/)
            .map((r) => r.trim())
            .filter(Boolean),
        ),
      ],
    },
    deadline: d.deadline,
    questions: d.questions.map((q) => ({
      kind: q.kind,
      text: q.text.trim(),
      ...(isChoice(q.kind) ? { options: lines(q.options) } : {}),
      required: q.required,
    })),
  };
}

/** A message of the builder: where (`title`, `deadline`, `questions`, `questions.<i>.text`, `questions.<i>.options`) and what. */
export interface BuilderProblem {
  field: string;
  key: SurveysTranslationKey;
}

/**
 * What the builder says before anything is sent (the API checks the same and more): a title, a
 * deadline not before today, at least one question with its text, and 2–12 distinct options per
 * choice question.
 */
export function builderProblems(d: SurveyDraft, today: string): BuilderProblem[] {
  const out: BuilderProblem[] = [];
  const title = d.title.trim();
  if (!title) out.push({ field: 'title', key: 'surveys.builder.error.title' });
  else if (title.length > SURVEY_TITLE_MAX) out.push({ field: 'title', key: 'surveys.builder.error.tooLong' });
  if (d.description.trim().length > SURVEY_DESCRIPTION_MAX) out.push({ field: 'description', key: 'surveys.builder.error.tooLong' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.deadline)) out.push({ field: 'deadline', key: 'surveys.builder.error.deadline' });
  else if (d.deadline < today) out.push({ field: 'deadline', key: 'surveys.builder.error.deadlinePast' });
  if (!d.questions.length) out.push({ field: 'questions', key: 'surveys.builder.error.noQuestions' });
  if (d.questions.length > SURVEY_QUESTIONS_MAX) out.push({ field: 'questions', key: 'surveys.builder.error.tooMany' });
  d.questions.forEach((q, i) => {
    const text = q.text.trim();
    if (!text) out.push({ field: `questions.${i}.text`, key: 'surveys.builder.error.questionText' });
    else if (text.length > SURVEY_QUESTION_MAX) out.push({ field: `questions.${i}.text`, key: 'surveys.builder.error.tooLong' });
    if (isChoice(q.kind)) {
      const options = lines(q.options);
      if (options.length < SURVEY_OPTIONS_MIN) out.push({ field: `questions.${i}.options`, key: 'surveys.builder.error.fewOptions' });
      else if (options.length > SURVEY_OPTIONS_MAX) out.push({ field: `questions.${i}.options`, key: 'surveys.builder.error.manyOptions' });
      else if (new Set(options).size !== options.length)
        out.push({ field: `questions.${i}.options`, key: 'surveys.builder.error.duplicateOption' });
      else if (options.some((o) => o.length > SURVEY_OPTION_MAX))
        out.push({ field: `questions.${i}.options`, key: 'surveys.builder.error.tooLong' });
    }
  });
  return out;
}

/** Moves the question at `from` one place up (-1) or down (+1); out of range changes nothing. */
export function moveQuestion<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

/** Toggles `value` in a list (a checkbox of a multi-value filter). */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}
