import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
import { TranslatePipe } from '@xinzhi/web-core';
import type { EChartsCoreOption } from 'echarts/core';
import type { ParkChartComponent } from './park-chart.component';

/** Where a park chart goes: its component (and with it ECharts) is imported when first shown, not with the page. */
@Component({
  selector: 'xz-chart-slot',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="failed" data-testid="chart-failed">{{ 'analysis.chartFailed' | t }}</p>
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
export class ChartSlotComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly clicked = output<unknown>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<ParkChartComponent> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./park-chart.component')
      .then((m) => {
        if (destroyed) return;
        const ref = this.host().createComponent(m.ParkChartComponent);
        ref.instance.clicked.subscribe((data) => this.clicked.emit(data));
        this.chart.set(ref);
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      this.chart()?.setInput('options', this.options());
    });
  }
}
