import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type AreaPainPoints, BUSINESS_AREAS, type ParkTenantSummaryPage } from '@xinzhi/shared-contracts';
import { I18nService, industrySectionName, MANUFACTURING_LABELS, problemMessage, SCALE_LABELS, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import {
  AREA_LABELS,
  decimal,
  HEALTH_COLORS,
  HEALTH_LABELS,
  LEVEL_KEYS,
  percent,
  PHASE_LABELS,
  REASON_COLORS,
  REASON_LABELS,
  STATUS_LABELS,
} from '../dashboard/labels';
import { ParkDashboardClient } from '../dashboard/park-dashboard.client';

/**
 * `/park/tenants/:id`: one tenant as the park sees it — classification, the rollup's numbers, why
 * it needs attention, and its projects' numbers. From the rollup only; no tasks, comments or people.
 */
@Component({
  selector: 'xz-park-tenant-summary-page',
  imports: [RouterLink, NzCardModule, NzTableModule, NzTagModule, AsyncStateComponent, PageHeaderComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './park-tenant-summary-page.component.html',
  styleUrl: './park-tenant-summary-page.component.css',
})
export class ParkTenantSummaryPageComponent {
  private readonly client = inject(ParkDashboardClient);
  protected readonly i18n = inject(I18nService);

  /** The route's `:id` (component input binding). */
  readonly id = input.required<string>();

  protected readonly page = signal<ParkTenantSummaryPage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  protected readonly reasonLabels = REASON_LABELS;
  protected readonly reasonColors = REASON_COLORS;
  protected readonly healthLabels = HEALTH_LABELS;
  protected readonly healthColors = HEALTH_COLORS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly scaleLabels = SCALE_LABELS;
  protected readonly manufacturingLabels = MANUFACTURING_LABELS;
  protected readonly areaLabels = AREA_LABELS;

  protected readonly areas = computed(() => {
    const byArea = this.page()?.summary?.painPointsByArea ?? {};
    return BUSINESS_AREAS.filter((a) => byArea[a]).map((a) => ({ area: a, ...(byArea[a] as AreaPainPoints) }));
  });

  private sub: Subscription | null = null;

  constructor() {
    const destroy = inject(DestroyRef);
    const idSub = toObservable(this.id).subscribe(() => this.load());
    destroy.onDestroy(() => {
      idSub.unsubscribe();
      this.sub?.unsubscribe();
    });
  }

  protected load(): void {
    this.sub?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.sub = this.client.summary(this.id()).subscribe({
      next: (p) => {
        this.page.set(p);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.page.set(null);
        this.error.set(
          e instanceof HttpErrorResponse && e.status === 404
            ? this.i18n.t('parkSummary.notFound')
            : problemMessage(this.i18n, e) || this.i18n.t('parkSummary.loadFailed'),
        );
        this.loading.set(false);
      },
    });
  }

  protected industry(p: ParkTenantSummaryPage): string {
    return `${p.tenant.industrySection} ${industrySectionName(p.tenant.industrySection, this.i18n.locale())} · ${p.tenant.industryDivision}`;
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
  protected time(iso: string | null): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
  protected meanSeverity(a: AreaPainPoints): string {
    return decimal(a.count ? a.severitySum / a.count : null, this.i18n.locale());
  }
}
