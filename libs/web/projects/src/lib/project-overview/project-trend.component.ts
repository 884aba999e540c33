import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  type Type,
  untracked,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
import type { ProjectOverview, SnapshotSeries } from '@xinzhi/shared-contracts';
import { CalendarService, I18nService, LiveEventsService, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import type { Subscription } from 'rxjs';
import { ProjectsClient } from '../data/projects.client';
import type { TrendChartComponent } from './trend-chart.component';
import { trendPoints } from './trend-series';

/** How far back the chart goes. */
export const TREND_DAYS = 90;

/**
 * The project's trend over the last 90 days: one point per daily snapshot (state at the end of the
 * day) and today from the live figures. Reloads when the worker announces new numbers for the
 * project. The chart itself (ECharts) loads only once the section scrolls into view — with a plain
 * dynamic import rather than `@defer`, whose runtime would otherwise land in the initial bundle.
 */
@Component({
  selector: 'xz-project-trend',
  imports: [NzSkeletonModule, AsyncStateComponent, TranslatePipe],
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
          <div
            #chartBox
            class="box"
            data-testid="trend-chart"
            role="img"
            [attr.data-points]="points().length"
            [attr.aria-label]="summary()"
          >
            <ng-container #chartHost />
            @if (!chartShown()) {
              <div class="placeholder"><nz-skeleton [nzActive]="true" [nzTitle]="false" [nzParagraph]="{ rows: 6 }" /></div>
            }
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
    .box,
    .placeholder {
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

  readonly project = input.required<ProjectOverview>();

  protected readonly days = TREND_DAYS;
  protected readonly compact = injectHandset();
  private readonly projectId = computed(() => this.project().id);
  private readonly series = signal<SnapshotSeries | null>(null);
  private readonly failed = signal(false);
  /** The chart's code could not be loaded (offline, or a new version was deployed meanwhile). */
  private readonly chartFailed = signal(false);
  /** The live point's day: the business calendar's today. */
  private readonly today = signal(this.calendar.today());
  private call: Subscription | null = null;

  private readonly chartBox = viewChild<ElementRef<HTMLElement>>('chartBox');
  private readonly chartHost = viewChild('chartHost', { read: ViewContainerRef });
  /** The chart component, once its code (and ECharts with it) has been loaded. */
  private readonly chartType = signal<Type<TrendChartComponent> | null>(null);
  private chartRef: ComponentRef<TrendChartComponent> | null = null;
  protected readonly chartShown = signal(false);

  /** Snapshots of the project shown now, then today from the figures the dashboard shows. */
  protected readonly points = computed(() => {
    const series = this.series();
    return series ? trendPoints(series.items, this.project(), this.today()) : [];
  });
  protected readonly state = computed<'loading' | 'error' | 'empty' | 'ready'>(() => {
    const series = this.series();
    if (this.chartFailed()) return 'error';
    if (!series) return this.failed() ? 'error' : 'loading';
    // One live point is no trend: until the first nightly snapshot there is no history to draw.
    return series.items.length ? 'ready' : 'empty';
  });
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
    // Load the chart's code when the chart's box first comes into view.
    effect((onCleanup) => {
      const box = this.chartBox()?.nativeElement;
      if (!box || this.chartType()) return;
      const load = () =>
        void import('./trend-chart.component')
          .then((m) => this.chartType.set(m.TrendChartComponent))
          .catch(() => this.chartFailed.set(true));
      const view = box.ownerDocument.defaultView;
      if (!view || typeof view.IntersectionObserver !== 'function') {
        load();
        return;
      }
      const observer = new view.IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      });
      observer.observe(box);
      onCleanup(() => observer.disconnect());
    });
    // Draw (again, when the box was re-created) and keep the chart's inputs current.
    effect(() => {
      const host = this.chartHost();
      const type = this.chartType();
      const points = this.points();
      const compact = this.compact();
      if (!host || !type) {
        untracked(() => this.chartShown.set(false));
        return;
      }
      untracked(() => {
        if (!this.chartRef || this.chartRef.hostView.destroyed) {
          host.clear();
          this.chartRef = host.createComponent(type);
        }
        this.chartRef.setInput('points', points);
        this.chartRef.setInput('compact', compact);
        this.chartShown.set(true);
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
      this.chartFailed.set(false);
    }
    this.call = this.client.snapshots(projectId, TREND_DAYS).subscribe({
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
