import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { Analysis, PainPointMatrix } from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService, industrySectionName, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { forkJoin } from 'rxjs';
import { ParkAnalysisClient } from '../analysis/park-analysis.client';
import { formatValue, keyLabel, pivotGrid } from '../analysis/pivot-view';
import { areaKey } from '../matrix/matrix-page.component';
import { matrixGrid } from '../matrix/matrix-view';
import { ReportActionsComponent } from './report-actions.component';

/**
 * `/park/report`: the park report on one printable page — enterprises by industry × scale (count and
 * mean index, with the enterprises of each industry), and the pain-point matrix with unmet demand.
 * The shell's print styles drop the navigation; this page keeps tables whole across pages.
 */
@Component({
  selector: 'xz-report-page',
  imports: [NzButtonModule, AsyncStateComponent, ReportActionsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-page.component.html',
  styleUrl: './report-page.component.css',
})
export class ReportPageComponent {
  private readonly client = inject(ParkAnalysisClient);
  private readonly i18n = inject(I18nService);

  protected readonly counts = signal<Analysis | null>(null);
  protected readonly means = signal<Analysis | null>(null);
  protected readonly matrix = signal<PainPointMatrix | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly generatedAt = signal('');

  protected readonly countGrid = computed(() => {
    const a = this.counts();
    return a ? pivotGrid(a) : [];
  });
  protected readonly meanGrid = computed(() => {
    const a = this.means();
    return a ? pivotGrid(a) : [];
  });
  protected readonly matrixRows = computed(() => {
    const m = this.matrix();
    return m ? matrixGrid(m) : [];
  });
  /** The enterprises of each industry section (from the cells of the count pivot). */
  protected readonly tenantsByIndustry = computed(() =>
    (this.counts()?.rowKeys ?? []).map((row) => ({
      row,
      names: (this.counts()?.cells ?? [])
        .filter((c) => c.row === row)
        .flatMap((c) => c.tenants.map((t) => t.name))
        .sort((a, b) => a.localeCompare(b, 'zh-CN')),
    })),
  );
  protected readonly areaKeyOf = areaKey;
  protected readonly unmetNames = computed(() =>
    (this.matrix()?.unmetAreas ?? []).map((a) => this.i18n.t(areaKey(a))).join(this.i18n.locale() === 'zh-CN' ? '、' : ', '),
  );

  constructor() {
    this.load();
  }

  protected print(): void {
    window.print();
  }

  protected section(s: string): string {
    return `${s} ${industrySectionName(s, this.i18n.locale())}`;
  }

  protected scale(key: string): string {
    return keyLabel('scale', key, this.i18n.locale(), (k, p) => this.i18n.t(k, p));
  }

  protected format(v: Parameters<typeof formatValue>[0] | null, measure: 'tenantCount' | 'meanIndex'): string {
    return v ? formatValue(v, measure, this.i18n.locale(), (k, p) => this.i18n.t(k, p)) : '';
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    forkJoin({
      counts: this.client.analysis({ rows: 'industry', cols: 'scale', measure: 'tenantCount' }),
      means: this.client.analysis({ rows: 'industry', cols: 'scale', measure: 'meanIndex' }),
      matrix: this.client.matrix(),
    }).subscribe({
      next: ({ counts, means, matrix }) => {
        this.counts.set(counts);
        this.means.set(means);
        this.matrix.set(matrix);
        this.generatedAt.set(formatDateTime(new Date().toISOString(), this.i18n.locale()));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(`${this.i18n.t('report.error')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }
}
