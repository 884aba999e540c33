import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import type { DependencyState, HealthResponse } from '@xinzhi/shared-contracts';
import { I18nService, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { AsyncStateComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import { HealthClient } from './health.client';

const DATE_AND_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' };
const TIME_ONLY: Intl.DateTimeFormatOptions = { timeStyle: 'medium' };

type HealthCardState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'ready'; readonly health: HealthResponse; readonly refreshing: boolean };

interface DependencyRow {
  readonly testId: string;
  readonly icon: string;
  readonly label: TranslationKey;
  readonly status: DependencyState;
  /** Extra line: latency, heartbeat time; already translated. */
  readonly detail: string | null;
  /** Why it is down, as the server reported it (English, shown as a tooltip). */
  readonly reason: string | null;
}

/** "System status" card: database, Redis and worker as reported by `GET /api/health`. */
@Component({
  selector: 'xz-health-card',
  imports: [NzCardModule, NzButtonModule, NzIconModule, NzTagModule, AsyncStateComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './health-card.component.html',
  styleUrl: './health-card.component.css',
})
export class HealthCardComponent {
  private readonly client = inject(HealthClient);
  private readonly i18n = inject(I18nService);
  private request: Subscription | null = null;

  protected readonly state = signal<HealthCardState>({ kind: 'loading' });
  protected readonly busy = computed(() => {
    const state = this.state();
    return state.kind === 'loading' || (state.kind === 'ready' && state.refreshing);
  });
  protected readonly health = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.health : null;
  });
  protected readonly rows = computed<readonly DependencyRow[]>(() => {
    const health = this.health();
    return health ? this.toRows(health) : [];
  });
  protected readonly checkedAt = computed(() => {
    const health = this.health();
    return health ? this.formatTime(health.checkedAt) : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
    this.refresh();
  }

  protected refresh(): void {
    this.state.update((state) => (state.kind === 'ready' ? { ...state, refreshing: true } : { kind: 'loading' }));
    this.request?.unsubscribe();
    this.request = this.client.check().subscribe({
      next: (health) => this.state.set({ kind: 'ready', health, refreshing: false }),
      error: () => this.state.set({ kind: 'error' }),
    });
  }

  private toRows(health: HealthResponse): DependencyRow[] {
    const latency = (ms: number | undefined, status: DependencyState) =>
      status === 'up' && ms !== undefined ? this.i18n.t('health.latency', { ms: Math.round(ms) }) : null;
    const heartbeat = health.worker.lastHeartbeatAt;
    return [
      {
        testId: 'health-database',
        icon: 'database',
        label: 'health.database',
        status: health.database.status,
        detail: latency(health.database.latencyMs, health.database.status),
        reason: health.database.error ?? null,
      },
      {
        testId: 'health-redis',
        icon: 'thunderbolt',
        label: 'health.redis',
        status: health.redis.status,
        detail: latency(health.redis.latencyMs, health.redis.status),
        reason: health.redis.error ?? null,
      },
      {
        testId: 'health-worker',
        icon: 'cloud-server',
        label: 'health.worker',
        status: health.worker.status,
        detail: heartbeat
          ? this.i18n.t('health.lastHeartbeat', { time: this.formatTime(heartbeat, TIME_ONLY) })
          : this.i18n.t('health.noHeartbeat'),
        reason: null,
      },
    ];
  }

  private formatTime(iso: string, format: Intl.DateTimeFormatOptions = DATE_AND_TIME): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.i18n.locale(), format).format(date);
  }
}
