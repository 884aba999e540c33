import type { AppNotification, Locale } from '@xinzhi/shared-contracts';
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

/** Words a notification from its `kind` and `params` (the server sends no text, so it follows the reader's language). */
export function notificationText(notification: AppNotification, t: Translate, locale: Locale): NotificationText {
  switch (notification.kind) {
    case 'task_overdue': {
      const p = notification.params;
      const key: TranslationKey = p.daysOverdue === 1 ? 'notifications.taskOverdueOne' : 'notifications.taskOverdue';
      return {
        text: t(key, {
          taskTitle: p.taskTitle,
          daysOverdue: p.daysOverdue,
          dueDate: formatDay(p.dueDate, locale),
          projectName: p.projectName,
        }),
        note: p.as === 'team_lead' ? t('notifications.asTeamLead') : null,
      };
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
