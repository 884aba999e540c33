import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { type TrendLine, trendOption } from '../logic/trend';

/** KPI attainment over time (percent of target) drawn with ECharts; imported by the slot when first shown. */
@Component({
  selector: 'xz-kpi-trend-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" data-testid="showcase-kpi-canvas" [options]="options()" [autoResize]="true"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 300px;
    }
  `,
})
export class KpiTrendChartComponent {
  readonly lines = input.required<readonly TrendLine[]>();
  readonly targetLabel = input.required<string>();

  protected readonly options = computed(() => trendOption(this.lines(), this.targetLabel()));
}
