import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/** One ECharts chart of the park's pages; ChartSlotComponent imports it (and ECharts) on demand. */
@Component({
  selector: 'xz-park-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" [options]="options()" [autoResize]="true" (chartClick)="clicked.emit($event.data)"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 360px;
    }
  `,
})
export class ParkChartComponent {
  readonly options = input.required<EChartsCoreOption>();
  /** The clicked item's data (bars and heatmap cells carry what they drill to). */
  readonly clicked = output<unknown>();
}
