import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  type Type,
  viewChild,
  ViewContainerRef,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { AuthService, TranslatePipe } from '@xinzhi/web-core';
import type { Locale } from '@xinzhi/shared-contracts';
import { LanguageSwitchComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { filter, map } from 'rxjs';
import { navigationFor } from './navigation/navigation';
import { UserMenuComponent } from './user-menu/user-menu.component';

/** Below this width the side menu becomes a drawer, so the content keeps the whole screen. */
const HANDSET = '(max-width: 767.98px)';

/**
 * Application shell: header (brand, language, notifications in an enterprise, the user's menu or sign-in), side menu with what the
 * acting context may use (drawer on phones), routed content, footer.
 */
@Component({
  selector: 'xz-root',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    RouterOutlet,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzLayoutModule,
    NzMenuModule,
    LanguageSwitchComponent,
    UserMenuComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
})
export class AppComponent {
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly auth = inject(AuthService);

  protected readonly status = this.auth.status;
  /** The notification bell is for people working in an enterprise. */
  protected readonly inTenant = computed(() => this.auth.context()?.type === 'tenant');
  /**
   * The bell, loaded on first use in an enterprise so it adds nothing to the initial bundle. A plain
   * dynamic import into a view container: `@defer` or NgComponentOutlet would pull their runtime
   * code into the initial bundle.
   */
  protected readonly bell = signal<Type<unknown> | null>(null);
  private readonly bellHost = viewChild('bellHost', { read: ViewContainerRef });
  protected readonly navItems = computed(() => navigationFor(this.auth.signedIn(), this.auth.context()));
  /** The brand leads to the user's home when signed in, else to the landing page. */
  protected readonly brandLink = computed(() => (this.auth.signedIn() ? this.auth.home() : '/'));

  protected readonly isHandset = toSignal(this.breakpoints.observe(HANDSET).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(HANDSET),
  });
  /** Desktop: side menu reduced to icons. */
  protected readonly collapsed = signal(false);
  /** Phone: menu drawer shown. */
  protected readonly drawerOpen = signal(false);
  protected readonly menuExpanded = computed(() => (this.isHandset() ? this.drawerOpen() : !this.collapsed()));
  protected readonly toggleIcon = computed(() => {
    if (this.isHandset()) return 'menu';
    return this.collapsed() ? 'menu-unfold' : 'menu-fold';
  });
  protected readonly year = new Date().getFullYear();

  constructor() {
    effect(() => {
      if (!this.inTenant() || this.bell()) return;
      import('./notifications/notification-bell.component').then((m) => this.bell.set(m.NotificationBellComponent)).catch(() => undefined); // offline after a deploy: no bell until the next page load
    });
    // The host exists while the user acts in an enterprise; a new host (after leaving and coming back) gets a new bell.
    effect(() => {
      const host = this.bellHost();
      const bell = this.bell();
      if (host && bell && host.length === 0) host.createComponent(bell);
    });
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.drawerOpen.set(false));
  }

  protected toggleMenu(): void {
    if (this.isHandset()) {
      this.drawerOpen.update((open) => !open);
    } else {
      this.collapsed.update((collapsed) => !collapsed);
    }
  }

  protected closeDrawer(): void {
    this.drawerOpen.set(false);
  }

  /** A signed-in user's language choice is kept with the account too (e-mails follow it). */
  protected saveLocale(locale: Locale): void {
    if (this.auth.signedIn()) this.auth.updateProfile({ locale }).catch(() => undefined);
  }
}
