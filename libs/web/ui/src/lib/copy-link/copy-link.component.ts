import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';

/**
 * A link shown once to be passed on (an invitation), with a copy button. `testId` goes on the link;
 * the button gets `<testId>-copy`.
 */
@Component({
  selector: 'xz-copy-link',
  imports: [NzButtonModule, NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="box">
      <a class="link" [href]="link()" target="_blank" rel="noopener" [attr.data-testid]="testId()">{{ link() }}</a>
      <button
        nz-button
        type="button"
        [nzType]="copied() ? 'default' : 'primary'"
        [attr.data-testid]="testId() ? testId() + '-copy' : null"
        (click)="copy()"
      >
        <nz-icon [nzType]="copied() ? 'check' : 'copy'" nzTheme="outline" />
        {{ (copied() ? 'common.copied' : 'common.copy') | t }}
      </button>
    </div>
    @if (failed()) {
      <p class="failed" role="alert">{{ 'common.copyFailed' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .box {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      background: #f6ffed;
      border: 1px solid #b7eb8f;
      border-radius: 6px;
    }
    .link {
      flex: 1 1 220px;
      min-width: 0;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 13px;
      overflow-wrap: anywhere;
    }
    .failed {
      margin: 8px 0 0;
      color: #cf1322;
    }
  `,
})
export class CopyLinkComponent {
  private readonly clipboard = inject(Clipboard);

  readonly link = input.required<string>();
  readonly testId = input<string>();

  protected readonly copied = signal(false);
  protected readonly failed = signal(false);

  protected copy(): void {
    const ok = this.clipboard.copy(this.link());
    this.copied.set(ok);
    this.failed.set(!ok);
  }
}
