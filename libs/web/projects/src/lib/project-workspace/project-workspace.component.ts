import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Project, Task } from '@xinzhi/shared-contracts';
import { I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { CHART_PRELOAD } from '@xinzhi/web-ui/chart';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PHASE_LABELS, PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { TREND_DAYS } from '../project-overview/trend-series';
import { patchQueryParams } from '../logic/query-params';
import { sameTaskView, taskViewFrom, taskViewParams } from '../logic/task-url';
import { ProjectFormComponent } from '../project-form/project-form.component';
import { TaskDrawerComponent } from '../tasks/task-drawer.component';
import { TaskFormComponent } from '../tasks/task-form.component';
import { ProjectWorkspaceStore } from './project-workspace.store';
import { TaskPanels } from './task-panels';

/**
 * `/projects/:id`: the project's header (name, status, phase; edit and delete for owners and
 * leaders), the views overview · board · list, and the task drawer and task form they share.
 */
@Component({
  selector: 'xz-project-workspace',
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    AsyncStateComponent,
    ProjectFormComponent,
    TaskDrawerComponent,
    TaskFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-workspace.component.html',
  styleUrl: './project-workspace.component.css',
})
export class ProjectWorkspaceComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly router = inject(Router);
  protected readonly store = inject(ProjectWorkspaceStore);
  protected readonly panels = inject(TaskPanels);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly isHandset = injectHandset();
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly statusColors = PROJECT_STATUS_COLORS;
  protected readonly project = this.store.overview;
  protected readonly loadError = computed(() => {
    const error = this.store.overviewError();
    if (!error) return null;
    return readApiFailure(error)?.status === 404 ? this.i18n.t('project.notFound') : problemMessage(this.i18n, error);
  });
  protected readonly editing = signal<Project | null>(null);
  protected readonly deleting = signal(false);

  constructor() {
    const route = inject(ActivatedRoute);
    const preloadChart = inject(CHART_PRELOAD);
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.store.select(id);
        // Opened on the overview: its first screen is the dashboard and the trend chart. Ask for the
        // trend and import the chart now, in parallel with the overview, not one after the other.
        if (route.firstChild?.snapshot.routeConfig?.path === '') {
          this.store.prefetchTrend(TREND_DAYS);
          preloadChart();
        }
      });
    });
    // The address is the source of the board's and list's filters, order and search, and of the open
    // task (`?task=<id>`: links, reloads, back/forward); what the user changes is written back to it.
    route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const view = taskViewFrom((name) => params.get(name));
      if (!sameTaskView(view, { filter: this.store.filter(), sort: this.store.sort() })) {
        this.store.filter.set(view.filter);
        this.store.sort.set(view.sort);
      }
      const taskId = params.get('task');
      if (taskId !== this.panels.openTaskId()) {
        if (taskId) this.openLinkedTask(taskId);
        else this.panels.showFromAddress(null);
      }
    });
    let lastQ = this.store.filter().q;
    effect(() => {
      const view = { filter: this.store.filter(), sort: this.store.sort() };
      untracked(() => {
        // Typing in the search replaces the address instead of adding a history step per key.
        const typing = view.filter.q !== lastQ;
        lastQ = view.filter.q;
        patchQueryParams(this.router, taskViewParams(view), typing);
      });
    });
  }

  /** Shows the task of the address: from the loaded tasks, else fetched; unknown or forbidden → a message and the address forgets it. */
  private openLinkedTask(taskId: string): void {
    this.panels.showFromAddress(taskId);
    if (this.store.tasks().some((task) => task.id === taskId)) return;
    this.client.task(taskId).subscribe({
      next: (task) => {
        if (task.projectId !== this.id()) {
          void this.router.navigate(['/projects', task.projectId, 'board'], { queryParams: { task: task.id }, replaceUrl: true });
          return;
        }
        this.store.upsertTask(task);
      },
      error: (error: unknown) => {
        const status = readApiFailure(error)?.status;
        const text = status === 404 || status === 403 ? this.i18n.t('myTasks.taskNotFound') : problemMessage(this.i18n, error);
        this.messages.error(text, { nzDuration: 6000 });
        this.panels.closeTask(true);
      },
    });
  }

  protected openEdit(): void {
    this.editing.set(this.project());
  }

  protected closeEdit(): void {
    this.editing.set(null);
  }

  protected saved(project: Project): void {
    this.store.setProject(project);
    this.editing.set(null);
    this.messages.success(this.i18n.t('project.updated'));
  }

  protected remove(): void {
    const project = this.project();
    if (!project || this.deleting()) return;
    this.deleting.set(true);
    this.client.deleteProject(project.id).subscribe({
      next: () => {
        this.deleting.set(false);
        this.messages.success(this.i18n.t('project.deleted', { name: project.name }));
        void this.router.navigate(['/projects']);
      },
      error: (error: unknown) => {
        this.deleting.set(false);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  protected taskCreated(task: Task): void {
    this.store.upsertTask(task);
    this.panels.closeCreate();
    this.messages.success(this.i18n.t('task.created', { title: task.title }));
    this.store.loadOverview(true);
  }

  protected taskChanged(task: Task): void {
    this.store.upsertTask(task);
  }

  protected taskDeleted(taskId: string): void {
    this.store.removeTask(taskId);
    this.panels.closeTask(true);
    this.store.loadOverview(true);
  }
}
