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
import type { SurveyOptionCount, SurveyQuestionKind } from '@xinzhi/shared-contracts';
import { TranslatePipe } from '@xinzhi/web-core';
import type { SurveyChartComponent } from './survey-chart.component';

/** Where a question's chart goes: its component (and with it ECharts) is imported when first shown. */
@Component({
  selector: 'xz-survey-chart-slot',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #host />
    @if (failed()) {
      <p class="failed">{{ 'surveys.chartFailed' | t }}</p>
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
export class SurveyChartSlotComponent {
  readonly kind = input.required<SurveyQuestionKind>();
  readonly counts = input.required<readonly SurveyOptionCount[]>();

  private readonly host = viewChild.required('host', { read: ViewContainerRef });
  private readonly chart = signal<ComponentRef<SurveyChartComponent> | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => (destroyed = true));
    void import('./survey-chart.component')
      .then((m) => {
        if (!destroyed) this.chart.set(this.host().createComponent(m.SurveyChartComponent));
      })
      .catch(() => this.failed.set(true));
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setInput('kind', this.kind());
      chart.setInput('counts', this.counts());
    });
  }
}
