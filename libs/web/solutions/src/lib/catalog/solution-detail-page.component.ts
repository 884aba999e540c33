import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { Solution } from '@xinzhi/shared-contracts';
import { AuthService, failureStatus, I18nService, industrySectionName, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SolutionsClient } from '../data/solutions.client';
import { managesSolutions } from '../logic/access';
import { AREA_LABELS, SCALE_LABELS, sceneLabel, TECH_LABELS } from '../logic/labels';
import { KPI_CATEGORY_LABELS, KPI_DIRECTION_LABELS } from '../logic/kpi-labels';
import { AdoptFormComponent } from './adopt-form.component';
import { SolutionCardComponent } from './solution-card.component';

/** `/solutions/:id`: one published solution of the park with its template tasks and KPIs; owners and leaders adopt it. */
@Component({
  selector: 'xz-solution-detail-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzModalModule,
    NzTagModule,
    AsyncStateComponent,
    SolutionCardComponent,
    AdoptFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/solutions/catalog" data-testid="solution-back">
      <nz-icon nzType="arrow-left" nzTheme="outline" />
      {{ 'catalog.back' | t }}
    </a>
    <section data-testid="solution-detail" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="!notFound()" (retry)="load()" />
      } @else if (solution(); as s) {
        <h1 class="heading" data-testid="solution-title">{{ s.name }}</h1>
        <xz-solution-card [solution]="s">
          @if (s.summary) {
            <p class="full-summary">{{ s.summary }}</p>
          }
          <dl class="facts">
            <div>
              <dt>{{ 'catalog.provider' | t }}</dt>
              <dd data-testid="solution-provider">{{ s.providerName }}</dd>
            </div>
            @if (s.providerContact) {
              <div>
                <dt>{{ 'catalog.contact' | t }}</dt>
                <dd>{{ s.providerContact }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'catalog.industries' | t }}</dt>
              <dd>{{ industries() || ('catalog.anyIndustry' | t) }}</dd>
            </div>
            <div>
              <dt>{{ 'catalog.scales' | t }}</dt>
              <dd>
                @for (scale of s.scales; track scale) {
                  <span class="comma">{{ scaleLabels[scale] | t }}</span>
                } @empty {
                  {{ 'catalog.anyScale' | t }}
                }
              </dd>
            </div>
          </dl>
          @if (manages()) {
            <div class="actions">
              <button nz-button nzType="primary" type="button" data-testid="solution-adopt" (click)="adopting.set(true)">
                <nz-icon nzType="plus" nzTheme="outline" />
                {{ 'catalog.adopt' | t }}
              </button>
            </div>
          }
        </xz-solution-card>

        <h2>{{ 'catalog.templateTasks' | t }}</h2>
        @if (s.templateTasks.length) {
          <ol class="lines" data-testid="solution-tasks">
            @for (task of s.templateTasks; track $index) {
              <li data-testid="solution-task">
                <span class="line-title">{{ task.title }}</span>
                <span class="muted">
                  {{ areaLabels[task.businessArea] | t }} · {{ techLabels[task.technologyType] | t }} ·
                  {{ 'catalog.weight' | t: { weight: task.weight } }} ·
                  {{ 'catalog.taskDays' | t: { start: task.startOffsetDays, due: task.dueOffsetDays } }}
                </span>
              </li>
            }
          </ol>
        } @else {
          <p class="muted">{{ 'catalog.noTasks' | t }}</p>
        }
        <h2>{{ 'catalog.templateKpis' | t }}</h2>
        @if (s.templateKpis.length) {
          <ul class="lines" data-testid="solution-kpis">
            @for (kpi of s.templateKpis; track $index) {
              <li data-testid="solution-kpi">
                <span class="line-title">{{ kpi.name }}</span>
                <span class="muted">
                  {{ 'catalog.kpiLine' | t: { baseline: kpi.baseline, target: kpi.target, unit: kpi.unit } }} ·
                  {{ directionLabels[kpi.direction] | t }} · {{ categoryLabels[kpi.category] | t }}
                </span>
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'catalog.noKpis' | t }}</p>
        }

        <nz-modal
          [nzVisible]="adopting()"
          [nzTitle]="'adopt.title' | t: { name: s.name }"
          [nzFooter]="null"
          [nzWidth]="handset() ? '100%' : 520"
          [nzMaskClosable]="false"
          nzWrapClassName="adopt-dialog"
          (nzOnCancel)="adopting.set(false)"
        >
          <ng-container *nzModalContent>
            @if (adopting()) {
              <xz-adopt-form [solution]="s" (closed)="adopting.set(false)" />
            }
          </ng-container>
        </nz-modal>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 880px;
    }
    .back {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      margin-bottom: 12px;
    }
    .heading {
      font-size: 22px;
      margin: 0 0 12px;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 16px;
      margin: 20px 0 8px;
    }
    .full-summary {
      margin: 12px 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 8px 16px;
      margin: 12px 0 0;
    }
    .facts dt {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .comma + .comma::before {
      content: '、';
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 12px;
    }
    .lines {
      margin: 0;
      padding-left: 20px;
      display: grid;
      gap: 8px;
    }
    .line-title {
      display: block;
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .muted {
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
  `,
})
export class SolutionDetailPageComponent {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  protected readonly handset = injectHandset();

  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly directionLabels = KPI_DIRECTION_LABELS;
  protected readonly categoryLabels = KPI_CATEGORY_LABELS;
  protected readonly sceneLabel = sceneLabel;
  protected readonly manages = computed(() => managesSolutions(this.auth.context()));

  protected readonly solution = signal<Solution | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly adopting = signal(false);
  protected readonly industries = computed(() =>
    (this.solution()?.industries ?? []).map((section) => industrySectionName(section, this.i18n.locale())).join('、'),
  );

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    const id = this.route.snapshot.paramMap.get('id') ?? '';
    this.loading.set(true);
    this.error.set(null);
    this.client.solution(id).subscribe({
      next: (solution) => {
        this.solution.set(solution);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notFound.set(failureStatus(error) === 404);
        this.error.set(failureStatus(error) === 404 ? this.i18n.t('catalog.notFound') : problemMessage(this.i18n, error));
      },
    });
  }
}
