import { Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@xinzhi/server-core';
import { eachTenant, TransactionRunner } from '@xinzhi/server-db';
import { JobHandler, LiveEventPublisher, QueueNames, QueueRegistry, registerSchedule, SystemJobs } from '@xinzhi/server-queue';

/** The morning notices go out at this hour of APP_TIME_ZONE. */
export const OVERDUE_HOUR = 8;

/** Notifications older than this many days are removed by the same job. */
export const NOTIFICATION_KEEP_DAYS = 90;

/**
 * One statement per tenant: every open task of an active project whose due date has passed tells
 * its assignee and the lead of its team (once when they are the same person), one notice per person,
 * task and day — the unique key makes a second run of the same morning add nothing.
 */
const NOTIFY_OVERDUE = `
  WITH due AS (
    SELECT DISTINCT ON (r.user_id, t.id)
           r.user_id, r.as_role, t.id AS task_id, t.title, t.due_date, p.id AS project_id, p.name AS project_name
      FROM tasks t
      JOIN projects p ON p.tenant_id = t.tenant_id AND p.id = t.project_id
      LEFT JOIN teams tm ON tm.tenant_id = t.tenant_id AND tm.id = t.team_id
      CROSS JOIN LATERAL (VALUES (t.assignee_user_id, 'assignee', 1), (tm.lead_user_id, 'team_lead', 2)) r(user_id, as_role, rank)
     WHERE t.due_date < $1::date AND t.status NOT IN ('done', 'cancelled') AND p.status = 'active' AND r.user_id IS NOT NULL
     ORDER BY r.user_id, t.id, r.rank
  ), written AS (
    INSERT INTO notifications (tenant_id, user_id, kind, task_id, day, params, link)
    SELECT app_tenant_id(), user_id, 'task_overdue', task_id, $1::date,
           jsonb_build_object('taskId', task_id, 'taskTitle', title, 'projectId', project_id, 'projectName', project_name,
                              'dueDate', to_char(due_date, 'YYYY-MM-DD'), 'daysOverdue', $1::date - due_date, 'as', as_role),
           '/projects/' || project_id || '/list?task=' || task_id
      FROM due
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS n FROM written`;

export async function notifyOverdue(m: EntityManager, day: string): Promise<number> {
  const [{ n }] = await m.query(NOTIFY_OVERDUE, [day]);
  await m.query(`DELETE FROM notifications WHERE day < $1::date - $2::int`, [day, NOTIFICATION_KEEP_DAYS]);
  return n;
}

/**
 * `system/notify-overdue`: scheduled for 08:00 each morning in APP_TIME_ZONE; a worker started later
 * in the day runs it once at start (same day, so nobody is told twice). Open pages of a tenant that
 * got new notices hear a `notifications` live event and refresh their bell.
 */
@Injectable()
export class NotifyOverdueHandler implements JobHandler<SystemJobs['notify-overdue']>, OnApplicationBootstrap {
  readonly queue = QueueNames.system;
  readonly jobName = 'notify-overdue';
  private readonly logger = new Logger('Overdue');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly queues: QueueRegistry,
    private readonly events: LiveEventPublisher,
    @InjectConfig() private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tz = this.config.appTimeZone;
    await registerSchedule(this.queues, {
      id: 'morning-overdue', queue: QueueNames.system, jobName: 'notify-overdue', data: { tenantId: null }, pattern: `0 ${OVERDUE_HOUR} * * *`, timeZone: tz,
    }, this.logger);
    if (this.clock.hour() >= OVERDUE_HOUR) {
      await this.queues.get(QueueNames.system).add('notify-overdue', { tenantId: null }, { jobId: `overdue-at-start-${this.clock.today()}`, removeOnComplete: true, removeOnFail: 50 })
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

/** The worker side of notifications. */
@Module({ providers: [NotifyOverdueHandler, LiveEventPublisher], exports: [NotifyOverdueHandler] })
export class NotificationJobsModule {}

export const NOTIFICATION_JOB_HANDLERS = [NotifyOverdueHandler];
