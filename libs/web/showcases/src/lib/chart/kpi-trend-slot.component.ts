import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
import { TranslatePipe } from '@xinzhi/web-core';
import type { TrendLine } from '../logic/trend';
import type { KpiTrendChartComponent } from './kpi-trend-chart.component';

/** Where the KPI trend goes: its component (and ECharts) is imported when the slot is first shown. */
@Component({
  selector: 'xz-kpi-trend-slot',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="failed">{{ 'showcase.chartFailed' | t }}</p>
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
export class KpiTrendSlotComponent {
  readonly lines = input.required<readonly TrendLine[]>();
  readonly targetLabel = input.required<string>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<KpiTrendChartComponent> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./kpi-trend-chart.component')
      .then((m) => {
        if (!destroyed) this.chart.set(this.host().createComponent(m.KpiTrendChartComponent));
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setInput('lines', this.lines());
      chart.setInput('targetLabel', this.targetLabel());
    });
  }
}
