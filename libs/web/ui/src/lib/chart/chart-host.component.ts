import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/** ECharts with what the app's charts use registered (one shared import). */
export function loadEcharts() {
  return import('./echarts-setup').then((m) => m.echarts);
}

/**
 * The ECharts canvas behind `<xz-chart>`. ChartComponent imports this component dynamically, and
 * ECharts itself (./echarts-setup) is imported when the first chart is drawn — so neither is part of
 * any page's first load.
 */
@Component({
  selector: 'xz-chart-host',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: loadEcharts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [style.height.px]="height()"
    [options]="options()"
    [autoResize]="true"
    (chartClick)="chartClick.emit($event.data)"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
  `,
})
export class ChartHostComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input.required<number>();
  /** The clicked item's data (bars and heatmap cells carry what they drill to). */
  readonly chartClick = output<unknown>();
}
