import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Membership } from '@xinzhi/shared-contracts';
import { AuthService, CONTEXT_TYPE_LABELS, homeFor, I18nService, problemMessage, roleLabel, TranslatePipe } from '@xinzhi/web-core';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';

interface ContextOption {
  readonly membership: Membership;
  readonly testId: string;
  readonly meta: string;
  readonly current: boolean;
}

/**
 * The signed-in user in the header: a menu with their account page, every context they belong to
 * (enterprise, park, platform — choosing one switches the session to it and opens its home), and
 * sign-out after a confirmation.
 */
@Component({
  selector: 'xz-user-menu',
  imports: [NzAvatarModule, NzButtonModule, NzDropDownModule, NzIconModule, NzMenuModule, NzModalModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-menu.component.html',
  styleUrl: './user-menu.component.css',
})
export class UserMenuComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly messages = inject(NzMessageService);

  protected readonly user = this.auth.user;
  protected readonly initial = computed(() => (this.user()?.displayName ?? '?').trim().charAt(0).toUpperCase() || '?');
  protected readonly currentName = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly options = computed<readonly ContextOption[]>(() => {
    const context = this.auth.context();
    return this.auth.memberships().map((membership) => {
      const role = roleLabel(membership.role);
      return {
        membership,
        testId: `context-option-${membership.type}-${membership.id}`,
        meta: `${this.i18n.t(CONTEXT_TYPE_LABELS[membership.type])} · ${role ? this.i18n.t(role) : membership.role}`,
        current: context?.type === membership.type && context.id === membership.id,
      };
    });
  });

  protected readonly switching = signal(false);
  /** Which sign-out the dialog confirms: this session, or every session of the account. */
  protected readonly confirmingSignOut = signal<'here' | 'everywhere' | null>(null);
  protected readonly signingOut = signal(false);

  protected openProfile(): void {
    void this.router.navigateByUrl('/profile');
  }

  protected async switchTo(option: ContextOption): Promise<void> {
    if (this.switching()) return;
    if (option.current) {
      await this.router.navigateByUrl(this.auth.home());
      return;
    }
    this.switching.set(true);
    try {
      const context = await this.auth.switchContext(option.membership.type, option.membership.id);
      await this.router.navigateByUrl(homeFor(context));
      this.messages.success(this.i18n.t('userMenu.switched', { name: option.membership.name }));
    } catch (error) {
      this.messages.error(this.i18n.t('userMenu.switchFailed', { reason: problemMessage(this.i18n, error) }));
    } finally {
      this.switching.set(false);
    }
  }

  protected askSignOut(where: 'here' | 'everywhere' = 'here'): void {
    this.confirmingSignOut.set(where);
  }

  protected cancelSignOut(): void {
    this.confirmingSignOut.set(null);
  }

  protected async signOut(): Promise<void> {
    const where = this.confirmingSignOut();
    if (this.signingOut() || !where) return;
    this.signingOut.set(true);
    try {
      if (where === 'everywhere') await this.auth.logoutEverywhere();
      else await this.auth.logout();
    } catch (error) {
      this.signingOut.set(false);
      this.messages.error(this.i18n.t('userMenu.signOutFailed', { reason: problemMessage(this.i18n, error) }));
      return;
    }
    this.signingOut.set(false);
    this.confirmingSignOut.set(null);
    await this.router.navigateByUrl('/login');
  }
}
