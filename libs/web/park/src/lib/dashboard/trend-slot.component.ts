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
import type { ParkTrendPoint } from '@xinzhi/shared-contracts';
import { TranslatePipe } from '@xinzhi/web-core';
import type { TrendChartComponent } from './trend-chart.component';
import type { TrendLabels } from './trend-option';

/** Where the trend goes: its component (and with it ECharts) is imported when the slot is first shown. */
@Component({
  selector: 'xz-park-trend-slot',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="muted">{{ 'parkDashboard.trend.failed' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: rgba(0, 0, 0, 0.55);
    }
  `,
})
export class TrendSlotComponent {
  readonly points = input.required<readonly ParkTrendPoint[]>();
  readonly labels = input.required<TrendLabels>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<TrendChartComponent> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./trend-chart.component')
      .then((m) => {
        if (!destroyed) this.chart.set(this.host().createComponent(m.TrendChartComponent));
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setInput('points', this.points());
      chart.setInput('labels', this.labels());
    });
  }
}
