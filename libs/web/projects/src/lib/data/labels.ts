import type { Health, LeadershipRole, ProjectPhase, ProjectStatus, TaskStatus } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** Translation keys and tag colours of the project workspace's enumerations. */
export const PHASE_LABELS: Readonly<Record<ProjectPhase, TranslationKey>> = {
  diagnose: 'phase.diagnose',
  plan: 'phase.plan',
  implement: 'phase.implement',
  evaluate: 'phase.evaluate',
};

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, TranslationKey>> = {
  active: 'projectStatus.active',
  on_hold: 'projectStatus.on_hold',
  completed: 'projectStatus.completed',
  archived: 'projectStatus.archived',
};

export const PROJECT_STATUS_COLORS: Readonly<Record<ProjectStatus, string>> = {
  active: 'processing',
  on_hold: 'warning',
  completed: 'success',
  archived: 'default',
};

export const HEALTH_LABELS: Readonly<Record<Health, TranslationKey>> = {
  on_track: 'projectHealth.on_track',
  at_risk: 'projectHealth.at_risk',
  late: 'projectHealth.late',
};

/** nz-badge statuses of project health. */
export const HEALTH_BADGES: Readonly<Record<Health, 'success' | 'warning' | 'error'>> = {
  on_track: 'success',
  at_risk: 'warning',
  late: 'error',
};

export const LEADERSHIP_ROLE_LABELS: Readonly<Record<LeadershipRole, TranslationKey>> = {
  chair: 'leadershipRole.chair',
  vice_chair: 'leadershipRole.vice_chair',
  member: 'leadershipRole.member',
  secretary: 'leadershipRole.secretary',
};

export const LEADERSHIP_ROLE_COLORS: Readonly<Record<LeadershipRole, string>> = {
  chair: 'red',
  vice_chair: 'volcano',
  member: 'blue',
  secretary: 'purple',
};

/** Business areas and technology types (also used by incentive schemes): defined once in web-core. */
export { AREA_LABELS, TECH_LABELS } from '@xinzhi/web-core';

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, TranslationKey>> = {
  todo: 'taskStatus.todo',
  in_progress: 'taskStatus.in_progress',
  blocked: 'taskStatus.blocked',
  done: 'taskStatus.done',
  cancelled: 'taskStatus.cancelled',
};

export const TASK_STATUS_COLORS: Readonly<Record<TaskStatus, string>> = {
  todo: 'default',
  in_progress: 'processing',
  blocked: 'error',
  done: 'success',
  cancelled: 'default',
};

/**
 * The CSS classes of ng-zorro's tag for a colour, for long lists where hundreds of `nz-tag`
 * components would cost too much to render (the global ng-zorro styles draw them the same).
 */
export function tagClass(color: string): string {
  return color === 'default' ? 'ant-tag' : `ant-tag ant-tag-${color}`;
}

/** Solid colours of the status bars and board column accents. */
export const TASK_STATUS_ACCENTS: Readonly<Record<TaskStatus, string>> = {
  todo: '#8c8c8c',
  in_progress: '#1677ff',
  blocked: '#ff4d4f',
  done: '#52c41a',
  cancelled: '#bfbfbf',
};

/** What a button that moves a task to a status says, by where the task comes from. */
export function statusActionKey(from: TaskStatus, to: TaskStatus): TranslationKey {
  switch (to) {
    case 'todo':
      return from === 'cancelled' ? 'taskAction.reopen' : 'taskAction.todo';
    case 'in_progress':
      if (from === 'blocked') return 'taskAction.resume';
      if (from === 'done') return 'taskAction.reopenProgress';
      return 'taskAction.start';
    case 'blocked':
      return 'taskAction.blocked';
    case 'done':
      return 'taskAction.done';
    case 'cancelled':
      return 'taskAction.cancel';
  }
}

/** Fraction 0–1 as a whole percent, or null. */
export function percent(fraction: number | null | undefined): number | null {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return null;
  return Math.round(fraction * 100);
}

/** Date formats by language: creating an `Intl.DateTimeFormat` is costly, a board shows hundreds of dates. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Formatted dates by language and date (a project has a few hundred distinct dates at most). */
const FORMATTED = new Map<string, string>();

/** A `YYYY-MM-DD` date for people, in the given language (no time zone shift). */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  const key = `${locale}|${date}`;
  const known = FORMATTED.get(key);
  if (known !== undefined) return known;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    DATE_FORMATS.set(locale, format);
  }
  const text = format.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (FORMATTED.size > 5000) FORMATTED.clear();
  FORMATTED.set(key, text);
  return text;
}
