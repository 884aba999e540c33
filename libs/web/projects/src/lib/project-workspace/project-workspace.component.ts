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
    // `?task=<id>` (links in notifications) opens that task's drawer, then leaves the address clean.
    route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const taskId = params.get('task');
      if (taskId) this.openLinkedTask(taskId);
    });
  }

  private openLinkedTask(taskId: string): void {
    this.client.task(taskId).subscribe({
      next: (task) => {
        this.store.upsertTask(task);
        this.panels.openTaskDrawer(task.id);
        const url = this.router.parseUrl(this.router.url);
        delete url.queryParams['task'];
        void this.router.navigateByUrl(url, { replaceUrl: true });
      },
      error: (error: unknown) => this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 }),
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
    this.panels.closeTask();
    this.store.loadOverview(true);
  }
}
