import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@xinzhi/web-core';
import { LanguageSwitchComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { filter, map } from 'rxjs';

/** Below this width the side menu becomes a drawer, so the content keeps the whole screen. */
const HANDSET = '(max-width: 767.98px)';

/** Application shell: header, side menu (drawer on phones), routed content, footer. */
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
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
})
export class AppComponent {
  private readonly breakpoints = inject(BreakpointObserver);

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
}
