import { Injectable } from '@nestjs/common';
import type { BusinessCalendar } from '@xinzhi/shared-contracts';
import type { AppConfig } from '../config/app-config';
import { localDay, localHour } from './calendar';

/**
 * The one clock of the business calendar. `today()` is the day in the app's time zone
 * (APP_TIME_ZONE) — the "today" of overdue tasks, "not after today", the daily jobs and replays —
 * so a request at 01:00 in Shanghai means the Shanghai day, not UTC's. Code that needs "today" asks
 * this clock and hands the day to SQL as a parameter, never `current_date`: a test clock can move
 * this clock but not the database's.
 *
 * With a start instant (the XINZHI_CLOCK_AT test setting) the clock begins at that instant when the
 * process starts and runs forward in real time from there.
 */
@Injectable()
export class Clock {
  private readonly offsetMs: number;

  constructor(
    readonly timeZone: string,
    startAt: Date | null = null,
    private readonly realNow: () => number = Date.now,
  ) {
    this.offsetMs = startAt ? startAt.getTime() - realNow() : 0;
  }

  static fromConfig(config: Pick<AppConfig, 'appTimeZone' | 'clockAt'>): Clock {
    return new Clock(config.appTimeZone, config.clockAt);
  }

  /** The current instant. */
  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  /** Today's `YYYY-MM-DD` in the app's time zone. */
  today(): string {
    return localDay(this.timeZone, this.now());
  }

  /** The hour (0–23) it is now in the app's time zone. */
  hour(): number {
    return localHour(this.timeZone, this.now());
  }

  /** What `/api/me` tells the web: the zone, today, and the clock's instant (the web keeps its offset). */
  calendar(): BusinessCalendar {
    const now = this.now();
    return { timeZone: this.timeZone, today: localDay(this.timeZone, now), now: now.toISOString() };
  }
}
