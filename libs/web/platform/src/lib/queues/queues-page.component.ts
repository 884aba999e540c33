import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { QuestionCircleOutline } from '@ant-design/icons-angular/icons';
import { type FailedJob, type QueueOverview, type QueueStatus, workerState } from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule, NzIconService } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import type { Subscription } from 'rxjs';
import {
  age,
  dataFields,
  type Duration,
  formatInZone,
  needsSeconds,
  QUEUE_COUNT_HINTS,
  QUEUE_COUNT_KEYS,
  QUEUE_COUNT_LABELS,
  schedulePattern,
  shortReason,
} from './queue-format';
import { QueuesClient } from './queues.client';

/** How often the page reads the queues again while it is shown. */
export const QUEUES_REFRESH_MS = 10_000;

/**
 * `/platform/queues`: the worker's heartbeat and, per queue, its job counts, its schedules and its
 * failed jobs (with a retry after confirmation). Read again every 10 s while the page is visible.
 */
@Component({
  selector: 'xz-queues-page',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    NzTooltipModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queues-page.component.html',
  styleUrl: './queues-page.component.css',
})
export class QueuesPageComponent {
  private readonly client = inject(QueuesClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly document = inject(DOCUMENT);

  protected readonly refreshSeconds = QUEUES_REFRESH_MS / 1000;
  protected readonly countKeys = QUEUE_COUNT_KEYS;
  protected readonly countLabels = QUEUE_COUNT_LABELS;
  protected readonly countHints = QUEUE_COUNT_HINTS;

  protected readonly overview = signal<QueueOverview | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** `queue/jobId` of the retry under way. */
  protected readonly retrying = signal<string | null>(null);
  private readonly now = signal(new Date());
  private call: Subscription | null = null;

  protected readonly readAt = computed(() => {
    const at = this.overview()?.at;
    return at ? formatDateTime(at, this.i18n.locale()) : '';
  });
  protected readonly heartbeat = computed(() => {
    const at = this.overview()?.workerHeartbeatAt ?? null;
    const now = this.now();
    return {
      at,
      state: workerState(at ? new Date(at) : null, now),
      time: at ? formatDateTime(at, this.i18n.locale()) : '',
      age: this.ageText(age(at, now)),
    };
  });
  protected readonly queues = computed(() => {
    const locale = this.i18n.locale();
    const now = this.now();
    return (this.overview()?.queues ?? []).map((queue) => ({
      queue,
      schedules: queue.schedules.map((schedule) => {
        const pattern = schedulePattern(schedule.pattern);
        return {
          schedule,
          pattern:
            pattern.kind === 'every'
              ? this.i18n.t('queues.every', { interval: this.i18n.t(pattern.interval.key, { count: pattern.interval.count }) })
              : pattern.text,
          timeZone: schedule.timeZone ?? this.i18n.t('queues.serverTime'),
          // A schedule under a minute (the heartbeat's 5 s) would read as the same minute again and again.
          next: schedule.nextRunAt ? formatInZone(schedule.nextRunAt, locale, schedule.timeZone, needsSeconds(schedule.pattern)) : '—',
        };
      }),
      failed: queue.failed.map((job) => ({
        job,
        key: `${queue.name}/${job.id}`,
        reason: shortReason(job.failedReason),
        when: job.failedAt ? formatDateTime(job.failedAt, locale) : '—',
        ago: this.ageText(age(job.failedAt, now)),
        data: dataFields(job.data),
      })),
      extra: (['prioritized'] as const).filter((key) => queue.counts[key] > 0),
    }));
  });

  constructor() {
    // The help icon of the count headers (the platform routes register the page's other icons).
    inject(NzIconService).addIcon(QuestionCircleOutline);
    this.load();
    // An operator page may poll: every 10 s, but only while the page is in view.
    const view = this.document.defaultView;
    const timer = view?.setInterval(() => {
      if (this.document.visibilityState !== 'hidden') this.load(true);
    }, QUEUES_REFRESH_MS);
    const onVisible = () => {
      if (this.document.visibilityState === 'visible') this.load(true);
    };
    this.document.addEventListener('visibilitychange', onVisible);
    inject(DestroyRef).onDestroy(() => {
      if (timer !== undefined) view?.clearInterval(timer);
      this.document.removeEventListener('visibilitychange', onVisible);
      this.call?.unsubscribe();
    });
  }

  /** Reads the queues; `quiet` (the timer) keeps the last figures shown, also when it fails. */
  protected load(quiet = false): void {
    if (quiet && this.call && !this.call.closed) return;
    this.call?.unsubscribe();
    if (!quiet) this.loading.set(true);
    this.call = this.client.overview().subscribe({
      next: (overview) => {
        this.overview.set(overview);
        this.now.set(new Date());
        this.error.set(null);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.now.set(new Date());
        if (!quiet || !this.overview()) this.error.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected retry(queue: QueueStatus, job: FailedJob): void {
    const key = `${queue.name}/${job.id}`;
    if (this.retrying()) return;
    this.retrying.set(key);
    this.client.retry(queue.name, job.id).subscribe({
      next: () => {
        this.retrying.set(null);
        this.messages.success(this.i18n.t('queues.retried', { name: job.name ? `${job.name} #${job.id}` : `#${job.id}` }));
        // Read the queues again now (not at the next tick), so the retried job leaves the failed list.
        this.load();
      },
      error: (error: unknown) => {
        this.retrying.set(null);
        this.messages.error(this.i18n.t('queues.retryFailed', { reason: problemMessage(this.i18n, error) }), { nzDuration: 6000 });
        this.load(true);
      },
    });
  }

  /** Brings a queue's schedules and failed jobs into view. */
  protected scrollTo(queue: string): void {
    this.document.getElementById(`queue-${queue}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  private ageText(duration: Duration | null): string {
    return duration ? this.i18n.t('queues.ago', { age: this.i18n.t(duration.key, { count: duration.count }) }) : '';
  }
}
