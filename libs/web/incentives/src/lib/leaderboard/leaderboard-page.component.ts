import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { LeaderboardEntry } from '@xinzhi/shared-contracts';
import { AuthService, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IncentivesClient } from '../data/incentives.client';
import { NumberPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';

/** Ranks with ties: equal points and hours share a rank (1, 2, 2, 4). */
export function ranked(entries: readonly LeaderboardEntry[]): Array<LeaderboardEntry & { rank: number }> {
  let rank = 0;
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    if (!previous || previous.points !== entry.points || previous.trainingHours !== entry.trainingHours) rank = index + 1;
    return { ...entry, rank };
  });
}

/** `/incentives/leaderboard` (every member of the enterprise): points from approved and paid awards, then training hours; never money. */
@Component({
  selector: 'xz-leaderboard-page',
  imports: [NzIconModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, IncentivesTabsComponent, TranslatePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="leaderboard-title" [heading]="'leaderboard.heading' | t" [subheading]="'leaderboard.subheading' | t" />
    <xz-incentives-tabs />
    <section data-testid="leaderboard" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (!rows().length) {
        <xz-async-state kind="empty" [message]="'leaderboard.empty' | t" />
      } @else {
        <div class="head" aria-hidden="true">
          <span>{{ 'leaderboard.rank' | t }}</span>
          <span>{{ 'leaderboard.name' | t }}</span>
          <span class="num">{{ 'leaderboard.points' | t }}</span>
          <span class="num wide">{{ 'leaderboard.awards' | t }}</span>
          <span class="num">{{ 'leaderboard.hours' | t }}</span>
        </div>
        <ol class="entries">
          @for (entry of rows(); track entry.userId) {
            <li
              class="entry"
              data-testid="leaderboard-row"
              [attr.data-user]="entry.userId"
              [class.me]="entry.userId === me()"
              [class.top]="entry.rank <= 3 && entry.points > 0"
            >
              <span class="rank" [attr.aria-label]="('leaderboard.rank' | t) + ' ' + entry.rank">
                @if (entry.rank <= 3 && entry.points > 0) {
                  <nz-icon nzType="trophy" nzTheme="outline" [class]="'medal medal-' + entry.rank" />
                }
                {{ entry.rank }}
              </span>
              <span class="name">
                {{ entry.name }}
                @if (entry.userId === me()) {
                  <nz-tag nzColor="blue">{{ 'leaderboard.you' | t }}</nz-tag>
                }
              </span>
              <span class="num points" [attr.aria-label]="'leaderboard.points' | t">{{ entry.points | num }}</span>
              <span class="num wide" [attr.aria-label]="'leaderboard.awards' | t">{{ entry.awards }}</span>
              <span class="num" [attr.aria-label]="'leaderboard.hours' | t">{{ entry.trainingHours | num }}</span>
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    .head,
    .entry {
      display: grid;
      grid-template-columns: 56px minmax(0, 1fr) 80px 64px 96px;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
    }
    .head {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .entries {
      margin: 0;
      padding: 0;
      list-style: none;
      background: #fff;
      border: 1px solid rgba(5, 5, 5, 0.08);
      border-radius: 8px;
    }
    .entry + .entry {
      border-top: 1px solid rgba(5, 5, 5, 0.06);
    }
    .entry.me {
      background: #e6f4ff;
    }
    .rank {
      font-weight: 600;
      white-space: nowrap;
    }
    .medal-1 {
      color: #d4b106;
    }
    .medal-2 {
      color: #8c8c8c;
    }
    .medal-3 {
      color: #ad6800;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .points {
      font-weight: 600;
    }
    @media (max-width: 575.98px) {
      .head,
      .entry {
        grid-template-columns: 40px minmax(0, 1fr) 64px 64px;
        padding: 8px;
      }
      .wide {
        display: none;
      }
    }
  `,
})
export class LeaderboardPageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);

  protected readonly me = computed(() => this.auth.user()?.id ?? null);
  private readonly entries = signal<readonly LeaderboardEntry[]>([]);
  protected readonly rows = computed(() => ranked(this.entries()));
  protected readonly loading = signal(true);
  private readonly failure = signal<unknown>(null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('leaderboard.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.failure.set(null);
    this.client.leaderboard().subscribe({
      next: (entries) => {
        this.entries.set(entries);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(error);
        this.loading.set(false);
      },
    });
  }
}
