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
import type { RadarSeries } from '../logic/radar';
import type { RadarChartComponent } from './radar-chart.component';

/**
 * Where the radar goes: its component (and with it ECharts) is imported when the slot is first
 * shown, so neither is part of the page's first load.
 */
@Component({
  selector: 'xz-radar-slot',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="failed">{{ 'results.chartFailed' | t }}</p>
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
export class RadarSlotComponent {
  readonly indicators = input.required<readonly string[]>();
  readonly series = input.required<readonly RadarSeries[]>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<RadarChartComponent> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./radar-chart.component')
      .then((m) => {
        if (!destroyed) this.chart.set(this.host().createComponent(m.RadarChartComponent));
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setInput('indicators', this.indicators());
      chart.setInput('series', this.series());
    });
  }
}
