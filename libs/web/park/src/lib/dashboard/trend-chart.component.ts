import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ParkTrendPoint } from '@xinzhi/shared-contracts';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { trendOption, type TrendLabels } from './trend-option';

/** The park's trend drawn with ECharts; imported dynamically by TrendSlotComponent. */
@Component({
  selector: 'xz-park-trend-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" data-testid="park-trend-canvas" [options]="options()" [autoResize]="true"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 260px;
    }
  `,
})
export class TrendChartComponent {
  readonly points = input.required<readonly ParkTrendPoint[]>();
  readonly labels = input.required<TrendLabels>();

  protected readonly options = computed(() => trendOption(this.points(), this.labels()));
}
