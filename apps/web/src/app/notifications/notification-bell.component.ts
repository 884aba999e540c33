import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { BellOutline } from '@ant-design/icons-angular/icons';
import type { AppNotification, NotificationKind } from '@xinzhi/shared-contracts';
import {
  AuthService,
  CalendarService,
  formatDateTime,
  I18nService,
  LiveEventsService,
  problemMessage,
  TranslatePipe,
  type TranslationKey,
} from '@xinzhi/web-core';
import { injectHandset } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule, NzIconService } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { filter, fromEvent, merge, type Subscription } from 'rxjs';
import { appLink, badgeText, KIND_GROUPS, notificationText } from './notification-text';
import { NotificationsClient } from './notifications.client';

/**
 * The bell in the header (enterprise context only): a badge with the unread count, and on click the
 * latest notifications — a dropdown on wide screens, a full-width drawer on phones. Choosing one
 * marks it read and opens what it is about. The count is read again on sign-in and context switch,
 * when the server announces new notifications (live event) and when the tab comes back into view;
 * there is no polling timer.
 */
@Component({
  selector: 'xz-notification-bell',
  imports: [NgTemplateOutlet, NzButtonModule, NzDrawerModule, NzDropDownModule, NzIconModule, NzSpinModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.css',
})
export class NotificationBellComponent {
  private readonly auth = inject(AuthService);
  private readonly client = inject(NotificationsClient);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);
  private readonly calendar = inject(CalendarService);

  protected readonly kindGroups = KIND_GROUPS;
  /** The kind the list is filtered to (`?kind=`), or all. */
  protected readonly kind = signal<NotificationKind | null>(null);
  protected kindLabel(kind: NotificationKind): TranslationKey {
    return `notifications.kind.${kind}`;
  }
  protected groupLabel(group: 'tasks' | 'awards' | 'members'): TranslationKey {
    return `notifications.group.${group}`;
  }

  protected readonly isHandset = injectHandset();
  protected readonly open = signal(false);
  protected readonly unread = signal(0);
  protected readonly items = signal<readonly AppNotification[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  /** The first page has been read at least once. */
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly failed = signal(false);
  protected readonly readingAll = signal(false);

  protected readonly badge = computed(() => badgeText(this.unread()));
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    const t = this.i18n.t.bind(this.i18n);
    const today = this.calendar.today();
    return this.items().map((notification) => ({
      notification,
      ...notificationText(notification, t, locale, today),
      kindLabel: t(this.kindLabel(notification.kind)),
      time: formatDateTime(notification.createdAt, locale),
      unread: notification.readAt === null,
    }));
  });

  /** Whose notifications, where: one user in one enterprise. */
  private readonly scope = computed(() => {
    const context = this.auth.context();
    return context?.type === 'tenant' ? `${this.auth.user()?.id ?? ''}|${context.id}` : null;
  });
  private call: Subscription | null = null;

  constructor() {
    // The bell's icon comes with this (lazily loaded) component, not with the shell.
    inject(NzIconService).addIcon(BellOutline);
    // Signed in, or switched to another enterprise: that context's notifications.
    effect(() => {
      this.scope();
      untracked(() => {
        this.items.set([]);
        this.nextCursor.set(null);
        this.unread.set(0);
        this.loaded.set(false);
        this.refresh();
      });
    });

    const live = inject(LiveEventsService);
    live.events
      .pipe(
        filter((event) => event.type === 'notifications'),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refresh());
    // A stream that (re)connects may have missed an announcement.
    live.ready.pipe(takeUntilDestroyed()).subscribe(() => this.refresh());

    // Back to this tab (or window): notifications may have come meanwhile.
    const document = inject(DOCUMENT);
    const window = document.defaultView;
    if (window) {
      // Coming back fires both events: one read is enough.
      let last = 0;
      merge(fromEvent(document, 'visibilitychange'), fromEvent(window, 'focus'))
        .pipe(
          filter(() => document.visibilityState !== 'hidden' && Date.now() - last > 2000),
          takeUntilDestroyed(),
        )
        .subscribe(() => {
          last = Date.now();
          this.refresh();
        });
    }
    inject(DestroyRef).onDestroy(() => this.call?.unsubscribe());
  }

  /** Reads the first page and the unread count again. */
  protected refresh(): void {
    if (this.auth.context()?.type !== 'tenant') return;
    this.call?.unsubscribe();
    this.loading.set(true);
    this.call = this.client.page(null, this.kind()).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.unread.set(page.unread);
        this.loaded.set(true);
        this.failed.set(false);
        this.loading.set(false);
      },
      error: () => {
        this.failed.set(true);
        this.loading.set(false);
      },
    });
  }

  /** Shows one kind only (or all again), read afresh from the API. */
  protected filter(value: string): void {
    const kind = this.kindGroups.flatMap((g) => g.kinds).find((k) => k === value) ?? null;
    if (kind === this.kind()) return;
    this.kind.set(kind);
    this.items.set([]);
    this.nextCursor.set(null);
    this.loaded.set(false);
    this.refresh();
  }

  protected openSettings(): void {
    this.open.set(false);
    void this.router.navigateByUrl('/notification-settings');
  }

  protected setOpen(open: boolean): void {
    this.open.set(open);
    if (open) this.refresh();
  }

  protected toggle(): void {
    this.setOpen(!this.open());
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.client.page(cursor, this.kind()).subscribe({
      next: (page) => {
        this.items.update((items) => {
          const known = new Set(items.map((item) => item.id));
          return [...items, ...page.items.filter((item) => !known.has(item.id))];
        });
        this.nextCursor.set(page.nextCursor);
        this.unread.set(page.unread);
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.loadingMore.set(false);
        this.messages.error(problemMessage(this.i18n, error));
      },
    });
  }

  /** Marks the notification read (at once on screen) and opens what it is about. */
  protected choose(notification: AppNotification): void {
    if (notification.readAt === null) {
      const readAt = new Date().toISOString();
      this.items.update((items) => items.map((item) => (item.id === notification.id ? { ...item, readAt } : item)));
      this.unread.update((count) => Math.max(0, count - 1));
      this.client.markRead(notification.id).subscribe({ error: () => this.refresh() });
    }
    this.open.set(false);
    const link = appLink(notification.link);
    if (link) void this.router.navigateByUrl(link);
  }

  protected readAll(): void {
    if (this.readingAll()) return;
    this.readingAll.set(true);
    this.client.markAllRead().subscribe({
      next: () => {
        const readAt = new Date().toISOString();
        this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt })));
        this.unread.set(0);
        this.readingAll.set(false);
      },
      error: (error: unknown) => {
        this.readingAll.set(false);
        this.messages.error(this.i18n.t('notifications.readAllFailed', { reason: problemMessage(this.i18n, error) }));
      },
    });
  }
}
