import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { PROJECT_SEARCH_MAX, PROJECT_STATUSES, type Project, type ProjectListStatus } from '@xinzhi/shared-contracts';
import { AuthService, createPagedList, I18nService, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { map } from 'rxjs';
import { PROJECT_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { canPlan } from '../logic/task-access';
import { ProjectFormComponent } from '../project-form/project-form.component';
import { ProjectCardComponent } from './project-card.component';
import { filterFromQuery, type ProjectFilter, queryOfFilter } from './project-filter';

/** How long typing in the search box rests before the list is asked again. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * `/projects`: the enterprise's transformation projects as cards (phase, status, dates, progress,
 * health), searched and filtered by status — both in the URL, so a reload or a shared link keeps
 * them. Archived projects are left out unless asked for (status "archived" or "all"); they stay
 * readable. Owners and leaders create projects, and archive or restore them after a confirmation.
 */
@Component({
  selector: 'xz-project-list-page',
  imports: [
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzModalModule,
    AsyncStateComponent,
    PageHeaderComponent,
    ProjectCardComponent,
    ProjectFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-list-page.component.html',
  styleUrl: './project-list-page.component.css',
})
export class ProjectListPageComponent {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly searchMax = PROJECT_SEARCH_MAX;
  protected readonly statusOptions: ReadonlyArray<{ value: ProjectListStatus | ''; label: TranslationKey }> = [
    { value: '', label: 'projects.filter.open' },
    ...PROJECT_STATUSES.map((s) => ({ value: s, label: PROJECT_STATUS_LABELS[s] })),
    { value: 'all', label: 'projects.filter.all' },
  ];

  protected readonly isHandset = injectHandset();
  protected readonly enterprise = computed(() => this.auth.currentMembership()?.name ?? '');
  protected readonly canCreate = computed(() => {
    const context = this.auth.context();
    return context?.type === 'tenant' && canPlan(context.role as Parameters<typeof canPlan>[0]);
  });

  /** The filter of the URL: the one source of truth of the search box and the status select. */
  protected readonly filter = toSignal(this.route.queryParamMap.pipe(map(filterFromQuery)), {
    initialValue: filterFromQuery(this.route.snapshot.queryParamMap),
  });
  protected readonly filtered = computed(() => !!this.filter().q || this.filter().status !== null);

  protected readonly list = createPagedList((cursor) => {
    const { q, status } = untracked(this.filter);
    return this.client.projects(cursor, 100, { q: q.trim(), status });
  });
  protected readonly listError = computed(() => (this.list.error() ? problemMessage(this.i18n, this.list.error()) : null));
  protected readonly createOpen = signal(false);

  /** The project whose archiving or restoring is being confirmed. */
  protected readonly confirming = signal<{ project: Project; to: 'archived' | 'active' } | null>(null);
  protected readonly changing = signal(false);

  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    let first = true;
    effect(() => {
      const filter = this.filter();
      if (first) {
        first = false;
        return;
      }
      void filter;
      untracked(() => this.list.reload());
    });
    inject(DestroyRef).onDestroy(() => this.searchTimer && clearTimeout(this.searchTimer));
  }

  protected onSearch(value: string): void {
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilter({ ...this.filter(), q: value }), SEARCH_DEBOUNCE_MS);
  }

  protected onStatus(value: string): void {
    this.setFilter({ ...this.filter(), status: (value || null) as ProjectListStatus | null });
  }

  protected clearFilter(): void {
    this.setFilter({ q: '', status: null });
  }

  private setFilter(filter: ProjectFilter): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryOfFilter(filter),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected openCreate(): void {
    this.createOpen.set(true);
  }

  protected closeCreate(): void {
    this.createOpen.set(false);
  }

  protected created(project: Project): void {
    this.createOpen.set(false);
    this.list.update((items) => [...items, project]);
    this.messages.success(this.i18n.t('projects.created', { name: project.name }));
    void this.router.navigate(['/projects', project.id]);
  }

  protected askArchive(project: Project): void {
    this.confirming.set({ project, to: project.status === 'archived' ? 'active' : 'archived' });
  }

  protected cancelArchive(): void {
    this.confirming.set(null);
  }

  protected confirmArchive(): void {
    const target = this.confirming();
    if (!target || this.changing()) return;
    this.changing.set(true);
    this.client.updateProject(target.project.id, { status: target.to }).subscribe({
      next: (project) => {
        this.changing.set(false);
        this.confirming.set(null);
        this.messages.success(
          this.i18n.t(target.to === 'archived' ? 'projects.archivedDone' : 'projects.restoredDone', { name: project.name }),
        );
        this.list.reload();
      },
      error: (error: unknown) => {
        this.changing.set(false);
        this.messages.error(this.i18n.t('projects.archiveFailed', { reason: problemMessage(this.i18n, error) }));
      },
    });
  }
}
