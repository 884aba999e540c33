import { Logger } from '@nestjs/common';
import type { JobSchedulerJson, JobSchedulerTemplateOptions, RepeatOptions } from 'bullmq';
import { JobBase, QueueName } from './queues';
import { QueueRegistry } from './queue.module';

/** How often each worker checks that every schedule is still in Redis (and puts back what is missing). */
export const SCHEDULES_CHECK_EVERY_MS = 10_000;

/**
 * A periodic job, declared with its handler (`@JobProcessor(…, { schedule })`). It becomes a BullMQ
 * job scheduler: the schedule lives in Redis under `id`, so however many workers run there is one
 * schedule and one job per tick for the whole cluster. `pattern` is a cron pattern in
 * APP_TIME_ZONE; `every` a period in milliseconds.
 */
export type JobSchedule<T> = {
  id: string;
  data: T;
  /** Attempts per run (default: the queue's). A frequent job needs none but the next run. */
  attempts?: number;
  /** BullMQ priority of each run (catch-up work runs after change-triggered jobs). */
  priority?: number;
  /** Completed runs kept in Redis (default 20). */
  keepCompleted?: number;
} & ({ every: number; pattern?: undefined } | { pattern: string; every?: undefined });

export type ScheduleSpec = JobSchedule<JobBase> & { queue: QueueName; jobName: string };

function repeatOptions(spec: ScheduleSpec, timeZone: string): Omit<RepeatOptions, 'key'> {
  return spec.every !== undefined ? { every: spec.every } : { pattern: spec.pattern, tz: timeZone };
}

/** The options every run of the schedule is created with. */
export function templateOptions(spec: ScheduleSpec): JobSchedulerTemplateOptions {
  return {
    removeOnComplete: spec.keepCompleted ?? 20,
    removeOnFail: 50,
    ...(spec.attempts !== undefined ? { attempts: spec.attempts } : {}),
    ...(spec.priority !== undefined ? { priority: spec.priority } : {}),
  };
}

/**
 * True when the scheduler stored in Redis is the one `spec` describes. A schedule that is current is
 * left alone: upserting a cron scheduler whose run is due but not yet taken would move it to the
 * next occurrence, so a schedule is only written when it is missing or has changed.
 */
export function scheduleIsCurrent(stored: JobSchedulerJson | undefined, spec: ScheduleSpec, timeZone: string): boolean {
  if (!stored || stored.name !== spec.jobName) return false;
  if (spec.every !== undefined ? Number(stored.every) !== spec.every : stored.pattern !== spec.pattern || stored.tz !== timeZone)
    return false;
  if (JSON.stringify(stored.template?.data ?? null) !== JSON.stringify(spec.data)) return false;
  const opts = (stored.template?.opts ?? {}) as Record<string, unknown>;
  return Object.entries(templateOptions(spec)).every(([key, value]) => JSON.stringify(opts[key]) === JSON.stringify(value));
}

/**
 * Keeps the handlers' schedules registered. Each worker writes them at start and then checks them
 * every `SCHEDULES_CHECK_EVERY_MS`: a schedule missing from Redis (emptied, restored from an old
 * copy, a failover) or whose next run is gone is written again, so periodic work and the heartbeat
 * come back on their own instead of stopping until a worker restarts. Writing is an idempotent
 * upsert under a fixed id, so workers doing it at the same time still leave one schedule.
 */
export class SchedulesKeeper {
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private failing = false;
  private started = false;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly specs: readonly ScheduleSpec[],
    private readonly timeZone: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.check();
    this.started = true;
    // A process timer on purpose, and the only one: it watches the job schedulers themselves, so it
    // cannot be one of them (an emptied Redis loses them all). It only reads and re-writes schedules;
    // the periodic work runs as scheduler jobs, once per cluster.
    this.timer = setInterval(() => void this.check(), SCHEDULES_CHECK_EVERY_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Writes every schedule that is missing or out of date; returns the ids written. */
  async check(): Promise<string[]> {
    if (this.checking) return [];
    this.checking = true;
    const written: string[] = [];
    try {
      for (const spec of this.specs) {
        if (await this.ensure(spec)) written.push(spec.id);
      }
      if (this.failing) this.logger.log('schedules are reachable again');
      this.failing = false;
      if (written.length) {
        const message = `schedules registered: ${written.join(', ')}`;
        if (this.started) this.logger.warn(`${message} (they were missing or out of date in Redis)`);
        else this.logger.log(message);
      }
    } catch (error) {
      // Redis away: said once per outage; the next check (or the next start) registers them.
      if (!this.failing) this.logger.warn(`could not check the schedules, will retry: ${(error as Error).message}`);
      this.failing = true;
    } finally {
      this.checking = false;
    }
    return written;
  }

  private async ensure(spec: ScheduleSpec): Promise<boolean> {
    const queue = this.queues.get(spec.queue);
    const stored = await queue.getJobScheduler(spec.id);
    // BullMQ names a scheduler's next run `repeat:<id>:<time>`; a schedule without it never runs again.
    if (
      scheduleIsCurrent(stored, spec, this.timeZone) &&
      stored?.next !== undefined &&
      (await queue.getJob(`repeat:${spec.id}:${stored.next}`))
    )
      return false;
    await queue.upsertJobScheduler(spec.id, repeatOptions(spec, this.timeZone), {
      name: spec.jobName,
      data: spec.data,
      opts: templateOptions(spec),
    });
    return true;
  }
}
