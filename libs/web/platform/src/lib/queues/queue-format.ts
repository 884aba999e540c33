import type { QueueCounts } from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** The counts the queue table shows, in this order. */
export const QUEUE_COUNT_KEYS = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const satisfies ReadonlyArray<keyof QueueCounts>;

export const QUEUE_COUNT_LABELS: Readonly<Record<keyof QueueCounts, TranslationKey>> = {
  waiting: 'queues.count.waiting',
  active: 'queues.count.active',
  delayed: 'queues.count.delayed',
  completed: 'queues.count.completed',
  failed: 'queues.count.failed',
  prioritized: 'queues.count.prioritized',
};

/**
 * Why a count is not a total: BullMQ trims finished jobs (completed and failed keep only the recent
 * ones), so those two columns carry a short explanation.
 */
export const QUEUE_COUNT_HINTS: Readonly<Partial<Record<keyof QueueCounts, TranslationKey>>> = {
  completed: 'queues.countHint.completed',
  failed: 'queues.countHint.failed',
};

/** A duration in the largest whole unit that fits: `{ key: 'queues.age.minutes', count: 3 }`. */
export interface Duration {
  readonly key: TranslationKey;
  readonly count: number;
}

export function duration(ms: number): Duration {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return { key: 'queues.age.seconds', count: seconds };
  if (seconds < 3600) return { key: 'queues.age.minutes', count: Math.floor(seconds / 60) };
  if (seconds < 86_400) return { key: 'queues.age.hours', count: Math.floor(seconds / 3600) };
  return { key: 'queues.age.days', count: Math.floor(seconds / 86_400) };
}

/** How long ago `iso` was, seen at `now`; null for no or an unreadable time. */
export function age(iso: string | null, now: Date): Duration | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : duration(now.getTime() - at);
}

/** A schedule's pattern: a cron expression as it is, or BullMQ's `every <ms>` (`every 5000 ms`) as an interval. */
export type SchedulePattern = { readonly kind: 'cron'; readonly text: string } | { readonly kind: 'every'; readonly interval: Duration };

export function schedulePattern(pattern: string): SchedulePattern {
  const ms = everyMs(pattern);
  return ms !== null ? { kind: 'every', interval: duration(ms) } : { kind: 'cron', text: pattern };
}

/** The interval of an `every <ms>` pattern in milliseconds; null for cron patterns. */
export function everyMs(pattern: string): number | null {
  const every = /^every\s+(\d+)\s*(?:ms)?$/i.exec(pattern.trim());
  return every ? Number(every[1]) : null;
}

/** Whether a schedule's next run needs its seconds shown: an `every` schedule under a minute. */
export function needsSeconds(pattern: string): boolean {
  const ms = everyMs(pattern);
  return ms !== null && ms < 60_000;
}

/** One field of a job's payload as the failed-job table shows it. */
export interface DataField {
  readonly key: string;
  /** Short form (ids cut to their first 8 characters). */
  readonly text: string;
  /** The whole value (for the tooltip and copying). */
  readonly full: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A job's payload (ids only) as short `key: value` pairs, keys in a stable order. */
export function dataFields(data: Record<string, unknown> | null | undefined): DataField[] {
  if (!data || typeof data !== 'object') return [];
  return Object.keys(data)
    .sort()
    .map((key) => {
      const value = data[key];
      const full = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
      const text = UUID.test(full) ? `${full.slice(0, 8)}…` : full.length > 40 ? `${full.slice(0, 39)}…` : full;
      return { key, text, full };
    });
}

/** The first line of a failure reason, cut to `max` characters (the whole text goes in a tooltip). */
export function shortReason(reason: string, max = 120): string {
  const line = (reason ?? '').split('\n')[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const ZONED_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * A time in the reader's language, in `timeZone` when given (a schedule's next run reads best in the
 * zone its cron pattern is written for), else in the browser's zone.
 */
export function formatInZone(iso: string | null, locale: string, timeZone: string | null, withSeconds = false): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${timeZone ?? ''}|${withSeconds ? 's' : ''}`;
  let format = ZONED_FORMATS.get(key);
  if (!format) {
    const timeStyle = withSeconds ? 'medium' : 'short';
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle, ...(timeZone ? { timeZone } : {}) });
    } catch {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle }); // unknown zone
    }
    ZONED_FORMATS.set(key, format);
  }
  return format.format(date);
}
