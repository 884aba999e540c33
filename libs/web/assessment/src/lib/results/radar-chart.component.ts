import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { radarOption, type RadarSeries } from '../logic/radar';

/**
 * The radar by dimension drawn with ECharts. The results page imports this component dynamically,
 * and ECharts itself (the parts in ./echarts-setup) is imported when the first chart is drawn.
 */
@Component({
  selector: 'xz-radar-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" data-testid="radar-canvas" [options]="options()" [autoResize]="true"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 320px;
    }
    @media print {
      .chart {
        height: 260px;
      }
    }
  `,
})
export class RadarChartComponent {
  readonly indicators = input.required<readonly string[]>();
  readonly series = input.required<readonly RadarSeries[]>();

  protected readonly options = computed(() => radarOption(this.indicators(), this.series()));
}
