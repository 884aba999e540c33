import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Survey } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SurveysClient } from '../data/surveys.client';
import { STATUS_COLORS, STATUS_LABELS } from '../logic/labels';

/**
 * `/park/surveys` (the park administrator): every survey of the park with its status, deadline and
 * answers so far; build a new one, edit a draft, send it, close an open one early, delete a draft
 * (each after a confirmation), and open the results.
 */
@Component({
  selector: 'xz-park-surveys-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="park-surveys-title" [heading]="'surveys.park.heading' | t" [subheading]="'surveys.park.subheading' | t">
      <a xzPageHeaderActions nz-button nzType="primary" routerLink="/park/surveys/new" data-testid="survey-new">
        <nz-icon nzType="plus" nzTheme="outline" />
        {{ 'surveys.park.new' | t }}
      </a>
    </xz-page-header>

    <section data-testid="park-survey-list" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!surveys().length) {
        <xz-async-state kind="empty" [message]="'surveys.park.empty' | t" />
      } @else {
        <ul class="cards">
          @for (survey of surveys(); track survey.id) {
            <li
              class="card"
              data-testid="park-survey"
              [attr.data-id]="survey.id"
              [attr.data-title]="survey.title"
              [attr.data-status]="survey.status"
            >
              <div class="head">
                <h3>{{ survey.title }}</h3>
                <nz-tag [nzColor]="statusColors[survey.status]" data-testid="park-survey-status">{{
                  statusLabels[survey.status] | t
                }}</nz-tag>
                @if (survey.anonymous) {
                  <nz-tag>{{ 'surveys.anonymous' | t }}</nz-tag>
                }
              </div>
              <p class="meta">
                {{ 'surveys.deadline' | t }} {{ survey.deadline }} · {{ 'surveys.questionCount' | t: { count: survey.questions.length } }} ·
                <span data-testid="park-survey-responses">{{
                  'surveys.responses' | t: { responses: survey.responseCount, targeted: survey.targetedCount }
                }}</span>
              </p>
              <div class="actions">
                @if (survey.status === 'draft') {
                  <a nz-button nzSize="small" [routerLink]="['/park/surveys', survey.id, 'edit']" data-testid="survey-edit">
                    <nz-icon nzType="edit" nzTheme="outline" />
                    {{ 'common.edit' | t }}
                  </a>
                  <button
                    nz-button
                    nzType="primary"
                    nzSize="small"
                    type="button"
                    nz-popconfirm
                    nzPopconfirmOverlayClassName="survey-send-confirm"
                    data-testid="survey-send"
                    [nzPopconfirmTitle]="'surveys.park.sendConfirm' | t: { count: survey.targetedCount }"
                    [nzOkText]="'surveys.park.send' | t"
                    [nzCancelText]="'common.cancel' | t"
                    [nzLoading]="busy() === survey.id"
                    (nzOnConfirm)="setStatus(survey, 'open')"
                  >
                    {{ 'surveys.park.send' | t }}
                  </button>
                  <button
                    nz-button
                    nzType="link"
                    nzDanger
                    nzSize="small"
                    type="button"
                    nz-popconfirm
                    nzOkDanger
                    nzPopconfirmOverlayClassName="survey-delete-confirm"
                    data-testid="survey-delete"
                    [nzPopconfirmTitle]="'surveys.park.deleteConfirm' | t: { title: survey.title }"
                    [nzOkText]="'common.delete' | t"
                    [nzCancelText]="'common.cancel' | t"
                    (nzOnConfirm)="remove(survey)"
                  >
                    <nz-icon nzType="delete" nzTheme="outline" />
                    {{ 'common.delete' | t }}
                  </button>
                } @else {
                  <a
                    nz-button
                    nzType="primary"
                    nzSize="small"
                    [routerLink]="['/park/surveys', survey.id, 'results']"
                    data-testid="survey-results"
                  >
                    {{ 'surveys.park.results' | t }}
                  </a>
                  @if (survey.status === 'open') {
                    <button
                      nz-button
                      nzSize="small"
                      type="button"
                      nz-popconfirm
                      nzPopconfirmOverlayClassName="survey-close-confirm"
                      data-testid="survey-close"
                      [nzPopconfirmTitle]="'surveys.park.closeConfirm' | t"
                      [nzOkText]="'surveys.park.close' | t"
                      [nzCancelText]="'common.cancel' | t"
                      [nzLoading]="busy() === survey.id"
                      (nzOnConfirm)="setStatus(survey, 'closed')"
                    >
                      <nz-icon nzType="close" nzTheme="outline" />
                      {{ 'surveys.park.close' | t }}
                    </button>
                  }
                }
              </div>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1000px;
    }
    .cards {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 12px;
    }
    .card {
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 12px 16px;
      background: #fff;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .head h3 {
      margin: 0;
      font-size: 16px;
    }
    .meta {
      margin: 6px 0 8px;
      color: rgba(0, 0, 0, 0.55);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class ParkSurveysPageComponent {
  private readonly client = inject(SurveysClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly surveys = signal<Survey[]>([]);
  protected readonly loading = signal(true);
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('surveys.park.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );
  protected readonly busy = signal<string | null>(null);

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.failure.set(null);
    this.client.parkSurveys().subscribe({
      next: (list) => {
        this.surveys.set(list.items);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(error);
        this.loading.set(false);
      },
    });
  }

  protected setStatus(survey: Survey, status: 'open' | 'closed'): void {
    if (this.busy()) return;
    this.busy.set(survey.id);
    this.client.update(survey.id, { status }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.surveys.update((items) => items.map((s) => (s.id === updated.id ? updated : s)));
        this.messages.success(this.i18n.t(status === 'open' ? 'surveys.park.sent' : 'surveys.park.closed', { title: updated.title }));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected remove(survey: Survey): void {
    this.client.remove(survey.id).subscribe({
      next: () => {
        this.surveys.update((items) => items.filter((s) => s.id !== survey.id));
        this.messages.success(this.i18n.t('surveys.park.deleted', { title: survey.title }));
      },
      error: (error: unknown) => this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 }),
    });
  }
}
