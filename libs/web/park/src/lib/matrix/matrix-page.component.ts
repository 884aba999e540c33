import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { BusinessArea, PainPointMatrix, PainPointMatrixCell } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ParkAnalysisClient } from '../analysis/park-analysis.client';
import { ReportActionsComponent } from '../report/report-actions.component';
import { drillQuery, heatmapOption, matrixGrid } from './matrix-view';

/** Translation key of a business area's name (the projects' texts, provided with the route). */
export const areaKey = (area: BusinessArea): TranslationKey => `area.${area}` as TranslationKey;

/**
 * `/park/pain-point-matrix` (the park administrator): open pain points of the park's enterprises by
 * industry section × business area — count and mean severity — as a heatmap and a table; cells whose
 * area has no published solution are marked as unmet demand; a cell opens its pain points.
 */
@Component({
  selector: 'xz-matrix-page',
  imports: [RouterLink, NzTagModule, AsyncStateComponent, PageHeaderComponent, ChartComponent, ReportActionsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-page-header headingTestId="matrix-title" [heading]="'matrix.heading' | t" [subheading]="'matrix.subheading' | t">
      <xz-report-actions xzPageHeaderActions />
    </xz-page-header>
    <section data-testid="matrix" [attr.data-state]="loading() ? 'loading' : error() ? 'error' : 'ready'">
      @if (loading()) {
        <xz-async-state kind="loading" />
      } @else if (error(); as message) {
        <xz-async-state kind="error" [message]="message" [retryable]="true" (retry)="load()" />
      } @else if (matrix(); as m) {
        <p class="unmet-areas" data-testid="matrix-unmet-areas">
          @if (m.unmetAreas.length) {
            <nz-tag nzColor="red">{{ 'matrix.unmet' | t }}</nz-tag>
            {{ 'matrix.unmetAreas' | t: { areas: unmetNames() } }}
          } @else {
            {{ 'matrix.allMet' | t }}
          }
        </p>
        @if (!m.cells.length) {
          <xz-async-state kind="empty" [message]="'matrix.empty' | t" />
        } @else {
          <p class="total" data-testid="matrix-total">{{ 'matrix.total' | t: { count: m.total } }}</p>
          <h2>{{ 'matrix.heatmap' | t }}</h2>
          @if (heatmap(); as options) {
            <xz-chart
              data-testid="matrix-heatmap"
              [options]="options"
              [height]="360"
              [failedText]="'analysis.chartFailed' | t"
              (chartClick)="chartClicked($event)"
            />
          }
          <h2>{{ 'matrix.table' | t }}</h2>
          <div class="scroll">
            <table class="matrix" data-testid="matrix-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'matrix.section' | t }}</th>
                  @for (area of m.businessAreas; track area) {
                    <th scope="col" [class.unmet]="m.unmetAreas.includes(area)">{{ areaKeyOf(area) | t }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of grid(); track row.section) {
                  <tr>
                    <th scope="row">{{ row.section }} {{ sectionName(row.section) }}</th>
                    @for (cell of row.cells; track $index) {
                      <td [class.hot]="!!cell" [class.unmet]="cell?.unmet">
                        @if (cell) {
                          <a
                            [attr.data-testid]="'matrix-cell-' + cell.industrySection + '-' + cell.businessArea"
                            [attr.data-count]="cell.count"
                            [attr.data-unmet]="cell.unmet"
                            [title]="cellTitle(cell)"
                            routerLink="/park/pain-points"
                            [queryParams]="drill(cell)"
                          >
                            <strong>{{ cell.count }}</strong>
                            <small>{{ 'matrix.severity' | t: { severity: severity(cell) } }}</small>
                            @if (cell.unmet) {
                              <small class="unmet-mark">{{ 'matrix.unmet' | t }}</small>
                            }
                          </a>
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    h2 {
      font-size: 16px;
      margin: 16px 0 8px;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    .matrix {
      border-collapse: collapse;
      background: #fff;
      font-size: 13px;
    }
    .matrix th,
    .matrix td {
      border: 1px solid rgba(5, 5, 5, 0.08);
      padding: 4px 8px;
      text-align: center;
      white-space: nowrap;
    }
    .matrix th[scope='row'] {
      text-align: left;
    }
    .matrix td.hot {
      background: #fff7e6;
    }
    .matrix td.unmet {
      outline: 2px solid #cf1322;
      outline-offset: -2px;
    }
    .matrix th.unmet {
      color: #cf1322;
    }
    .matrix a {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .unmet-mark {
      color: #cf1322;
    }
  `,
})
export class MatrixPageComponent {
  private readonly client = inject(ParkAnalysisClient);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly matrix = signal<PainPointMatrix | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly grid = computed(() => {
    const m = this.matrix();
    return m ? matrixGrid(m) : [];
  });
  protected readonly heatmap = computed(() => {
    const m = this.matrix();
    return m
      ? heatmapOption(
          m,
          (a) => this.i18n.t(areaKey(a)),
          (s) => `${s} ${this.sectionName(s)}`,
          this.i18n.t('matrix.unmet'),
        )
      : null;
  });
  protected readonly unmetNames = computed(() =>
    (this.matrix()?.unmetAreas ?? []).map((a) => this.i18n.t(areaKey(a))).join(this.i18n.locale() === 'zh-CN' ? '、' : ', '),
  );
  protected readonly areaKeyOf = areaKey;
  protected readonly drill = drillQuery;

  constructor() {
    this.load();
  }

  protected sectionName(section: string): string {
    return industrySectionName(section, this.i18n.locale());
  }

  protected severity(cell: PainPointMatrixCell): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(cell.meanSeverity);
  }

  protected cellTitle(cell: PainPointMatrixCell): string {
    return `${this.i18n.t('matrix.count', { count: cell.count })}, ${this.i18n.t('matrix.severity', { severity: this.severity(cell) })}${cell.unmet ? ` — ${this.i18n.t('matrix.unmet')}` : ''}`;
  }

  /** A heatmap cell was clicked: open its pain points. */
  protected chartClicked(data: unknown): void {
    const d = data as { industrySection?: string; businessArea?: BusinessArea } | null;
    if (d?.industrySection && d.businessArea)
      void this.router.navigate(['/park/pain-points'], {
        queryParams: drillQuery({ industrySection: d.industrySection, businessArea: d.businessArea }),
      });
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.matrix().subscribe({
      next: (m) => {
        this.matrix.set(m);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(`${this.i18n.t('matrix.error')} ${problemMessage(this.i18n, error)}`);
      },
    });
  }
}
