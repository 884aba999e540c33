import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { NotificationKind, NotificationPreference } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { KIND_GROUPS } from './notification-text';
import { NotificationsClient } from './notifications.client';

/**
 * `/notification-settings`: the signed-in member's notification preferences in the acting
 * enterprise — per kind, in the app on/off and e-mail on/off. E-mail is not sent yet: the choice is
 * stored, and the page says so. Native checkboxes in one column (fits a 375 px phone).
 */
@Component({
  selector: 'xz-notification-preferences',
  imports: [NzButtonModule, NzSpinModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="notification-preferences" [attr.data-state]="state()">
      <h1>{{ 'notificationPrefs.title' | t }}</h1>
      <p class="intro">{{ 'notificationPrefs.intro' | t }}</p>
      <p class="later" role="note">{{ 'notificationPrefs.emailLater' | t }}</p>
      @if (state() === 'loading') {
        <div class="state" role="status"><nz-spin nzSimple nzSize="small" /> {{ 'state.loading' | t }}</div>
      } @else if (state() === 'error') {
        <div class="state" role="alert">
          <span>{{ 'notificationPrefs.error' | t }}</span>
          <button nz-button nzSize="small" type="button" (click)="load()">{{ 'state.retry' | t }}</button>
        </div>
      } @else {
        @for (group of groups; track group.group) {
          <table class="kinds">
            <caption>
              {{
                groupLabel(group.group) | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'notificationPrefs.kind' | t }}</th>
                <th scope="col">{{ 'notificationPrefs.inApp' | t }}</th>
                <th scope="col">{{ 'notificationPrefs.email' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (kind of group.kinds; track kind) {
                <tr [attr.data-kind]="kind">
                  <th scope="row">{{ kindLabel(kind) | t }}</th>
                  <td>
                    <input
                      type="checkbox"
                      [attr.data-testid]="'pref-in-app-' + kind"
                      [attr.aria-label]="('notificationPrefs.inApp' | t) + ' · ' + (kindLabel(kind) | t)"
                      [checked]="value(kind).inApp"
                      (change)="set(kind, 'inApp', $any($event.target).checked)"
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      [attr.data-testid]="'pref-email-' + kind"
                      [attr.aria-label]="('notificationPrefs.email' | t) + ' · ' + (kindLabel(kind) | t)"
                      [checked]="value(kind).email"
                      (change)="set(kind, 'email', $any($event.target).checked)"
                    />
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
        <button nz-button nzType="primary" type="button" data-testid="pref-save" [nzLoading]="saving()" (click)="save()">
          {{ 'notificationPrefs.save' | t }}
        </button>
      }
    </section>
  `,
  styles: `
    .page {
      max-width: 640px;
      padding: 16px;
    }
    h1 {
      font-size: 20px;
    }
    .intro,
    .later {
      color: rgba(0, 0, 0, 0.65);
    }
    .later {
      padding: 8px 12px;
      border-radius: 6px;
      background: #fffbe6;
    }
    .state {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 16px 0;
    }
    .kinds {
      width: 100%;
      margin-bottom: 16px;
      border-collapse: collapse;
    }
    caption {
      padding: 8px 0;
      font-weight: 600;
      text-align: start;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid rgba(5, 5, 5, 0.06);
      text-align: start;
      font-weight: normal;
    }
    td {
      width: 88px;
      text-align: center;
    }
    input[type='checkbox'] {
      width: 22px;
      height: 22px;
      margin: 11px;
    }
  `,
})
export class NotificationPreferencesComponent {
  private readonly client = inject(NotificationsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  protected readonly groups = KIND_GROUPS;
  protected readonly state = signal<'loading' | 'error' | 'ready'>('loading');
  protected readonly saving = signal(false);
  private readonly values = signal<ReadonlyMap<NotificationKind, NotificationPreference>>(new Map());

  constructor() {
    this.load();
  }

  protected kindLabel(kind: NotificationKind): TranslationKey {
    return `notifications.kind.${kind}`;
  }

  protected groupLabel(group: 'tasks' | 'awards' | 'members'): TranslationKey {
    return `notifications.group.${group}`;
  }

  protected value(kind: NotificationKind): NotificationPreference {
    return this.values().get(kind) ?? { kind, inApp: true, email: false };
  }

  protected load(): void {
    this.state.set('loading');
    this.client.preferences().subscribe({
      next: (prefs) => {
        this.values.set(new Map(prefs.items.map((p) => [p.kind, p])));
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }

  protected set(kind: NotificationKind, field: 'inApp' | 'email', on: boolean): void {
    this.values.update((values) => new Map(values).set(kind, { ...this.value(kind), [field]: on }));
  }

  protected save(): void {
    if (this.saving()) return;
    this.saving.set(true);
    const items = this.groups.flatMap((g) => g.kinds).map((kind) => this.value(kind));
    this.client.savePreferences({ items }).subscribe({
      next: (prefs) => {
        this.values.set(new Map(prefs.items.map((p) => [p.kind, p])));
        this.saving.set(false);
        this.messages.success(this.i18n.t('notificationPrefs.saved'));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.messages.error(this.i18n.t('notificationPrefs.saveFailed', { reason: problemMessage(this.i18n, error) }));
      },
    });
  }
}
