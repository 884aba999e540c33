import type { Task } from '@xinzhi/shared-contracts';
import { type I18nService, problemMessage, readApiFailure, type TranslationKey } from '@xinzhi/web-core';

/** Texts of the task form for the API's field errors (`field:code`), for `applyProblemToForm`. */
export const TASK_FIELD_MESSAGES: Readonly<Record<string, TranslationKey>> = {
  'dueDate:afterStart': 'task.error.dueAfterStart',
  'dependsOnId:cycle': 'task.error.cycle',
  'dependsOnId:exists': 'task.error.dependencyExists',
  'teamId:exists': 'task.error.teamExists',
  'assigneeId:member': 'task.error.assigneeMember',
  'businessArea:isIn': 'task.error.area',
  'technologyType:isIn': 'task.error.tech',
  'weight:min': 'task.error.weight',
  'weight:max': 'task.error.weight',
  'weight:isInt': 'task.error.weight',
  'blockedReason:required': 'task.error.blockedReason',
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
    if (failure.fieldErrors.some((e) => e.code === 'dependency')) return 'task.error.dependency';
    if (failure.fieldErrors.some((e) => e.code === 'transition')) return 'task.error.transition';
    return null;
  }
  if (failure.status === 403) return 'task.error.forbidden';
  if (failure.status === 404) return 'task.error.notFound';
  if (failure.status === 400) {
    if (codes.includes('blockedReason:required')) return 'task.error.blockedReason';
    if (codes.includes('percentDone:done')) return 'task.error.percentDone';
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
