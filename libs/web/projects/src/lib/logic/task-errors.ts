import { PROBLEM_CODES, type Task } from '@xinzhi/shared-contracts';
import { type I18nService, problemMessage, readApiFailure, type TranslationKey } from '@xinzhi/web-core';

/** Texts of the task form for the API's field errors (`field:code`), for `applyProblemToForm`. */
export const TASK_FIELD_MESSAGES: Readonly<Record<string, TranslationKey>> = {
  [`dueDate:${PROBLEM_CODES.afterStart}`]: 'task.error.dueAfterStart',
  [`dependsOnId:${PROBLEM_CODES.cycle}`]: 'task.error.cycle',
  [`dependsOnId:${PROBLEM_CODES.exists}`]: 'task.error.dependencyExists',
  [`teamId:${PROBLEM_CODES.exists}`]: 'task.error.teamExists',
  [`assigneeId:${PROBLEM_CODES.member}`]: 'task.error.assigneeMember',
  [`businessArea:${PROBLEM_CODES.oneOf}`]: 'task.error.area',
  [`technologyType:${PROBLEM_CODES.oneOf}`]: 'task.error.tech',
  [`weight:${PROBLEM_CODES.min}`]: 'task.error.weight',
  [`weight:${PROBLEM_CODES.max}`]: 'task.error.weight',
  [`weight:${PROBLEM_CODES.integer}`]: 'task.error.weight',
  [`blockedReason:${PROBLEM_CODES.required}`]: 'task.error.blockedReason',
};

/**
 * The translation key for why the API refused a change of a task, when it is one of the task rules
 * (dependency not finished, cancelled task not reopened to todo, not allowed, no blocking reason);
 * null for anything else.
 */
export function taskRefusalKey(error: unknown): TranslationKey | null {
  const failure = readApiFailure(error);
  if (!failure) return null;
  const codes = failure.fieldErrors.map((e) => `${e.field}:${e.code}`);
  if (failure.status === 409) {
    if (failure.fieldErrors.some((e) => e.code === PROBLEM_CODES.dependency)) return 'task.error.dependency';
    if (failure.fieldErrors.some((e) => e.code === PROBLEM_CODES.transition)) return 'task.error.transition';
    return null;
  }
  if (failure.status === 403) return 'task.error.forbidden';
  if (failure.status === 404) return 'task.error.notFound';
  if (failure.status === 400) {
    if (codes.includes(`blockedReason:${PROBLEM_CODES.required}`)) return 'task.error.blockedReason';
    if (codes.includes(`percentDone:${PROBLEM_CODES.done}`)) return 'task.error.percentDone';
  }
  return null;
}

/** A sentence for a refused task change, in the user's language. */
export function taskProblemMessage(i18n: I18nService, error: unknown, task?: Pick<Task, 'dependsOnTitle'> | null): string {
  const key = taskRefusalKey(error);
  if (key === 'task.error.dependency') {
    const title = task?.dependsOnTitle ?? dependencyTitleFrom(error);
    return title ? i18n.t('task.error.dependencyNamed', { title }) : i18n.t(key);
  }
  return key ? i18n.t(key) : problemMessage(i18n, error);
}

/** The dependency's title from the API's English detail (“…depends on “X”, which…”). */
function dependencyTitleFrom(error: unknown): string | null {
  const detail = readApiFailure(error)?.problem?.detail ?? '';
  const match = /“(.+)”/.exec(detail);
  return match ? match[1] : null;
}
