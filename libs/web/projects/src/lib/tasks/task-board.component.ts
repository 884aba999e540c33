import { type CdkDrag, type CdkDragDrop, DragDropModule, type CdkDropList } from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { type Task, TASK_STATUSES, type TaskStatus } from '@xinzhi/shared-contracts';
import { CalendarService, I18nService, problemMessage, TranslatePipe, type TranslationKey } from '@xinzhi/web-core';
import { AsyncStateComponent } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AREA_LABELS, formatDate, TASK_STATUS_ACCENTS, TASK_STATUS_LABELS } from '../data/labels';
import { canCreateTasks, canDrag, canMoveTo, taskAccess } from '../logic/task-access';
import { boardColumns, filterTasks } from '../logic/task-query';
import { ProjectWorkspaceStore } from '../project-workspace/project-workspace.store';
import { TaskPanels } from '../project-workspace/task-panels';
import { TaskFiltersComponent } from './task-filters.component';
import { TaskMoves } from './task-moves';
import { assessmentOrigin, solutionName } from '../logic/origin';

/** Cards a column shows at first and adds with each "show more". */
export const BOARD_COLUMN_PAGE = 40;

function initialLimits(): Record<TaskStatus, number> {
  return Object.fromEntries(TASK_STATUSES.map((status) => [status, BOARD_COLUMN_PAGE])) as Record<TaskStatus, number>;
}

/**
 * `/projects/:id/board`: the Kanban board, one column per status. A card can be dragged (Angular CDK)
 * only by someone who may change that task, only into a column its status may move to; moving to
 * blocked asks the reason; a refused move snaps back with the API's reason. Click a card for details.
 */
@Component({
  selector: 'xz-task-board',
  imports: [
    DragDropModule,
    CdkScrollable,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    AsyncStateComponent,
    TaskFiltersComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-board.component.html',
  styleUrl: './task-board.component.css',
})
export class TaskBoardComponent {
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly moves = inject(TaskMoves);
  protected readonly store = inject(ProjectWorkspaceStore);
  protected readonly panels = inject(TaskPanels);

  protected readonly statuses = TASK_STATUSES;
  protected readonly statusLabels = TASK_STATUS_LABELS;
  /** The adopted solution a task or KPI came from, shown as a tag. */
  protected readonly solutionName = solutionName;
  protected readonly assessmentOrigin = assessmentOrigin;
  protected readonly accents = TASK_STATUS_ACCENTS;
  protected readonly areaLabels = AREA_LABELS;
  /** The business calendar's today (the API's overdue flag uses the same day). */
  protected readonly today = this.calendar.today();
  /** Touch needs a long press to drag, so that a swipe still scrolls the page. */
  protected readonly dragDelay = { touch: 250, mouse: 0 };

  protected readonly listError = computed(() => (this.store.tasksError() ? problemMessage(this.i18n, this.store.tasksError()) : null));
  protected readonly visible = computed(() => filterTasks(this.store.tasks(), this.store.filter(), this.today, true));
  protected readonly columns = computed(() => boardColumns(this.visible()));
  /** How many cards each column shows: a few hundred cards at once would make the board slow. */
  private readonly limits = signal<Readonly<Record<TaskStatus, number>>>(initialLimits());
  protected readonly shown = computed(() => {
    const columns = this.columns();
    const limits = this.limits();
    return Object.fromEntries(TASK_STATUSES.map((status) => [status, columns[status].slice(0, limits[status])])) as Record<
      TaskStatus,
      Task[]
    >;
  });
  protected readonly canCreate = computed(() => !this.store.archived() && canCreateTasks(this.store.actor()));
  /** Whether this user can move some task at all (the hint above the board says what they can do). */
  protected readonly movesAnything = computed(() => !this.store.archived() && this.store.tasks().some((task) => this.draggable(task)));
  protected readonly dragHint = computed<TranslationKey>(() => {
    if (this.store.canPlan()) return 'tasks.dragHint';
    return this.store.actor().ledTeamIds.size ? 'tasks.dragHintTeam' : 'tasks.dragHintOwn';
  });
  private lastDrop = 0;

  constructor() {
    this.store.loadTasks();
    // A new filter starts the columns short again.
    effect(() => {
      this.store.filter();
      untracked(() => this.limits.set(initialLimits()));
    });
  }

  protected showMore(status: TaskStatus): void {
    this.limits.update((limits) => ({ ...limits, [status]: limits[status] + BOARD_COLUMN_PAGE }));
  }

  protected draggable(task: Task): boolean {
    return !this.store.archived() && canDrag(task, taskAccess(this.store.actor(), task));
  }

  /** A column takes a card when the task may move to that status (and always its own column, to drop back). */
  protected readonly canEnter = (drag: CdkDrag<Task>, drop: CdkDropList<TaskStatus>): boolean => {
    const task = drag.data;
    return drop.data === task.status || canMoveTo(task, taskAccess(this.store.actor(), task), drop.data);
  };

  protected async dropped(event: CdkDragDrop<TaskStatus, TaskStatus, Task>): Promise<void> {
    this.lastDrop = Date.now();
    const task = event.item.data;
    const to = event.container.data;
    if (event.previousContainer === event.container || task.status === to) return;
    await this.moves.move(task, to, { apply: (moved) => this.store.upsertTask(moved) });
  }

  protected open(task: Task): void {
    // A click right after a drop belongs to the drag, not to the card.
    if (Date.now() - this.lastDrop < 300) return;
    this.panels.openTaskDrawer(task.id);
  }

  protected due(task: Task): string {
    return formatDate(task.dueDate, this.i18n.locale());
  }

  protected overdue(task: Task): boolean {
    return task.dueDate !== null && task.dueDate < this.today && task.status !== 'done' && task.status !== 'cancelled';
  }
}
