import type { AppNotification, Locale, NotificationKind } from '@xinzhi/shared-contracts';
import type { TranslationKey, TranslationParams } from '@xinzhi/web-core';

/** What a notification says, in the reader's language. */
export interface NotificationText {
  readonly text: string;
  /** Why the reader is told, when it is not their own task (e.g. "in a team you lead"). */
  readonly note: string | null;
}

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day in the reader's language (`2026年3月5日`, `Mar 5, 2026`), without time-zone shifts. */
export function formatDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    DATE_FORMATS.set(locale, format);
  }
  return format.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), counted on the calendar. */
export function daysBetween(from: string, to: string): number {
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86400_000);
}

/** The amount of an award as its unit says (`¥1,000`, `50 points`). */
function amountText(amount: number, unit: 'cny' | 'points', t: Translate, locale: Locale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  return unit === 'cny' ? t('notifications.amountCny', { amount: number }) : t('notifications.amountPoints', { amount: number });
}

/**
 * Words a notification from its `kind` and `params` (the server sends no text, so it follows the
 * reader's language). How late an overdue task is, is counted here from its due date and `today`
 * (the business date), so a notice written days ago still says how late it is now.
 */
export function notificationText(notification: AppNotification, t: Translate, locale: Locale, today: string): NotificationText {
  switch (notification.kind) {
    case 'task_overdue': {
      const p = notification.params;
      const days = Math.max(1, daysBetween(p.dueDate, today));
      const key: TranslationKey = days === 1 ? 'notifications.taskOverdueOne' : 'notifications.taskOverdue';
      return {
        text: t(key, { taskTitle: p.taskTitle, daysOverdue: days, dueDate: formatDay(p.dueDate, locale), projectName: p.projectName }),
        note: p.as === 'team_lead' ? t('notifications.asTeamLead') : null,
      };
    }
    case 'task_assigned': {
      const p = notification.params;
      return {
        text: t('notifications.taskAssigned', { actor: p.actorName, taskTitle: p.taskTitle, projectName: p.projectName }),
        note: null,
      };
    }
    case 'task_commented':
    case 'mentioned': {
      const p = notification.params;
      const key: TranslationKey = notification.kind === 'mentioned' ? 'notifications.mentioned' : 'notifications.taskCommented';
      return { text: t(key, { actor: p.actorName, taskTitle: p.taskTitle, projectName: p.projectName }), note: p.excerpt || null };
    }
    case 'task_blocked':
    case 'task_unblocked': {
      const p = notification.params;
      const text =
        notification.kind === 'task_blocked'
          ? t('notifications.taskBlocked', { actor: p.actorName, taskTitle: p.taskTitle, reason: p.reason ?? '' })
          : t('notifications.taskUnblocked', { actor: p.actorName, taskTitle: p.taskTitle });
      return { text, note: p.as === 'team_lead' ? t('notifications.asTeamLead') : null };
    }
    case 'award_approved':
    case 'award_rejected':
    case 'award_paid': {
      const p = notification.params;
      const values = { actor: p.actorName, schemeName: p.schemeName, amount: amountText(p.amount, p.unit, t, locale) };
      if (notification.kind === 'award_approved') return { text: t('notifications.awardApproved', values), note: null };
      if (notification.kind === 'award_paid') return { text: t('notifications.awardPaid', values), note: null };
      return { text: t('notifications.awardRejected', values), note: p.reason };
    }
    case 'invitation_accepted': {
      const p = notification.params;
      return { text: t('notifications.invitationAccepted', { actor: p.actorName, email: p.email }), note: null };
    }
    default:
      return { text: t('notifications.unknown'), note: null };
  }
}

/** The badge's text: the count, or `99+` beyond that. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(Math.max(0, unread));
}

/** A link inside this app (starts with one `/`); anything else is not followed. */
export function appLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * The kinds as the bell's filter and the settings page group them (kept here, not taken from the
 * contracts' module, so the shell's lazy bell does not carry zod; the settings page checks the list
 * against the API's).
 */
export const KIND_GROUPS: ReadonlyArray<{ group: 'tasks' | 'awards' | 'members'; kinds: readonly NotificationKind[] }> = [
  { group: 'tasks', kinds: ['task_assigned', 'task_commented', 'mentioned', 'task_blocked', 'task_unblocked', 'task_overdue'] },
  { group: 'awards', kinds: ['award_approved', 'award_rejected', 'award_paid'] },
  { group: 'members', kinds: ['invitation_accepted'] },
];
