import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@xinzhi/web-core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { trendChartOption, type TrendPoint } from './trend-series';

/**
 * The trend drawn with ECharts. ECharts is large, so ProjectTrendComponent imports this component
 * dynamically once the chart scrolls into view, and ECharts itself (the parts in ./echarts-setup) is
 * imported when the first chart is drawn.
 */
@Component({
  selector: 'xz-trend-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" data-testid="trend-canvas" [options]="options()" [autoResize]="true"></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 300px;
    }
    @media (max-width: 575.98px) {
      .chart {
        height: 300px;
      }
    }
  `,
})
export class TrendChartComponent {
  private readonly i18n = inject(I18nService);

  readonly points = input.required<readonly TrendPoint[]>();
  /** Phone layout: smaller legend and labels, fewer axis labels. */
  readonly compact = input(false);

  protected readonly options = computed(() => {
    const labels = {
      progress: this.i18n.t('trend.progress'),
      planned: this.i18n.t('trend.planned'),
      index: this.i18n.t('trend.index'),
      kpi: this.i18n.t('trend.kpi'),
      today: this.i18n.t('trend.today'),
    };
    return trendChartOption(this.points(), labels, this.compact());
  });
}
