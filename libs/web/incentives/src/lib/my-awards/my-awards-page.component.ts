import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MyAwardsSummary } from '@xinzhi/shared-contracts';
import { I18nService, LiveEventsService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { debounceTime, filter } from 'rxjs';
import { IncentivesClient } from '../data/incentives.client';
import { AWARD_STATUS_COLORS, AWARD_STATUS_LABELS, KIND_LABELS } from '../logic/labels';
import { AmountPipe, DayPipe, ExplainPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';

/**
 * `/me/awards` (every member of the enterprise): totals of money and points approved or paid, what
 * is still awaiting a decision, and each award with its status and how it was earned.
 */
@Component({
  selector: 'xz-my-awards-page',
  imports: [
    RouterLink,
    NzIconModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    IncentivesTabsComponent,
    TranslatePipe,
    AmountPipe,
    DayPipe,
    ExplainPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-awards-page.component.html',
  styleUrl: './my-awards-page.component.css',
})
export class MyAwardsPageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly i18n = inject(I18nService);

  protected readonly statusLabels = AWARD_STATUS_LABELS;
  protected readonly statusColors = AWARD_STATUS_COLORS;
  protected readonly kindLabels = KIND_LABELS;

  protected readonly summary = signal<MyAwardsSummary | null>(null);
  protected readonly loading = signal(true);
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('myAwards.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );

  constructor() {
    this.load(false);
    // New proposals and a leader's decisions arrive as `awards` events.
    inject(LiveEventsService)
      .events.pipe(
        filter((event) => event.type === 'awards'),
        debounceTime(300),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.load(true));
  }

  protected load(silent: boolean): void {
    if (!silent) this.loading.set(true);
    this.client.myAwards().subscribe({
      next: (summary) => {
        this.summary.set(summary);
        this.failure.set(null);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        if (!silent || !this.summary()) this.failure.set(error);
        this.loading.set(false);
      },
    });
  }
}
