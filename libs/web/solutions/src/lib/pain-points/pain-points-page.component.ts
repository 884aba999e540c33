import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { BUSINESS_AREAS, INDUSTRY_SECTIONS, PAIN_POINT_STATUSES, type PainPoint, type Tenant } from '@xinzhi/shared-contracts';
import { AuthService, createPagedList, I18nService, industrySectionName, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { FilterSelectComponent, type FilterOption } from '../common/filter-select.component';
import { SolutionsTabsComponent } from '../common/solutions-tabs.component';
import { SolutionsClient } from '../data/solutions.client';
import { canAccept, managesSolutions } from '../logic/access';
import { AREA_LABELS, PAIN_POINT_STATUS_COLORS, PAIN_POINT_STATUS_LABELS, sceneLabel, severityColor } from '../logic/labels';
import { PainPointFormComponent } from './pain-point-form.component';

/**
 * `/pain-points` (every member of the enterprise: owners and leaders record, edit, accept and
 * delete; others propose) and `/park/pain-points` (the park administrator reads its enterprises'
 * pain points and records one for an enterprise during a visit).
 */
@Component({
  selector: 'xz-pain-points-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    FilterSelectComponent,
    SolutionsTabsComponent,
    PainPointFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pain-points-page.component.html',
  styleUrl: './pain-points-page.component.css',
})
export class PainPointsPageComponent {
  private readonly client = inject(SolutionsClient);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly messages = inject(NzMessageService);
  protected readonly handset = injectHandset();

  /** `tenant` (the enterprise's own register) or `park` (its enterprises'). */
  private readonly route = inject(ActivatedRoute).snapshot;
  protected readonly mode: 'tenant' | 'park' = this.route.data['mode'] === 'park' ? 'park' : 'tenant';
  protected readonly manages = computed(() => this.mode === 'tenant' && managesSolutions(this.auth.context()));

  protected readonly statusLabels = PAIN_POINT_STATUS_LABELS;
  protected readonly statusColors = PAIN_POINT_STATUS_COLORS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly severityColor = severityColor;
  protected readonly sceneLabel = sceneLabel;

  // Filters start from the query (the park's pain-point matrix drills here with ?status&businessArea&industrySection).
  protected readonly status = signal(this.query('status', PAIN_POINT_STATUSES));
  protected readonly area = signal(this.query('businessArea', BUSINESS_AREAS));
  protected readonly tenantId = signal(this.route.queryParamMap.get('tenantId') ?? '');
  protected readonly industrySection = signal(this.mode === 'park' ? this.query('industrySection', Object.keys(INDUSTRY_SECTIONS)) : '');
  protected readonly tenants = signal<readonly Tenant[]>([]);

  protected readonly statusOptions = computed<FilterOption[]>(() =>
    PAIN_POINT_STATUSES.map((value) => ({ value, label: this.i18n.t(PAIN_POINT_STATUS_LABELS[value]) })),
  );
  protected readonly areaOptions = computed<FilterOption[]>(() =>
    BUSINESS_AREAS.map((value) => ({ value, label: this.i18n.t(AREA_LABELS[value]) })),
  );
  protected readonly tenantOptions = computed<FilterOption[]>(() =>
    this.tenants().map((tenant) => ({ value: tenant.id, label: tenant.name })),
  );

  protected readonly list = createPagedList((cursor) => {
    const filters = {
      status: (this.status() || undefined) as PainPoint['status'] | undefined,
      businessArea: (this.area() || undefined) as PainPoint['businessArea'] | undefined,
    };
    return this.mode === 'park'
      ? this.client.parkPainPoints(
          { ...filters, tenantId: this.tenantId() || undefined, industrySection: this.industrySection() || undefined },
          cursor,
        )
      : this.client.painPoints(filters, cursor);
  });
  protected readonly listError = computed(() =>
    this.list.error() ? `${this.i18n.t('painPoints.error')} ${problemMessage(this.i18n, this.list.error())}` : null,
  );

  /** The form: closed (undefined), a new pain point (null) or the one edited. */
  protected readonly editing = signal<PainPoint | null | undefined>(undefined);
  protected readonly busy = signal<string | null>(null);

  constructor() {
    if (this.mode === 'park') {
      this.client
        .parkTenants()
        .pipe(takeUntilDestroyed())
        .subscribe({ next: (page) => this.tenants.set(page.items), error: () => this.tenants.set([]) });
    }
  }

  protected formMode(): 'record' | 'propose' | 'park' {
    return this.mode === 'park' ? 'park' : this.manages() ? 'record' : 'propose';
  }

  protected setStatus(value: string): void {
    this.status.set(value);
    this.list.reload();
  }

  protected setArea(value: string): void {
    this.area.set(value);
    this.list.reload();
  }

  protected clearIndustrySection(): void {
    this.industrySection.set('');
    this.list.reload();
  }

  protected industryName(section: string): string {
    return `${section} ${industrySectionName(section, this.i18n.locale())}`;
  }

  /** A query parameter when it is one of `allowed`, else ''. */
  private query(name: string, allowed: readonly string[]): string {
    const value = this.route.queryParamMap.get(name) ?? '';
    return allowed.includes(value) ? value : '';
  }

  protected setTenant(value: string): void {
    this.tenantId.set(value);
    this.list.reload();
  }

  protected canAccept(painPoint: PainPoint): boolean {
    return canAccept(this.auth.context(), painPoint);
  }

  protected openNew(): void {
    this.editing.set(null);
  }

  protected openEdit(painPoint: PainPoint): void {
    this.editing.set(painPoint);
  }

  protected closeForm(): void {
    this.editing.set(undefined);
  }

  protected saved(painPoint: PainPoint): void {
    const isNew = this.editing() === null;
    this.editing.set(undefined);
    this.list.update((items) => (isNew ? [painPoint, ...items] : items.map((item) => (item.id === painPoint.id ? painPoint : item))));
    const key = !isNew
      ? 'painPoints.saved'
      : this.mode === 'park'
        ? 'parkPainPoints.recorded'
        : painPoint.status === 'proposed'
          ? 'painPoints.proposed'
          : 'painPoints.created';
    this.messages.success(this.i18n.t(key, { title: painPoint.title, tenant: painPoint.tenantName }));
  }

  protected accept(painPoint: PainPoint): void {
    if (this.busy()) return;
    this.busy.set(painPoint.id);
    this.client.updatePainPoint(painPoint.id, { status: 'open' }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.list.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
        this.messages.success(this.i18n.t('painPoints.accepted', { title: updated.title }));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected remove(painPoint: PainPoint): void {
    if (this.busy()) return;
    this.busy.set(painPoint.id);
    this.client.deletePainPoint(painPoint.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.list.update((items) => items.filter((item) => item.id !== painPoint.id));
        this.messages.success(this.i18n.t('painPoints.deleted', { title: painPoint.title }));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }
}
