import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AWARD_REJECTION_REASON_MAX,
  AWARD_STATUSES,
  type AwardAction,
  type AwardStatus,
  type IncentiveAward,
  type IncentiveScheme,
  type Page,
} from '@xinzhi/shared-contracts';
import { AuthService, failureStatus, I18nService, LiveEventsService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, ExportButtonComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, filter, map, of, Subject, switchMap } from 'rxjs';
import { IncentivesClient } from '../data/incentives.client';
import { awardActions } from '../logic/award-actions';
import { formatAmount } from '../logic/format';
import { AWARD_STATUS_COLORS, AWARD_STATUS_LABELS, KIND_LABELS } from '../logic/labels';
import { AmountPipe, DayPipe, ExplainPipe } from '../common/format.pipes';
import { IncentivesTabsComponent } from '../common/incentives-tabs.component';

/** How long a row that arrived live is marked new (ms). */
const FRESH_FOR = 15_000;

type Load = { page: Page<IncentiveAward>; silent: boolean; append: boolean } | { error: unknown; silent: boolean; append: boolean };

/**
 * `/incentives/awards` (owners and leaders): the awards the rules proposed, filtered by status
 * (proposed first) and scheme; approve, reject with a reason, mark paid. New proposals appear
 * without a reload: the page listens to the tenant's live events.
 */
@Component({
  selector: 'xz-award-queue-page',
  imports: [
    ExportButtonComponent,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
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
  templateUrl: './award-queue-page.component.html',
  styleUrl: './award-queue-page.component.css',
})
export class AwardQueuePageComponent {
  private readonly client = inject(IncentivesClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly live = inject(LiveEventsService);

  protected readonly statuses = AWARD_STATUSES;
  protected readonly statusLabels = AWARD_STATUS_LABELS;
  protected readonly statusColors = AWARD_STATUS_COLORS;
  protected readonly kindLabels = KIND_LABELS;
  /** The longest rejection reason the API takes. */
  protected readonly reasonMax = AWARD_REJECTION_REASON_MAX;

  /** Filters: a status ('' = all) and a scheme ('' = all). */
  protected readonly status = signal<AwardStatus | ''>('proposed');
  /** The ledger (approved and paid awards) with the scheme filter, and the status filter when it is one of those two. */
  protected readonly ledgerParams = computed(() => ({
    status: this.status() === 'approved' || this.status() === 'paid' ? this.status() : null,
    schemeId: this.schemeId() || null,
  }));
  protected readonly schemeId = signal<string>('');
  protected readonly schemes = signal<readonly IncentiveScheme[]>([]);

  protected readonly items = signal<readonly IncentiveAward[]>([]);
  protected readonly loading = signal(true);
  protected readonly refreshing = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly failure = signal<unknown>(null);
  private readonly nextCursor = signal<string | null>(null);
  protected readonly hasMore = computed(() => this.nextCursor() !== null);
  protected readonly error = computed(() =>
    this.failure() ? `${this.i18n.t('awards.error')} ${problemMessage(this.i18n, this.failure())}` : null,
  );
  /** Ids of rows that arrived with a live refresh, marked new for a while. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());
  private known = new Set<string>();
  /** Whether a first read of the current filters has arrived (what is "new" is measured against it). */
  private baseline = false;

  /** The row being decided, and the award whose rejection is being written. */
  protected readonly busy = signal<string | null>(null);
  protected readonly rejecting = signal<IncentiveAward | null>(null);
  protected rejectReason = '';
  protected readonly rejectTouched = signal(false);

  private readonly role = computed(() => this.auth.context()?.role ?? null);
  private readonly userId = computed(() => this.auth.user()?.id ?? null);
  protected readonly rows = computed(() =>
    this.items().map((award) => ({ award, actions: awardActions(award, this.role(), this.userId()) })),
  );

  private readonly loads = new Subject<{ silent: boolean; append: boolean }>();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.loads
      .pipe(
        switchMap(({ silent, append }) => {
          const cursor = append ? this.nextCursor() : null;
          return this.client
            .awards({ status: this.status() || undefined, schemeId: this.schemeId() || undefined, cursor: cursor ?? undefined })
            .pipe(
              map((page): Load => ({ page, silent, append })),
              catchError((error: unknown) => of<Load>({ error, silent, append })),
            );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => this.loaded(result));

    // A filter change reads the queue again, showing the spinner.
    effect(() => {
      this.status();
      this.schemeId();
      untracked(() => this.load(false));
    });

    // Live: the worker says when it has written proposals, and the API when someone decided one.
    this.live.events
      .pipe(
        filter((event) => event.type === 'awards'),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => this.load(true));
    // A (re)connected stream may have missed events: read once.
    this.live.ready.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.load(true));

    this.client.schemes().subscribe({ next: (page) => this.schemes.set(page.items), error: () => this.schemes.set([]) });
  }

  /** Reads the first page again; `silent` keeps the rows on screen meanwhile. */
  protected load(silent: boolean): void {
    if (silent) this.refreshing.set(true);
    else this.loading.set(true);
    this.loads.next({ silent, append: false });
  }

  protected loadMore(): void {
    if (!this.nextCursor() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loads.next({ silent: true, append: true });
  }

  /**
   * Awards decided on this page since the filter was set: a live reload (their own decision sends
   * one) keeps them in view with their new status, so approving is followed by "mark paid" in place.
   */
  private decidedHere = new Map<string, IncentiveAward>();

  private loaded(result: Load): void {
    this.loading.set(false);
    this.refreshing.set(false);
    this.loadingMore.set(false);
    if ('error' in result) {
      // A failed quiet refresh keeps what is shown; a failed first read shows the error.
      if (!result.silent || !this.items().length) this.failure.set(result.error);
      return;
    }
    this.failure.set(null);
    const { page, silent, append } = result;
    // Rows that arrive with a quiet refresh after the first read are new; the first read (whichever request delivers it) sets the baseline.
    const arrived =
      this.baseline && silent && !append ? page.items.filter((award) => !this.known.has(award.id)).map((award) => award.id) : [];
    this.baseline = true;
    for (const award of page.items) this.known.add(award.id);
    if (!silent) this.decidedHere.clear();
    const kept = append ? [] : [...this.decidedHere.values()].filter((award) => !page.items.some((item) => item.id === award.id));
    // Ids are time-ordered (UUIDv7): newest first, as the API lists them.
    const fresh = kept.length ? [...page.items, ...kept].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)) : page.items;
    this.items.update((current) => (append ? [...current, ...page.items] : fresh));
    this.nextCursor.set(page.nextCursor);
    if (arrived.length) this.markFresh(arrived);
  }

  private markFresh(ids: readonly string[]): void {
    this.fresh.update((current) => new Set([...current, ...ids]));
    setTimeout(() => this.fresh.update((current) => new Set([...current].filter((id) => !ids.includes(id)))), FRESH_FOR);
  }

  protected setStatus(value: AwardStatus | '' | null): void {
    this.decidedHere.clear();
    this.known = new Set();
    this.baseline = false;
    this.status.set(value ?? '');
  }

  protected setScheme(value: string | null): void {
    this.decidedHere.clear();
    this.known = new Set();
    this.baseline = false;
    this.schemeId.set(value ?? '');
  }

  protected amountText(award: IncentiveAward): string {
    return formatAmount(award.amount, award.unit, this.i18n.locale());
  }

  protected approve(award: IncentiveAward): void {
    this.decide(award, 'approve');
  }

  protected pay(award: IncentiveAward): void {
    this.decide(award, 'pay');
  }

  protected openReject(award: IncentiveAward): void {
    this.rejectReason = '';
    this.rejectTouched.set(false);
    this.rejecting.set(award);
  }

  protected closeReject(): void {
    if (this.busy()) return;
    this.rejecting.set(null);
  }

  protected reasonMissing(): boolean {
    return this.rejectReason.trim() === '';
  }

  protected confirmReject(): void {
    const award = this.rejecting();
    if (!award) return;
    this.rejectTouched.set(true);
    if (this.reasonMissing()) return;
    this.decide(award, 'reject', this.rejectReason.trim());
  }

  private decide(award: IncentiveAward, action: AwardAction, reason?: string): void {
    if (this.busy()) return;
    this.busy.set(award.id);
    this.client.decide(award.id, reason ? { action, reason } : { action }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.decidedHere.set(updated.id, updated);
        this.items.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
        const params = { name: updated.recipientName, amount: this.amountText(updated) };
        if (action === 'reject') {
          this.rejecting.set(null);
          this.messages.success(this.i18n.t('awards.rejected', params));
        } else {
          this.messages.success(this.i18n.t(action === 'approve' ? 'awards.approved' : 'awards.paid', params));
        }
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const status = failureStatus(error);
        if (status === 409 || status === 404) {
          this.rejecting.set(null);
          this.messages.warning(this.i18n.t('awards.stale'), { nzDuration: 6000 });
          this.load(true);
        } else if (status === 403) {
          this.messages.error(this.i18n.t('awards.ownAward'), { nzDuration: 6000 });
        } else {
          this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
        }
      },
    });
  }
}
