import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import type { ProjectOverview, SnapshotSeries } from '@xinzhi/shared-contracts';
import { CalendarService, I18nService, LiveEventsService, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import type { Subscription } from 'rxjs';
import { ProjectsClient } from '../data/projects.client';
import { ProjectWorkspaceStore } from '../project-workspace/project-workspace.store';
import { TREND_DAYS, trendChartOption, trendPoints } from './trend-series';

/**
 * The project's trend over the last 90 days: one point per daily snapshot (state at the end of the
 * day) and today from the live figures. Reloads when the worker announces new numbers for the
 * project. The chart is the shared `<xz-chart>`, which imports ECharts when it is first drawn.
 */
@Component({
  selector: 'xz-project-trend',
  imports: [NzSkeletonModule, AsyncStateComponent, ChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="trend" aria-labelledby="trend-heading" data-testid="trend" [attr.data-state]="state()">
      <div class="head">
        <h2 id="trend-heading" class="title">{{ 'trend.title' | t }}</h2>
        <span class="hint">{{ 'trend.subtitle' | t: { days } }}</span>
      </div>
      <p class="hint planned-help" data-testid="trend-planned-help">{{ 'trend.plannedHelp' | t }}</p>
      @switch (state()) {
        @case ('loading') {
          <div class="box" data-testid="trend-loading" role="status" [attr.aria-label]="'trend.loading' | t">
            <nz-skeleton [nzActive]="true" [nzTitle]="false" [nzParagraph]="{ rows: 6 }" />
          </div>
        }
        @case ('error') {
          <div data-testid="trend-error">
            <xz-async-state kind="error" [message]="'trend.error' | t" [retryable]="true" (retry)="load()" />
          </div>
        }
        @case ('empty') {
          <div data-testid="trend-empty">
            <xz-async-state kind="empty" [message]="'trend.empty' | t" />
          </div>
        }
        @default {
          <div class="box" data-testid="trend-chart" [attr.data-points]="points().length">
            <xz-chart
              data-testid="trend-canvas"
              [options]="chartOptions()"
              [height]="300"
              [label]="summary()"
              [failedText]="'trend.error' | t"
            />
          </div>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .trend {
      padding: 16px 20px;
      background: #fff;
      border-radius: 8px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      margin-bottom: 12px;
    }
    .title {
      margin: 0;
      font-size: 16px;
      font-weight: 600;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 13px;
    }
    .planned-help {
      margin: -6px 0 12px;
      font-size: 12px;
    }
    .box {
      min-height: 260px;
    }
    @media (max-width: 575.98px) {
      .trend {
        padding: 12px;
      }
    }
  `,
})
export class ProjectTrendComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly store = inject(ProjectWorkspaceStore, { optional: true });

  readonly project = input.required<ProjectOverview>();

  protected readonly days = TREND_DAYS;
  protected readonly compact = injectHandset();
  private readonly projectId = computed(() => this.project().id);
  private readonly series = signal<SnapshotSeries | null>(null);
  private readonly failed = signal(false);
  /** The live point's day: the business calendar's today. */
  private readonly today = signal(this.calendar.today());
  private call: Subscription | null = null;

  /** Snapshots of the project shown now, then today from the figures the dashboard shows. */
  protected readonly points = computed(() => {
    const series = this.series();
    return series ? trendPoints(series.items, this.project(), this.today()) : [];
  });
  protected readonly state = computed<'loading' | 'error' | 'empty' | 'ready'>(() => {
    const series = this.series();
    if (!series) return this.failed() ? 'error' : 'loading';
    // One live point is no trend: until the first nightly snapshot there is no history to draw.
    return series.items.length ? 'ready' : 'empty';
  });
  /** The chart's options; on a phone a smaller legend and labels, fewer axis labels. */
  protected readonly chartOptions = computed(() =>
    trendChartOption(
      this.points(),
      {
        progress: this.i18n.t('trend.progress'),
        planned: this.i18n.t('trend.planned'),
        index: this.i18n.t('trend.index'),
        kpi: this.i18n.t('trend.kpi'),
        today: this.i18n.t('trend.today'),
      },
      this.compact(),
    ),
  );
  protected readonly summary = computed(() => {
    const points = this.points();
    const last = points[points.length - 1];
    if (!last) return '';
    return this.i18n.t('trend.chartLabel', {
      count: points.length,
      progress: `${last.progress}%`,
      planned: last.planned === null ? '—' : `${last.planned}%`,
      index: `${last.index}%`,
    });
  });

  constructor() {
    effect(() => {
      this.projectId();
      untracked(() => {
        this.series.set(null);
        this.load();
      });
    });
    // New numbers for this project (the worker recomputed it): reload quietly, keeping the chart.
    const live = inject(LiveEventsService);
    const events = live.events.subscribe((event) => {
      if (event.type === 'project.progress' && event.projectId === this.projectId()) this.load(true);
    });
    const reconnected = live.ready.subscribe(() => {
      if (this.series()) this.load(true);
    });
    inject(DestroyRef).onDestroy(() => {
      events.unsubscribe();
      reconnected.unsubscribe();
      this.call?.unsubscribe();
    });
  }

  /** Loads the snapshots; `quiet` keeps the chart shown meanwhile and on failure. */
  load(quiet = false): void {
    const projectId = this.projectId();
    this.call?.unsubscribe();
    if (!quiet) {
      this.failed.set(false);
    }
    // The first load takes the snapshots the workspace asked for with the overview, when it did.
    const request = (!quiet && this.store?.takeTrend(projectId, TREND_DAYS)) || this.client.snapshots(projectId, TREND_DAYS);
    this.call = request.subscribe({
      next: (series) => {
        this.today.set(this.calendar.today());
        this.series.set(series);
        this.failed.set(false);
      },
      error: () => {
        if (!quiet || !this.series()) {
          this.series.set(null);
          this.failed.set(true);
        }
      },
    });
  }
}
