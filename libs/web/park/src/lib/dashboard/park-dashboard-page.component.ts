import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ATTENTION_REASONS,
  type AttentionReason,
  ENTERPRISE_SCALES,
  type EnterpriseScale,
  INDUSTRY_SECTIONS,
  MANUFACTURING_TYPES,
  type ManufacturingType,
  type ParkDashboard,
  type TenantTablePage,
  type TenantTableQuery,
  type TenantTableRow,
  type TenantTableSort,
} from '@xinzhi/shared-contracts';
import {
  AuthService,
  I18nService,
  industrySectionName,
  MANUFACTURING_LABELS,
  problemMessage,
  SCALE_LABELS,
  TranslatePipe,
} from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { ChartComponent } from '@xinzhi/web-ui/chart';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule, type NzTableSortOrder } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import { decimal, HEALTH_COLORS, HEALTH_LABELS, LEVEL_KEYS, percent, REASON_COLORS, REASON_LABELS } from './labels';
import { ParkDashboardClient } from './park-dashboard.client';
import { trendOption } from './trend-option';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

/**
 * `/park/dashboard`, the park administrator's landing page: tiles, the needs-attention queue, the
 * trend of the park's averages, and the tenant table (sorted, filtered and paged by the API) linking
 * to each tenant's summary. Everything comes from the worker's rollups.
 */
@Component({
  selector: 'xz-park-dashboard-page',
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
    ChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './park-dashboard-page.component.html',
  styleUrl: './park-dashboard-page.component.css',
})
export class ParkDashboardPageComponent {
  private readonly client = inject(ParkDashboardClient);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly park = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly dashboard = signal<ParkDashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  protected readonly query = signal<TenantTableQuery>({ sort: 'name', dir: 'asc', page: 1, pageSize: PAGE_SIZE });
  protected readonly table = signal<TenantTablePage | null>(null);
  protected readonly tableLoading = signal(true);
  protected readonly tableError = signal<string | null>(null);
  protected search = '';

  protected readonly reasons = ATTENTION_REASONS;
  protected readonly reasonLabels = REASON_LABELS;
  protected readonly reasonColors = REASON_COLORS;
  protected readonly healthLabels = HEALTH_LABELS;
  protected readonly healthColors = HEALTH_COLORS;
  protected readonly scales = ENTERPRISE_SCALES;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly manufacturingTypes = MANUFACTURING_TYPES;
  protected readonly manufacturingLabels = MANUFACTURING_LABELS;
  protected readonly sections = computed(() =>
    Object.keys(INDUSTRY_SECTIONS).map((letter) => ({ letter, label: `${letter} · ${industrySectionName(letter, this.i18n.locale())}` })),
  );
  protected readonly trendOptions = computed(() =>
    trendOption(this.dashboard()?.trend ?? [], {
      meanIndex: this.i18n.t('parkDashboard.trend.meanIndex'),
      meanProgress: this.i18n.t('parkDashboard.trend.meanProgress'),
      shareLate: this.i18n.t('parkDashboard.trend.shareLate'),
    }),
  );

  private dashboardSub: Subscription | null = null;
  private tableSub: Subscription | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.dashboardSub?.unsubscribe();
      this.tableSub?.unsubscribe();
      if (this.searchTimer) clearTimeout(this.searchTimer);
    });
    this.reload();
  }

  protected reload(): void {
    this.loadDashboard();
    this.loadTable();
  }

  private loadDashboard(): void {
    this.dashboardSub?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.dashboardSub = this.client.dashboard().subscribe({
      next: (d) => {
        this.dashboard.set(d);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.error.set(problemMessage(this.i18n, e) || this.i18n.t('parkDashboard.loadFailed'));
        this.loading.set(false);
      },
    });
  }

  protected loadTable(): void {
    this.tableSub?.unsubscribe();
    this.tableLoading.set(true);
    this.tableError.set(null);
    this.tableSub = this.client.table(this.query()).subscribe({
      next: (page) => {
        this.table.set(page);
        this.tableLoading.set(false);
      },
      error: (e: unknown) => {
        this.tableError.set(problemMessage(this.i18n, e) || this.i18n.t('parkDashboard.loadFailed'));
        this.tableLoading.set(false);
      },
    });
  }

  private update(change: Partial<TenantTableQuery>, resetPage = true): void {
    this.query.update((q) => ({ ...q, ...change, ...(resetPage ? { page: 1 } : {}) }));
    this.loadTable();
  }

  protected onSearch(value: string): void {
    this.search = value;
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.update({ q: value.trim() || undefined }), SEARCH_DELAY_MS);
  }

  protected setIndustry(value: string | null): void {
    this.update({ industry: value || undefined });
  }
  protected setScale(value: EnterpriseScale | null): void {
    this.update({ scale: value ?? undefined });
  }
  protected setRegion(value: string | null): void {
    this.update({ region: value || undefined });
  }
  protected setEmerging(value: 'true' | 'false' | null): void {
    this.update({ emerging: value === null ? undefined : value === 'true' });
  }
  protected setManufacturing(value: ManufacturingType | null): void {
    this.update({ manufacturingType: value ?? undefined });
  }
  protected setReason(value: AttentionReason | null): void {
    this.update({ reason: value ?? undefined });
  }
  protected emergingValue(): 'true' | 'false' | null {
    const e = this.query().emerging;
    return e === undefined ? null : e ? 'true' : 'false';
  }

  protected clearFilters(): void {
    this.search = '';
    this.query.set({ sort: this.query().sort, dir: this.query().dir, page: 1, pageSize: PAGE_SIZE });
    this.loadTable();
  }

  protected sortOrder(column: TenantTableSort): NzTableSortOrder {
    const q = this.query();
    if (q.sort !== column) return null;
    return q.dir === 'desc' ? 'descend' : 'ascend';
  }

  protected sortBy(column: TenantTableSort, order: string | null): void {
    if (order === null) this.update({ sort: 'name', dir: 'asc' });
    else this.update({ sort: column, dir: order === 'descend' ? 'desc' : 'asc' });
  }

  protected pageTo(page: number): void {
    this.update({ page }, false);
  }

  protected pct(value: number | null | undefined): string {
    return percent(value, this.i18n.locale());
  }
  protected num(value: number | null | undefined, digits = 1): string {
    return decimal(value, this.i18n.locale(), digits);
  }
  protected level(level: number): string {
    const key = LEVEL_KEYS[level];
    return key ? this.i18n.t(key) : this.i18n.t('maturityLevel.n', { level });
  }
  protected day(iso: string | null): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium' }).format(new Date(iso));
  }
  protected industry(row: TenantTableRow): string {
    return `${row.industrySection} ${industrySectionName(row.industrySection, this.i18n.locale())}`;
  }
}
