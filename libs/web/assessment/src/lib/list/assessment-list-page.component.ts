import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ASSESSMENT_TITLE_MAX, type AssessmentFrameworkSummary, type AssessmentSummary } from '@xinzhi/shared-contracts';
import { createPagedList, formatDateTime, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AssessmentClient } from '../data/assessment.client';
import { injectManages } from '../logic/access';
import { defaultFramework, compareRoute } from '../logic/history';
import { levelShort, STATUS_COLORS, STATUS_LABELS } from '../logic/results';
import { formatNumber, say } from '../logic/wizard';

/**
 * `/assessments`: the enterprise's assessments, newest first (title, framework, status, level,
 * points, date, answered x of y); owners and leaders start a new one (the MIIT table preselected)
 * and delete drafts; any two scored ones can be compared.
 */
@Component({
  selector: 'xz-assessment-list-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-list-page.component.html',
  styleUrl: './assessment-list-page.component.css',
})
export class AssessmentListPageComponent {
  private readonly client = inject(AssessmentClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly router = inject(Router);
  protected readonly manages = injectManages();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly titleMax = ASSESSMENT_TITLE_MAX;

  protected readonly list = createPagedList((cursor) => this.client.list({ cursor: cursor ?? undefined }));
  protected readonly listError = computed(() =>
    this.list.error() ? `${this.i18n.t('assessments.error')} ${problemMessage(this.i18n, this.list.error())}` : null,
  );

  protected readonly frameworks = signal<readonly AssessmentFrameworkSummary[]>([]);
  protected readonly frameworksError = signal<string | null>(null);
  private readonly frameworkNames = computed(() => new Map(this.frameworks().map((f) => [f.id, f.name])));
  protected readonly choosable = computed(() => this.frameworks().filter((f) => f.current));

  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return this.list.items().map((a) => ({
      a,
      framework: this.frameworkName(a, locale),
      level: a.level === null ? null : levelShort(a.level, (key, params) => this.i18n.t(key, params)),
      points: a.totalPoints === null ? null : formatNumber(a.totalPoints, locale),
      date: a.assessedOn ?? formatDateTime(a.createdAt, locale, false),
    }));
  });

  /** Scored assessments ticked for comparison (at most two). */
  protected readonly picked = signal<readonly string[]>([]);
  protected readonly deleting = signal<string | null>(null);

  protected readonly creating = signal(false);
  protected readonly dialogOpen = signal(false);
  protected readonly frameworkId = signal<string | null>(null);
  /** The framework chosen, the MIIT table until another is picked (also when the list arrives after the dialog opened). */
  protected readonly chosenFramework = computed(() => this.frameworkId() ?? defaultFramework(this.choosable())?.id ?? null);
  protected readonly title = signal('');
  protected readonly valueOf = (event: Event): string => (event.target as HTMLInputElement).value;
  protected readonly checkedOf = (event: Event): boolean => (event.target as HTMLInputElement).checked;
  protected readonly createError = signal<string | null>(null);

  constructor() {
    this.client.frameworks().subscribe({
      next: (list) => this.frameworks.set(list),
      error: (error: unknown) => this.frameworksError.set(problemMessage(this.i18n, error)),
    });
  }

  private frameworkName(a: AssessmentSummary, locale: 'zh-CN' | 'en-US'): string {
    const name = this.frameworkNames().get(a.frameworkId);
    return name ? `${say(name, locale)} (${a.frameworkVersion})` : `${a.frameworkKey} ${a.frameworkVersion}`;
  }

  protected openNew(): void {
    this.frameworkId.set(null);
    this.title.set('');
    this.createError.set(null);
    this.dialogOpen.set(true);
  }

  protected closeNew(): void {
    if (!this.creating()) this.dialogOpen.set(false);
  }

  protected frameworkLabel(f: AssessmentFrameworkSummary): string {
    return `${say(f.name, this.i18n.locale())} (${f.version})`;
  }

  protected create(): void {
    const frameworkId = this.chosenFramework();
    if (!frameworkId || this.creating()) return;
    this.creating.set(true);
    this.createError.set(null);
    const title = this.title().trim();
    this.client.create({ frameworkId, ...(title ? { title } : {}) }).subscribe({
      next: (created) => {
        this.creating.set(false);
        this.dialogOpen.set(false);
        void this.router.navigate(['/assessments', created.id]);
      },
      error: (error: unknown) => {
        this.creating.set(false);
        this.createError.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected remove(a: AssessmentSummary): void {
    if (this.deleting()) return;
    this.deleting.set(a.id);
    this.client.delete(a.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.list.update((items) => items.filter((item) => item.id !== a.id));
        this.picked.update((ids) => ids.filter((id) => id !== a.id));
        this.messages.success(this.i18n.t('assessments.deleted', { title: a.title }));
      },
      error: (error: unknown) => {
        this.deleting.set(null);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected isPicked(id: string): boolean {
    return this.picked().includes(id);
  }

  protected pick(id: string, checked: boolean): void {
    this.picked.update((ids) => (checked ? [...ids.filter((x) => x !== id), id].slice(-2) : ids.filter((x) => x !== id)));
  }

  protected compare(): void {
    const route = compareRoute(this.list.items(), this.picked());
    if (route) void this.router.navigate(route);
  }
}
