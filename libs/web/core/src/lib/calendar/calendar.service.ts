import { Injectable, signal } from '@angular/core';
import type { BusinessCalendar } from '@xinzhi/shared-contracts';

/** The API's default zone, used until `/api/me` has said which one the app runs in. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The `YYYY-MM-DD` day that `at` falls on in `timeZone`. */
export function dayIn(timeZone: string, at: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** `day` moved by whole months (`YYYY-MM-DD` in and out; an overflowing day rolls over, as Date does). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, date)).toISOString().slice(0, 10);
}

/**
 * The business calendar the API judges by: every "today" of the web app (overdue marks, date
 * pickers' maximum, default dates, the trend chart's live point) is the day in the app's time zone
 * on the server's clock — not the browser's local day, which in another zone, or between midnight
 * and 08:00 in China against a UTC server, is a different date. `/api/me` brings the zone and the
 * server clock's instant; the service keeps the offset to the browser's clock, so a page left open
 * past midnight moves on to the next day with the server.
 */
@Injectable({ providedIn: 'root' })
export class CalendarService {
  private readonly zone = signal(DEFAULT_TIME_ZONE);
  /** Server clock minus browser clock, in milliseconds. */
  private offsetMs = 0;

  /** The app's IANA time zone. */
  readonly timeZone = this.zone.asReadonly();

  /** Takes the calendar from `/api/me`; `receivedAt` is the browser's clock when the answer arrived. */
  use(calendar: BusinessCalendar, receivedAt: number = Date.now()): void {
    this.zone.set(calendar.timeZone);
    const serverNow = Date.parse(calendar.now);
    this.offsetMs = Number.isNaN(serverNow) ? 0 : serverNow - receivedAt;
  }

  /** The server clock's instant now. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's `YYYY-MM-DD` in the app's time zone. */
  today(): string {
    return dayIn(this.zone(), this.now());
  }
}
