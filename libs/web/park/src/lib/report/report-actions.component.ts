import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { ParkAnalysisClient } from '../analysis/park-analysis.client';

/** Download the park workbook, or open the printable report. */
@Component({
  selector: 'xz-report-actions',
  imports: [RouterLink, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" data-testid="report-download" [nzLoading]="busy()" (click)="download()">
      {{ (busy() ? 'report.downloading' : 'report.download') | t }}
    </button>
    <a nz-button nzType="link" data-testid="report-printable" routerLink="/park/report">{{ 'report.printable' | t }}</a>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class ReportActionsComponent {
  private readonly client = inject(ParkAnalysisClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  protected readonly busy = signal(false);

  protected download(): void {
    this.busy.set(true);
    this.client.workbook().subscribe({
      next: (blob) => {
        this.busy.set(false);
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = this.i18n.locale() === 'zh-CN' ? '园区报表.xlsx' : 'park-report.xlsx';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.messages.error(`${this.i18n.t('report.downloadFailed')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }
}
