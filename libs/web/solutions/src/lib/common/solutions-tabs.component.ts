import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@xinzhi/web-core';

interface Tab {
  readonly id: string;
  readonly path: string;
  readonly label: TranslationKey;
}

/** The tenant's catalog and its recommendations. */
const TENANT: readonly Tab[] = [
  { id: 'recommended', path: '/solutions/recommended', label: 'catalog.tabRecommended' },
  { id: 'all', path: '/solutions/catalog', label: 'catalog.tabAll' },
];

/** The park administrator's catalog, its enterprises' pain points and the unmet demand. */
const PARK: readonly Tab[] = [
  { id: 'catalog', path: '/park/solutions', label: 'solutionsNav.catalog' },
  { id: 'pain-points', path: '/park/pain-points', label: 'solutionsNav.painPoints' },
  { id: 'demand', path: '/park/demand', label: 'solutionsNav.demand' },
];

/** The links between the solution pages, as a row of tabs that scrolls sideways on a phone. */
@Component({
  selector: 'xz-solutions-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs">
      @for (tab of set() === 'park' ? park : tenant; track tab.id) {
        <a
          class="tab"
          [routerLink]="tab.path"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="'solutions-tab-' + tab.id"
          >{{ tab.label | t }}</a
        >
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
export class SolutionsTabsComponent {
  readonly set = input<'tenant' | 'park'>('tenant');
  protected readonly tenant = TENANT;
  protected readonly park = PARK;
}
