import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type Analysis,
  ANALYSIS_MEASURES,
  type AnalysisCell,
  type AnalysisMeasure,
  CLASSIFICATION_DIMENSIONS,
  type ClassificationDimension,
} from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ReportActionsComponent } from '../report/report-actions.component';
import { ParkAnalysisClient } from './park-analysis.client';
import { DIMENSION_LABELS, formatValue, keyLabel, MEASURE_LABELS, pivotBarOption, pivotGrid } from './pivot-view';

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * `/park/analysis` (the park administrator): the park's enterprises by two classifications (rows ×
 * columns) against a measure of their rollups, as a table and a bar chart; a cell (or bar) lists its
 * enterprises, each linking to its summary. The choice lives in the query, so a view can be linked.
 */
@Component({
  selector: 'xz-analysis-page',
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzSelectModule,
    NzTableModule,
    AsyncStateComponent,
    PageHeaderComponent,
    ChartComponent,
    ReportActionsComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './analysis-page.component.html',
  styleUrl: './analysis-page.component.css',
})
export class AnalysisPageComponent {
  private readonly client = inject(ParkAnalysisClient);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly dimensions = CLASSIFICATION_DIMENSIONS;
  protected readonly measures = ANALYSIS_MEASURES;
  protected readonly dimensionLabels = DIMENSION_LABELS;
  protected readonly measureLabels = MEASURE_LABELS;

  private readonly query = this.route.snapshot.queryParamMap;
  protected readonly rows = signal<ClassificationDimension>(pick(this.query.get('rows'), CLASSIFICATION_DIMENSIONS, 'industry'));
  protected readonly cols = signal<ClassificationDimension>(
    pick(this.query.get('cols'), CLASSIFICATION_DIMENSIONS, this.rows() === 'scale' ? 'industry' : 'scale'),
  );
  protected readonly measure = signal<AnalysisMeasure>(pick(this.query.get('measure'), ANALYSIS_MEASURES, 'tenantCount'));

  protected readonly analysis = signal<Analysis | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly selected = signal<AnalysisCell | null>(null);

  protected readonly grid = computed(() => {
    const a = this.analysis();
    return a ? pivotGrid(a) : [];
  });
  protected readonly chartOptions = computed(() => {
    const a = this.analysis();
    return a ? pivotBarOption(a, (dim, key) => this.label(dim, key), this.i18n.t(MEASURE_LABELS[a.measure])) : null;
  });

  constructor() {
    this.load();
  }

  protected label(dim: ClassificationDimension, key: string): string {
    return keyLabel(dim, key, this.i18n.locale(), (k, p) => this.i18n.t(k, p));
  }

  protected format(v: Parameters<typeof formatValue>[0]): string {
    return formatValue(v, this.analysis()?.measure ?? this.measure(), this.i18n.locale(), (k, p) => this.i18n.t(k, p));
  }

  protected setRows(value: ClassificationDimension): void {
    // Picking the columns' dimension for the rows swaps them, so rows and columns always differ.
    if (value === this.cols()) this.cols.set(this.rows());
    this.rows.set(value);
    this.reload();
  }

  protected setCols(value: ClassificationDimension): void {
    if (value === this.rows()) this.rows.set(this.cols());
    this.cols.set(value);
    this.reload();
  }

  protected setMeasure(value: AnalysisMeasure): void {
    this.measure.set(value);
    this.reload();
  }

  protected select(cell: AnalysisCell | null): void {
    this.selected.set(cell);
  }

  /** A chart bar was clicked: its data names the row and column. */
  protected chartClicked(data: unknown): void {
    const d = data as { row?: string; col?: string } | null;
    this.selected.set(this.analysis()?.cells.find((c) => c.row === d?.row && c.col === d?.col) ?? null);
  }

  private reload(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { rows: this.rows(), cols: this.cols(), measure: this.measure() },
      replaceUrl: true,
    });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.selected.set(null);
    this.client.analysis({ rows: this.rows(), cols: this.cols(), measure: this.measure() }).subscribe({
      next: (a) => {
        this.analysis.set(a);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(`${this.i18n.t('analysis.error')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }
}
