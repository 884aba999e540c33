import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';

/**
 * "Export Excel": downloads `path` (an `.xlsx` route) with `params` (a list's current filters; empty values
 * left out) as `<fileName>.xlsx`. The API words the workbook in the request's language.
 */
@Component({
  selector: 'xz-export-button',
  imports: [NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" [attr.data-testid]="testId()" [nzLoading]="busy()" (click)="download()">
      {{ (busy() ? 'common.exporting' : 'common.exportExcel') | t }}
    </button>
  `,
})
export class ExportButtonComponent {
  readonly path = input.required<string>();
  readonly params = input<Record<string, string | number | boolean | null | undefined>>({});
  readonly fileName = input.required<string>();
  readonly testId = input('export-excel');

  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  protected readonly busy = signal(false);

  protected download(): void {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.params())) {
      if (value !== null && value !== undefined && value !== '') params[key] = String(value);
    }
    this.busy.set(true);
    this.http.get(this.path(), { params, responseType: 'blob' }).subscribe({
      next: (blob) => {
        this.busy.set(false);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = `${this.fileName()}.xlsx`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.messages.error(`${this.i18n.t('common.exportFailed')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }
}
