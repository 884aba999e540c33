import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  SURVEY_TEXT_ANSWER_MAX,
  type SurveyAnswer,
  type SurveyAnswers,
  type SurveyQuestion,
  type TenantSurvey,
} from '@xinzhi/shared-contracts';
import { failureStatus, formatDateTime, I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SurveysClient } from '../data/surveys.client';
import { missingRequired, questionIdsOf, tenantSurveyState, toggledOption, withAnswer } from '../logic/answers';
import { STATE_COLORS, STATE_LABELS } from '../logic/labels';

/**
 * `/surveys/:id` (owners and leaders): one survey answered for the enterprise — radio buttons,
 * checkboxes, a 1–5 scale and short text, one column that fits a 375 px phone. Sending again
 * replaces the earlier answers until the survey closes; then the answers show read-only.
 */
@Component({
  selector: 'xz-survey-answer-page',
  imports: [RouterLink, NzAlertModule, NzButtonModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-answer-page.component.html',
  styleUrl: './survey-answer-page.component.css',
})
export class SurveyAnswerPageComponent implements OnInit {
  private readonly client = inject(SurveysClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  readonly id = input.required<string>();

  protected readonly textMax = SURVEY_TEXT_ANSWER_MAX;
  protected readonly scalePoints = [1, 2, 3, 4, 5];
  protected readonly stateLabels = STATE_LABELS;
  protected readonly stateColors = STATE_COLORS;
  protected readonly survey = signal<TenantSurvey | null>(null);
  protected readonly answers = signal<SurveyAnswers>({});
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** Questions to point at: required ones left blank (after trying to send) or those the API refused. */
  protected readonly flagged = signal<ReadonlySet<string>>(new Set());
  protected readonly saveError = signal<string | null>(null);

  protected readonly state = computed(() => {
    const s = this.survey();
    return s ? tenantSurveyState(s) : null;
  });
  protected readonly answeredAt = computed(() => formatDateTime(this.survey()?.answeredAt, this.i18n.locale()));
  protected readonly readOnly = computed(() => this.survey()?.status !== 'open');

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.tenantSurvey(this.id()).subscribe({
      next: (survey) => {
        this.survey.set(survey);
        this.answers.set(survey.answers ?? {});
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(
          failureStatus(error) === 404
            ? this.i18n.t('surveys.answer.notFound')
            : `${this.i18n.t('surveys.answer.error')} ${problemMessage(this.i18n, error)}`,
        );
      },
    });
  }

  protected answer(q: SurveyQuestion): SurveyAnswer | undefined {
    return this.answers()[q.id];
  }

  protected isChosen(q: SurveyQuestion, index: number): boolean {
    const a = this.answer(q);
    return Array.isArray(a) ? a.includes(index) : a === index;
  }

  protected set(q: SurveyQuestion, value: SurveyAnswer | null): void {
    this.answers.update((a) => withAnswer(a, q.id, value));
    if (this.flagged().has(q.id)) this.flagged.update((f) => new Set([...f].filter((id) => id !== q.id)));
  }

  protected toggle(q: SurveyQuestion, index: number, event: Event): void {
    this.set(q, toggledOption(this.answer(q), index, (event.target as HTMLInputElement).checked));
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected send(): void {
    const s = this.survey();
    if (!s || this.saving()) return;
    this.saveError.set(null);
    const missing = missingRequired(s.questions, this.answers());
    if (missing.length) {
      this.flagged.set(new Set(missing));
      this.saveError.set(this.i18n.t('surveys.answer.missing', { count: missing.length }));
      return;
    }
    this.saving.set(true);
    this.client.answer(s.id, this.answers()).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.survey.set(saved);
        this.answers.set(saved.answers ?? {});
        this.flagged.set(new Set());
        this.messages.success(this.i18n.t('surveys.answer.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const failure = readApiFailure(error);
        if (failure?.status === 400) this.flagged.set(new Set(questionIdsOf(failure.fieldErrors)));
        if (failure?.status === 409) this.survey.update((v) => (v ? { ...v, status: 'closed' } : v));
        this.saveError.set(failure?.status === 409 ? this.i18n.t('surveys.answer.closedNow') : problemMessage(this.i18n, error));
      },
    });
  }
}
