import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthService, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { decidesAwards } from '../logic/award-actions';

interface Tab {
  readonly id: string;
  readonly path: string;
  readonly label: TranslationKey;
}

/** Pages of owners and leaders. */
const MANAGE: readonly Tab[] = [
  { id: 'awards', path: '/incentives/awards', label: 'incentives.tab.awards' },
  { id: 'schemes', path: '/incentives/schemes', label: 'incentives.tab.schemes' },
  { id: 'leaderboard', path: '/incentives/leaderboard', label: 'incentives.tab.leaderboard' },
  { id: 'skills', path: '/incentives/skills', label: 'incentives.tab.skills' },
  { id: 'training', path: '/incentives/training', label: 'incentives.tab.training' },
];

/** Everyone's own pages. */
const MINE: readonly Tab[] = [
  { id: 'my-awards', path: '/me/awards', label: 'incentives.tab.myAwards' },
  { id: 'my-training', path: '/me/training', label: 'incentives.tab.myTraining' },
  { id: 'leaderboard', path: '/incentives/leaderboard', label: 'incentives.tab.leaderboard' },
];

/**
 * The links between the incentive pages, as a row of tabs that scrolls sideways on a phone:
 * owners' and leaders' pages (`manage`), or everyone's own (`mine`). `auto` picks by role.
 */
@Component({
  selector: 'xz-incentives-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'incentives.tabs' | t">
      @for (tab of tabs(); track tab.id) {
        <a
          class="tab"
          [routerLink]="tab.path"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="'incentives-tab-' + tab.id"
        >
          {{ tab.label | t }}
        </a>
      }
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin: -8px 0 16px;
    }
    .tabs {
      display: flex;
      gap: 4px;
      overflow-x: auto;
      border-bottom: 1px solid rgba(5, 5, 5, 0.06);
      scrollbar-width: none;
    }
    .tab {
      flex: none;
      padding: 8px 12px;
      color: rgba(0, 0, 0, 0.65);
      border-bottom: 2px solid transparent;
      white-space: nowrap;
    }
    .tab:hover {
      color: #1677ff;
    }
    .tab.active {
      color: #1677ff;
      border-bottom-color: #1677ff;
      font-weight: 500;
    }
  `,
})
export class IncentivesTabsComponent {
  private readonly auth = inject(AuthService);

  readonly set = input<'manage' | 'mine' | 'auto'>('auto');

  protected readonly tabs = computed(() => {
    const set = this.set();
    const manage = set === 'manage' || (set === 'auto' && decidesAwards(this.auth.context()?.role));
    return manage ? MANAGE : MINE;
  });
}
