import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SurveyBreakdown, SurveyQuestionAggregate, SurveyResults } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, problemMessage, SCALE_LABELS, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { questionChartOption } from '../logic/charts';
import { SurveysClient } from '../data/surveys.client';
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from '../logic/labels';

/**
 * `/park/surveys/:id/results`: answers so far against tenants targeted; per question a chart (pie
 * for a single choice, bars for multiple choice and scales) with counts and percents, the scale's
 * mean and the text answers (without names in an anonymous survey); a breakdown by industry section
 * or scale, where an anonymous survey's groups of fewer than 3 tenants read "too few to show".
 */
@Component({
  selector: 'xz-survey-results-page',
  imports: [RouterLink, NzButtonModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, ChartComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-results-page.component.html',
  styleUrl: './survey-results-page.component.css',
})
export class SurveyResultsPageComponent implements OnInit {
  private readonly client = inject(SurveysClient);
  private readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly kindLabels = KIND_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly results = signal<SurveyResults | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly by = signal<SurveyBreakdown | null>(null);

  /** Per question id, its text (for the breakdown's headings). */
  /** Each question's chart options, by question id (built once per result, not on every check). */
  protected readonly chartOptions = computed(
    () => new Map((this.results()?.questions ?? []).map((q) => [q.question.id, questionChartOption(q.question.kind, q.aggregate.counts)])),
  );
  protected readonly questionsById = computed(() => new Map((this.results()?.questions ?? []).map((q) => [q.question.id, q.question])));

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.results(this.id(), this.by()).subscribe({
      next: (results) => {
        this.results.set(results);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(`${this.i18n.t('surveys.results.error')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }

  protected setBy(value: string): void {
    this.by.set(value === 'industry' || value === 'scale' ? value : null);
    this.load();
  }

  protected groupName(group: string): string {
    if (this.by() === 'scale') return this.i18n.t(SCALE_LABELS[group as keyof typeof SCALE_LABELS] ?? 'surveys.results.all');
    return `${group} ${industrySectionName(group, this.i18n.locale())}`;
  }

  protected aggregateOf(questions: readonly SurveyQuestionAggregate[] | null, questionId: string): SurveyQuestionAggregate | null {
    return questions?.find((q) => q.questionId === questionId) ?? null;
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
