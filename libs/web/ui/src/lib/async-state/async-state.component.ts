import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';

export type AsyncStateKind = 'loading' | 'empty' | 'error';

/**
 * The placeholder shown instead of content that is loading, empty or failed. Without `message` a
 * generic text in the current language is shown. `retry` adds a "Try again" button to the error state.
 */
@Component({
  selector: 'xz-async-state',
  imports: [NzSpinModule, NzEmptyModule, NzButtonModule, NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-state]': 'kind()' },
  template: `
    @switch (kind()) {
      @case ('loading') {
        <div class="state" role="status" aria-live="polite">
          <nz-spin nzSimple />
          <span class="message">{{ message() ?? ('state.loading' | t) }}</span>
        </div>
      }
      @case ('empty') {
        <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="message() ?? ('state.empty' | t)" />
      }
      @case ('error') {
        <div class="state" role="alert">
          <nz-icon nzType="exclamation-circle" nzTheme="outline" class="error-icon" />
          <span class="message">{{ message() ?? ('state.error' | t) }}</span>
          @if (retryable()) {
            <button nz-button type="button" nzSize="small" (click)="retry.emit()">{{ 'state.retry' | t }}</button>
          }
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .state {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 24px 8px;
      text-align: center;
    }
    .message {
      color: rgba(0, 0, 0, 0.55);
    }
    .error-icon {
      font-size: 24px;
      color: #ff4d4f;
    }
  `,
})
export class AsyncStateComponent {
  readonly kind = input.required<AsyncStateKind>();
  readonly message = input<string>();
  /** Show the "Try again" button in the error state. */
  readonly retryable = input(false);
  readonly retry = output<void>();
}
