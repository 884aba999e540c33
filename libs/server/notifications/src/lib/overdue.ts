import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { Clock } from '@xinzhi/server-core';
import { eachTenant, TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, JobProcessor, LiveEventPublisher, QueueNames, QueueRegistry, SystemJobs } from '@xinzhi/server-queue';
import { notifyOverdue } from './notifications.data';

/** The morning notices go out at this hour of APP_TIME_ZONE. */
export const OVERDUE_HOUR = 8;

/**
 * `system/notify-overdue`: scheduled for 08:00 each morning in APP_TIME_ZONE; a worker started later
 * in the day runs it once at start (same day, so nobody is told twice). Open pages of a tenant that
 * got new notices hear a `notifications` live event and refresh their bell.
 */
@Injectable()
@JobProcessor(QueueNames.system, 'notify-overdue', {
  schedule: { id: 'morning-overdue', pattern: `0 ${OVERDUE_HOUR} * * *`, data: { tenantId: null } },
})
export class NotifyOverdueHandler implements JobHandler<SystemJobs['notify-overdue']>, OnApplicationBootstrap {
  private readonly logger = new Logger('Overdue');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly queues: QueueRegistry,
    private readonly events: LiveEventPublisher,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.clock.hour() >= OVERDUE_HOUR) {
      await this.queues
        .get(QueueNames.system)
        .add(
          'notify-overdue',
          { tenantId: null },
          { jobId: `overdue-at-start-${this.clock.today()}`, removeOnComplete: true, removeOnFail: 50 },
        )
        .catch((error: Error) => this.logger.warn(`could not queue the start-up overdue run: ${error.message}`));
    }
  }

  async handle(job: Job<SystemJobs['notify-overdue']>): Promise<{ day: string; notified: number }> {
    const day = job.data.day ?? this.clock.today();
    const { results, failures } = await eachTenant(this.tx, `job-${job.id}`, (m) => notifyOverdue(m, day));
    for (const r of results) {
      if (r.value > 0) await this.events.publish(r.tenantId, { type: 'notifications', at: new Date().toISOString() });
    }
    if (failures.length) throw new Error(`overdue notices failed for ${failures.length} tenant(s): ${failures[0].error.message}`);
    return { day, notified: results.reduce((s, r) => s + r.value, 0) };
  }
}

/** The worker side of notifications (its handler registers itself with `@JobProcessor`). */
@Module({ providers: [NotifyOverdueHandler, LiveEventPublisher] })
export class NotificationJobsModule {}
