import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { IMPORT_FILE_MAX_BYTES, type ImportState, type Locale } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ImportsClient } from '../data/imports.client';

const POLL_MS = 700;

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Import Excel" on a project's task list: template, upload, progress, preview, apply, errors. */
@Component({
  selector: 'xz-task-import',
  imports: [FormsModule, NzButtonModule, NzCheckboxModule, NzIconModule, NzModalModule, NzProgressModule, NzTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" data-testid="task-import-open" (click)="open.set(true)">
      <nz-icon nzType="upload" nzTheme="outline" />
      {{ 'imports.open' | t }}
    </button>
    <nz-modal [nzVisible]="open()" [nzTitle]="'imports.title' | t" [nzFooter]="null" (nzOnCancel)="close()" nzWidth="640px">
      <ng-container *nzModalContent>
        <div class="import" data-testid="task-import" [attr.data-status]="state()?.status ?? 'idle'">
          <p>{{ 'imports.intro' | t }}</p>
          <p class="templates">
            <button nz-button nzType="link" type="button" data-testid="import-template-zh" (click)="template('zh-CN')">
              {{ 'imports.templateZh' | t }}
            </button>
            <button nz-button nzType="link" type="button" data-testid="import-template-en" (click)="template('en-US')">
              {{ 'imports.templateEn' | t }}
            </button>
          </p>
          @if (!state() || state()?.status === 'done' || state()?.status === 'failed') {
            <label class="file">
              <input
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="import-file"
                (change)="choose($event)"
              />
            </label>
          }
          @if (busy()) {
            <nz-progress data-testid="import-progress" [nzPercent]="state()?.progress ?? 0" nzStatus="active" />
          }
          @if (error(); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
          @if (state(); as s) {
            @if (s.status === 'preview' || s.status === 'done') {
              <p data-testid="import-counts">
                {{
                  (s.status === 'done' ? 'imports.done' : 'imports.preview')
                    | t: { new: s.counts.new, changed: s.counts.changed, unchanged: s.counts.unchanged, removed: s.counts.removed }
                }}
              </p>
            }
            @if (s.status === 'preview') {
              <label nz-checkbox [(ngModel)]="removeMissing" data-testid="import-remove-missing">
                {{ 'imports.removeMissing' | t: { count: s.counts.removed } }}
              </label>
              <p>
                <button nz-button nzType="primary" type="button" data-testid="import-apply" (click)="apply(s)">
                  {{ 'imports.apply' | t }}
                </button>
              </p>
            }
            @if (s.status === 'failed') {
              <p class="error">{{ 'imports.failed' | t: { count: s.errors.length } }}</p>
              <button nz-button type="button" data-testid="import-errors-download" (click)="errorsFile(s)">
                {{ 'imports.errorsFile' | t }}
              </button>
              <nz-table #t [nzData]="s.errors" nzSize="small" [nzPageSize]="10" data-testid="import-errors">
                <thead>
                  <tr>
                    <th>{{ 'imports.row' | t }}</th>
                    <th>{{ 'imports.column' | t }}</th>
                    <th>{{ 'imports.message' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (e of t.data; track $index) {
                    <tr>
                      <td>{{ e.row }}</td>
                      <td>{{ e.column }}</td>
                      <td>{{ e.message }}</td>
                    </tr>
                  }
                </tbody>
              </nz-table>
            }
          }
        </div>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .error {
      color: #c00000;
    }
    .file input {
      min-height: 44px;
      max-width: 100%;
    }
  `,
})
export class TaskImportComponent {
  private readonly client = inject(ImportsClient);
  private readonly i18n = inject(I18nService);
  private readonly modal = inject(NzModalService);
  readonly projectId = input.required<string>();
  /** Emitted after an import was applied (the list reloads). */
  readonly applied = output<void>();

  protected readonly open = signal(false);
  protected readonly state = signal<ImportState | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected removeMissing = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected close(): void {
    this.stop();
    this.open.set(false);
    this.state.set(null);
    this.error.set(null);
    this.busy.set(false);
    this.removeMissing = false;
  }

  protected template(locale: Locale): void {
    this.client.template(locale).subscribe({
      next: (blob) => save(blob, locale === 'zh-CN' ? '任务导入模板.xlsx' : 'tasks-template.xlsx'),
      error: (e: unknown) => this.error.set(problemMessage(this.i18n, e)),
    });
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error.set(null);
    if (file.size > IMPORT_FILE_MAX_BYTES) {
      this.error.set(this.i18n.t('imports.tooLarge'));
      return;
    }
    this.busy.set(true);
    this.state.set(null);
    this.client.upload(this.projectId(), file).subscribe({
      next: ({ id }) => this.poll(id),
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(this.i18n, e));
      },
    });
  }

  protected apply(s: ImportState): void {
    const go = () => {
      this.busy.set(true);
      this.client.apply(s.id, this.removeMissing).subscribe({
        next: (next) => {
          this.state.set(next);
          this.poll(s.id);
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.error.set(problemMessage(this.i18n, e));
        },
      });
    };
    if (this.removeMissing && s.counts.removed > 0) {
      this.modal.confirm({
        nzTitle: this.i18n.t('imports.confirmRemove', { count: s.counts.removed }),
        nzOkText: this.i18n.t('imports.apply'),
        nzOkDanger: true,
        nzOnOk: go,
      });
    } else go();
  }

  protected errorsFile(s: ImportState): void {
    this.client.errorsWorkbook(s.id).subscribe({
      next: (blob) => save(blob, this.i18n.t('imports.errorsFileName')),
      error: (e: unknown) => this.error.set(problemMessage(this.i18n, e)),
    });
  }

  private poll(id: string): void {
    this.stop();
    this.client.get(id).subscribe({
      next: (s) => {
        this.state.set(s);
        if (s.status === 'validating' || s.status === 'applying') {
          this.timer = setTimeout(() => this.poll(id), POLL_MS);
          return;
        }
        this.busy.set(false);
        if (s.status === 'done') this.applied.emit();
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(this.i18n, e));
      },
    });
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
