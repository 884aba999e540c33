import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SurveyOptionCount, SurveyQuestionKind } from '@xinzhi/shared-contracts';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { questionChartOption } from '../logic/charts';

/**
 * One question's chart drawn with ECharts (pie or bars). The results page creates this component
 * through SurveyChartSlotComponent's dynamic import, and ECharts itself (./echarts-setup) is
 * imported when the first chart is drawn.
 */
@Component({
  selector: 'xz-survey-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    data-testid="survey-chart-canvas"
    [attr.data-kind]="kind()"
    [options]="options()"
    [autoResize]="true"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 280px;
    }
  `,
})
export class SurveyChartComponent {
  readonly kind = input.required<SurveyQuestionKind>();
  readonly counts = input.required<readonly SurveyOptionCount[]>();

  protected readonly options = computed(() => questionChartOption(this.kind(), this.counts()));
}
