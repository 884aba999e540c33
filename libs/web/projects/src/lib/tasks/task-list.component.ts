import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import type { Task } from '@xinzhi/shared-contracts';
import { CalendarService, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, ExportButtonComponent, injectHandset } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzTableModule, type NzTableSortOrder } from 'ng-zorro-antd/table';
import { AREA_LABELS, formatDate, tagClass, TASK_STATUS_COLORS, TASK_STATUS_LABELS, TECH_LABELS } from '../data/labels';
import { canCreateTasks } from '../logic/task-access';
import { columnSortOrder, exportParams, filterTasks, type SortColumn, sortAfterHeaderClick, sortTasks } from '../logic/task-query';
import { ProjectWorkspaceStore } from '../project-workspace/project-workspace.store';
import { TaskPanels } from '../project-workspace/task-panels';
import { TaskFiltersComponent } from './task-filters.component';
import { TaskImportComponent } from './task-import.component';
import { assessmentOrigin, solutionName } from '../logic/origin';

/** Rows per page of the list; the filtering and sorting run over all loaded tasks. */
export const TASK_LIST_PAGE_SIZE = 50;

/**
 * `/projects/:id/list`: the project's tasks (up to 500, loaded once) in a table on desktop and cards
 * on phones, filtered and sorted in the browser and shown a page at a time so 500 rows stay smooth.
 */
@Component({
  selector: 'xz-task-list',
  imports: [
    NzButtonModule,
    NzIconModule,
    NzPaginationModule,
    NzTableModule,
    AsyncStateComponent,
    ExportButtonComponent,
    TaskFiltersComponent,
    TaskImportComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-list.component.html',
  styleUrl: './task-list.component.css',
})
export class TaskListComponent {
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  protected readonly store = inject(ProjectWorkspaceStore);
  protected readonly panels = inject(TaskPanels);
  protected readonly isHandset = injectHandset();
  /** Owners and leaders import tasks from Excel (the API's rule). */
  protected readonly canImport = computed(() => this.store.role() === 'owner' || this.store.role() === 'leader');

  protected readonly statusLabels = TASK_STATUS_LABELS;
  /** The adopted solution a task or KPI came from, shown as a tag. */
  protected readonly solutionName = solutionName;
  protected readonly assessmentOrigin = assessmentOrigin;
  protected readonly statusColors = TASK_STATUS_COLORS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly pageSize = TASK_LIST_PAGE_SIZE;
  protected readonly tagClass = tagClass;
  /** The business calendar's today (the API's overdue flag uses the same day). */
  protected readonly today = this.calendar.today();

  /** The list's filters as the task export's query parameters. */
  protected readonly exportParams = computed(() => exportParams(this.store.filter()));
  protected readonly exportName = computed(() => this.i18n.t('tasks.exportFile'));
  protected readonly listError = computed(() => (this.store.tasksError() ? problemMessage(this.i18n, this.store.tasksError()) : null));
  protected readonly filtered = computed(() => filterTasks(this.store.tasks(), this.store.filter(), this.today));
  protected readonly rows = computed(() => sortTasks(this.filtered(), this.store.sort()));
  protected readonly pageIndex = signal(1);
  protected readonly pageRows = computed(() => {
    const start = (this.pageIndex() - 1) * this.pageSize;
    return this.rows().slice(start, start + this.pageSize);
  });
  protected readonly canCreate = computed(() => !this.store.archived() && canCreateTasks(this.store.actor()));

  constructor() {
    this.store.loadTasks();
    // A new filter or order starts again at the first page.
    effect(() => {
      this.store.filter();
      this.store.sort();
      untracked(() => this.pageIndex.set(1));
    });
  }

  protected sortOrder(column: SortColumn): NzTableSortOrder {
    return columnSortOrder(this.store.sort(), column);
  }

  protected sortBy(column: SortColumn, direction: NzTableSortOrder): void {
    this.store.sort.set(sortAfterHeaderClick(column, direction === 'ascend' || direction === 'descend' ? direction : null));
  }

  protected open(task: Task): void {
    this.panels.openTaskDrawer(task.id);
  }

  protected due(task: Task): string {
    return formatDate(task.dueDate, this.i18n.locale());
  }

  protected overdue(task: Task): boolean {
    return task.dueDate !== null && task.dueDate < this.today && task.status !== 'done' && task.status !== 'cancelled';
  }
}
