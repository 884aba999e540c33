import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Title block at the top of a page: heading, optional subheading, and projected actions (`[xzPageHeaderActions]`). */
@Component({
  selector: 'xz-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="text">
      <h1 class="heading" [attr.data-testid]="headingTestId()">{{ heading() }}</h1>
      @if (subheading(); as subheading) {
        <p class="subheading">{{ subheading }}</p>
      }
    </div>
    <div class="actions"><ng-content select="[xzPageHeaderActions]" /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 12px 24px;
      margin-bottom: 24px;
    }
    .text {
      min-width: 0;
      flex: 1 1 320px;
    }
    .heading {
      margin: 0;
      font-size: 24px;
      font-weight: 600;
      line-height: 1.35;
      color: rgba(0, 0, 0, 0.88);
      overflow-wrap: anywhere;
    }
    .subheading {
      margin: 8px 0 0;
      color: rgba(0, 0, 0, 0.55);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .actions:empty {
      display: none;
    }
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly subheading = input<string>();
  /** `data-testid` of the heading, for browser tests. */
  readonly headingTestId = input<string>();
}
