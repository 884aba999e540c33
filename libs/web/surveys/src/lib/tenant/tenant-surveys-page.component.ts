import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TenantSurvey } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SurveysClient } from '../data/surveys.client';
import { tenantSurveyState } from '../logic/answers';
import { STATE_COLORS, STATE_LABELS } from '../logic/labels';

/** `/surveys` (owners and leaders): the park's surveys for the enterprise — to answer, answered, closed — each opening its answering page. */
@Component({
  selector: 'xz-tenant-surveys-page',
  imports: [RouterLink, NzTagModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="surveys-title" [heading]="'surveys.tenant.heading' | t" [subheading]="'surveys.tenant.subheading' | t" />
    <section data-testid="tenant-survey-list" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!surveys().length) {
        <xz-async-state kind="empty" [message]="'surveys.tenant.empty' | t" />
      } @else {
        <ul class="cards">
          @for (s of surveys(); track s.id) {
            <li>
              <a
                class="card"
                [routerLink]="['/surveys', s.id]"
                data-testid="tenant-survey"
                [attr.data-title]="s.title"
                [attr.data-state]="state(s)"
              >
                <span class="title">{{ s.title }}</span>
                <nz-tag [nzColor]="stateColors[state(s)]" data-testid="tenant-survey-state">{{ stateLabels[state(s)] | t }}</nz-tag>
                <span class="meta"
                  >{{ 'surveys.deadline' | t }} {{ s.deadline }} · {{ 'surveys.questionCount' | t: { count: s.questions.length } }}</span
                >
              </a>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 800px;
    }
    .cards {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 10px;
    }
    .card {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 10px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 12px 14px;
      background: #fff;
      color: inherit;
    }
    .title {
      font-weight: 500;
      flex: 1 1 200px;
      overflow-wrap: anywhere;
    }
    .meta {
      flex-basis: 100%;
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
  `,
})
export class TenantSurveysPageComponent {
  private readonly client = inject(SurveysClient);
  private readonly i18n = inject(I18nService);

  protected readonly stateLabels = STATE_LABELS;
  protected readonly stateColors = STATE_COLORS;
  protected readonly state = tenantSurveyState;
  protected readonly surveys = signal<TenantSurvey[]>([]);
  protected readonly loading = signal(true);
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('surveys.tenant.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.failure.set(null);
    this.client.tenantSurveys().subscribe({
      next: (list) => {
        // To answer first, then answered, then closed; newest first within each.
        const order = { toAnswer: 0, answered: 1, closed: 2 } as const;
        this.surveys.set([...list.items].sort((a, b) => order[tenantSurveyState(a)] - order[tenantSurveyState(b)]));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(error);
        this.loading.set(false);
      },
    });
  }
}
