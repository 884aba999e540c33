import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Assessment, AssessmentFramework } from '@xinzhi/shared-contracts';
import { I18nService, LiveEventsService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { filter, first, map, merge, type Subscription, switchMap, timer } from 'rxjs';
import { AssessmentClient } from '../data/assessment.client';
import { STATUS_COLORS, STATUS_LABELS } from '../logic/results';
import { say } from '../logic/wizard';
import { AssessmentResultsComponent } from '../results/assessment-results.component';
import { AssessmentWizardComponent } from '../wizard/assessment-wizard.component';

/** How often a submitted assessment is asked for again until the worker has scored it (the live event usually comes first). */
const SCORING_POLL_MS = 3000;

/**
 * `/assessments/:id`: the wizard while a draft, "scoring…" once submitted (asking again until the
 * worker has scored it), the results once scored.
 */
@Component({
  selector: 'xz-assessment-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzSpinModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    AssessmentWizardComponent,
    AssessmentResultsComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = assessment();
    <xz-page-header headingTestId="assessment-title" [heading]="a?.title ?? ('assessments.pageTitle' | t)" [subheading]="subheading()">
      <a xzPageHeaderActions nz-button type="button" class="no-print" data-testid="assessment-back" routerLink="/assessments">{{
        'assessment.back' | t
      }}</a>
    </xz-page-header>
    <section data-testid="assessment-page" [attr.data-state]="state()" [attr.data-status]="a?.status">
      @if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!a || !framework()) {
        <xz-async-state kind="loading" />
      } @else {
        @switch (a.status) {
          @case ('draft') {
            <xz-assessment-wizard [assessment]="a" [framework]="framework()!" (submitted)="submitted($event)" />
          }
          @case ('submitted') {
            <div class="scoring" data-testid="assessment-scoring" role="status" aria-live="polite">
              <nz-spin nzSimple />
              <p>{{ 'assessment.scoring' | t }}</p>
            </div>
          }
          @default {
            <xz-assessment-results [assessment]="a" [framework]="framework()!" />
          }
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .scoring {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      background: #fff;
      border-radius: 8px;
    }
    @media print {
      .no-print {
        display: none !important;
      }
    }
  `,
})
export class AssessmentPageComponent {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);
  private readonly live = inject(LiveEventsService);
  /** The wait for the worker's score, while one runs. */
  private waiting: Subscription | null = null;

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly assessment = signal<Assessment | null>(null);
  protected readonly framework = signal<AssessmentFramework | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly state = computed(() => (this.error() ? 'error' : this.assessment() && this.framework() ? 'ready' : 'loading'));
  protected readonly subheading = computed(() => {
    const f = this.framework();
    const a = this.assessment();
    if (!f || !a) return '';
    return `${say(f.name, this.i18n.locale())} (${f.version}) · ${this.i18n.t(STATUS_LABELS[a.status])}`;
  });
  protected readonly statusColors = STATUS_COLORS;

  private readonly stopWaiting = inject(DestroyRef).onDestroy(() => this.waiting?.unsubscribe());

  constructor() {
    // Loads again when the route's id changes while the page stays (a link from one assessment to another).
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.error.set(null);
    this.assessment.set(null);
    this.waiting?.unsubscribe();
    this.client.get(this.id()).subscribe({
      next: (a) => {
        if (this.framework()?.id !== a.frameworkId) {
          this.client.framework(a.frameworkId).subscribe({
            next: (f) => this.framework.set(f),
            error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
          });
        }
        this.assessment.set(a);
        if (a.status === 'submitted') this.waitForScore(a.id);
      },
      error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
    });
  }

  protected submitted(a: Assessment): void {
    this.assessment.set(a);
    if (a.status !== 'scored') this.waitForScore(a.id);
  }

  /**
   * Asks again until the worker has scored it (scoring takes a moment; the page shows "scoring…"
   * meanwhile): at once when the worker's live event for it arrives, else every few seconds.
   */
  private waitForScore(id: string): void {
    const scoredEvent = this.live.events.pipe(
      filter((event) => event.type === 'assessment' && event.assessmentId === id),
      map(() => 0),
    );
    this.waiting?.unsubscribe();
    this.waiting = merge(timer(SCORING_POLL_MS, SCORING_POLL_MS), scoredEvent)
      .pipe(
        switchMap(() => this.client.get(id)),
        filter((a) => a.status === 'scored'),
        first(),
      )
      .subscribe({
        next: (a) => this.assessment.set(a),
        error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
      });
  }
}
