import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
  DestroyRef,
  effect,
  inject,
  InjectionToken,
  input,
  output,
  type OutputRef,
  signal,
  type Type,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';

/** What ChartComponent needs of the drawing component (inputs `options` and `height`). */
export interface ChartHost {
  readonly chartClick: OutputRef<unknown>;
}

/** Imports the component that draws with ECharts; unit tests provide a stand-in. */
export const CHART_HOST_LOADER = new InjectionToken<() => Promise<Type<ChartHost>>>('CHART_HOST_LOADER', {
  providedIn: 'root',
  factory: () => () => import('./chart-host.component').then((m) => m.ChartHostComponent),
});

/**
 * Starts importing the drawing component and ECharts at once, for a page that will draw a chart on
 * its first screen: the imports then run while the page's data is on its way instead of after it
 * (the module imports are shared, so the chart draws as soon as its data is there). Unit tests
 * provide a stand-in.
 */
export const CHART_PRELOAD = new InjectionToken<() => void>('CHART_PRELOAD', {
  providedIn: 'root',
  factory: () => () => {
    import('./chart-host.component').then((m) => m.loadEcharts()).catch(() => undefined); // a failed import shows on the chart itself
  },
});

/**
 * The app's one chart: give it ECharts options (built by a feature's pure function) and it draws
 * them. The drawing component — and with it ECharts — is imported when the first chart is shown,
 * so no page carries ECharts in its first load. When that import fails (offline, or a new version
 * was deployed meanwhile) the failure text is shown instead.
 */
@Component({
  selector: 'xz-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.role]': "label() ? 'img' : null",
    '[attr.aria-label]': 'label()',
    '[style.min-height.px]': 'failed() ? null : height()',
  },
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="failed" data-testid="chart-failed">{{ failedText() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .failed {
      color: rgba(0, 0, 0, 0.55);
    }
  `,
})
export class ChartComponent {
  /** What to draw (type-only: ECharts is not imported with the page). */
  readonly options = input.required<EChartsCoreOption>();
  /** The chart's height in pixels; it is as wide as its container. */
  readonly height = input(300);
  /** What the chart shows, for screen readers (the chart becomes an image with this label). */
  readonly label = input<string | null>(null);
  /** Shown when the chart's code could not be loaded (each page says what it means there). */
  readonly failedText = input.required<string>();
  /** The clicked item's data. */
  readonly chartClick = output<unknown>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<ChartHost> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    inject(CHART_HOST_LOADER)()
      .then((type) => {
        if (destroyed) return;
        const ref = this.host().createComponent(type);
        ref.instance.chartClick.subscribe((data) => this.chartClick.emit(data));
        this.chart.set(ref);
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setInput('options', this.options());
      chart.setInput('height', this.height());
    });
  }
}
