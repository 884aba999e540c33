import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, output, signal, untracked } from '@angular/core';
import type { Kpi } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { ExportButtonComponent, injectHandset } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import { formatDate, percent } from '../data/labels';
import { sparkline as sparklinePoints } from '../logic/kpi-chart';
import { ProjectsClient } from '../data/projects.client';
import { KpiDetailComponent } from './kpi-detail.component';
import { KpiFormComponent } from './kpi-form.component';
import { formatValue, KPI_CATEGORY_COLORS, KPI_CATEGORY_LABELS, READING_INTERVAL_LABELS } from './kpi-labels';
import { solutionName } from '../logic/origin';

/**
 * The KPI cards of a project's overview (figures, attainment bar, a sparkline of the readings), each
 * opening the KPI's detail drawer; owners and leaders create, edit and delete KPIs.
 */
@Component({
  selector: 'xz-kpi-section',
  imports: [
    ExportButtonComponent,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzProgressModule,
    NzSpinModule,
    NzTagModule,
    KpiDetailComponent,
    KpiFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-section.component.html',
  styleUrl: './kpi-section.component.css',
})
export class KpiSectionComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);

  readonly projectId = input.required<string>();
  /** Owners and leaders (of a project that is not archived). */
  readonly canManage = input(false);
  /** The signed-in user's id: a KPI's owner records its readings. */
  readonly userId = input<string | null>(null);
  /** KPIs or readings changed: the project's attainment and index change too. */
  readonly changed = output<void>();

  protected readonly isHandset = injectHandset();
  protected readonly categoryLabels = KPI_CATEGORY_LABELS;
  protected readonly intervalLabels = READING_INTERVAL_LABELS;
  /** The adopted solution a task or KPI came from, shown as a tag. */
  protected readonly solutionName = solutionName;
  protected readonly categoryColors = KPI_CATEGORY_COLORS;
  protected readonly percent = percent;

  protected readonly kpis = signal<readonly Kpi[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Sparkline points by KPI id. */
  protected readonly sparklines = signal<Readonly<Record<string, string>>>({});

  protected readonly openId = signal<string | null>(null);
  protected readonly open = computed(() => this.kpis().find((k) => k.id === this.openId()) ?? null);
  /** The KPI being edited; `'new'` for a new one. */
  protected readonly editing = signal<Kpi | 'new' | null>(null);
  protected readonly deleting = signal(false);
  private call: Subscription | null = null;
  private sparkCalls: Subscription[] = [];

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.call?.unsubscribe();
      this.sparkCalls.forEach((s) => s.unsubscribe());
    });
  }

  protected canRecord(kpi: Kpi): boolean {
    return this.canManage() || (!!kpi.ownerId && kpi.ownerId === this.userId());
  }

  protected value(value: number | null | undefined): string {
    return formatValue(value, this.i18n.locale());
  }

  protected date(date: string | null | undefined): string {
    return formatDate(date, this.i18n.locale());
  }

  protected reload(): void {
    this.load(this.projectId());
  }

  private load(projectId: string, quiet = false): void {
    this.call?.unsubscribe();
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    this.call = this.client.kpis(projectId).subscribe({
      next: (kpis) => {
        this.kpis.set(kpis);
        this.loading.set(false);
        this.loaded.set(true);
        this.loadSparklines(kpis);
      },
      error: (error: unknown) => {
        this.error.set(problemMessage(this.i18n, error));
        this.loading.set(false);
      },
    });
  }

  /** The readings of each KPI for its sparkline (a project has a handful of KPIs). */
  private loadSparklines(kpis: readonly Kpi[]): void {
    this.sparkCalls.forEach((s) => s.unsubscribe());
    this.sparkCalls = kpis.map((kpi) =>
      this.client.readings(kpi.id).subscribe({
        next: (readings) => this.sparklines.update((all) => ({ ...all, [kpi.id]: sparklinePoints(readings.map((r) => r.value)) })),
        error: () => undefined,
      }),
    );
  }

  protected openKpi(kpi: Kpi): void {
    this.openId.set(kpi.id);
  }

  protected closeDetail(): void {
    this.openId.set(null);
  }

  protected newKpi(): void {
    this.editing.set('new');
  }

  protected editKpi(kpi: Kpi): void {
    this.editing.set(kpi);
  }

  protected closeForm(): void {
    this.editing.set(null);
  }

  protected editedKpi(): Kpi | null {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  }

  protected saved(kpi: Kpi): void {
    const created = this.editing() === 'new';
    this.editing.set(null);
    this.kpis.update((list) => (created ? [...list, kpi] : list.map((k) => (k.id === kpi.id ? kpi : k))));
    this.messages.success(this.i18n.t(created ? 'kpis.created' : 'kpis.updated', { name: kpi.name }));
    this.load(this.projectId(), true);
    this.changed.emit();
  }

  protected remove(kpi: Kpi): void {
    if (this.deleting()) return;
    this.deleting.set(true);
    this.client.deleteKpi(kpi.id).subscribe({
      next: () => {
        this.deleting.set(false);
        this.openId.set(null);
        this.kpis.update((list) => list.filter((k) => k.id !== kpi.id));
        this.messages.success(this.i18n.t('kpis.deleted', { name: kpi.name }));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.deleting.set(false);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected corrected(change: 'corrected' | 'deleted'): void {
    this.messages.success(this.i18n.t(change === 'corrected' ? 'kpis.readingCorrected' : 'kpis.readingDeleted'));
    this.load(this.projectId(), true);
    this.changed.emit();
  }

  protected recorded(): void {
    this.messages.success(this.i18n.t('kpis.recorded'));
    this.load(this.projectId(), true);
    this.changed.emit();
  }
}
