/**
 * Calendar days in the configured time zone (APP_TIME_ZONE): "today" and "yesterday" are days of the
 * business calendar, not UTC. The `Clock` (clock.ts) uses these with its own "now".
 */

/** The `YYYY-MM-DD` day that `at` falls on in `timeZone`. */
export function localDay(timeZone: string, at: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The hour (0–23) of `at` in `timeZone`. */
export function localHour(timeZone: string, at: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at));
}

/** `day` moved by `days` calendar days (`YYYY-MM-DD` in, `YYYY-MM-DD` out; no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
