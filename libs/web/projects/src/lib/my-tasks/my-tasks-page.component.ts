import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type MyTask, type Task, TASK_COMMENT_MAX, type TaskStatus } from '@xinzhi/shared-contracts';
import { AuthService, CalendarService, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { formatDate, statusActionKey, TASK_STATUS_COLORS, TASK_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { canSetPercent, statusTargets, type TaskActor, taskAccess } from '../logic/task-access';
import { taskProblemMessage } from '../logic/task-errors';
import { TaskDrawerComponent } from '../tasks/task-drawer.component';
import { TaskMoves } from '../tasks/task-moves';
import { inView, type MyTasksView, QUICK_ORDER, summarise } from './my-tasks';

/**
 * `/my-tasks`: the tasks assigned to the signed-in member, most urgent first, as cards made for a
 * phone: one-tap status buttons, a percent slider that saves on release, a comment box, and the
 * task drawer for details and history.
 */
@Component({
  selector: 'xz-my-tasks-page',
  imports: [
    FormsModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSegmentedModule,
    NzSliderModule,
    NzTagModule,
    AsyncStateComponent,
    PageHeaderComponent,
    TaskDrawerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-tasks-page.component.html',
  styleUrl: './my-tasks-page.component.css',
})
export class MyTasksPageComponent {
  private readonly client = inject(ProjectsClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly messages = inject(NzMessageService);
  private readonly moves = inject(TaskMoves);

  protected readonly statusLabels = TASK_STATUS_LABELS;
  protected readonly statusColors = TASK_STATUS_COLORS;
  protected readonly today = this.calendar.today();

  protected readonly tasks = signal<readonly MyTask[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly errorText = computed(() => (this.error() ? problemMessage(this.i18n, this.error()) : null));
  protected readonly view = signal<MyTasksView>('all');
  protected readonly views = computed(() => [
    { value: 'all', label: this.i18n.t('myTasks.filterAll') },
    { value: 'open', label: this.i18n.t('myTasks.filterOpen') },
    { value: 'closed', label: this.i18n.t('myTasks.filterClosed') },
  ]);
  protected readonly shown = computed(() => this.tasks().filter((task) => inView(task, this.view())));
  protected readonly summary = computed(() => summarise(this.tasks(), this.today));

  /** Everything here is assigned to the user, so they may at least update it. */
  protected readonly actor = computed<TaskActor>(() => ({
    role: this.auth.context()?.role as TaskActor['role'],
    userId: this.auth.user()?.id ?? null,
    ledTeamIds: new Set<string>(),
  }));

  /** Percent while the slider moves, by task id. */
  protected readonly percentDrafts = signal<Readonly<Record<string, number>>>({});
  protected readonly commentMax = TASK_COMMENT_MAX;
  protected readonly comments = signal<Readonly<Record<string, string>>>({});
  protected readonly busy = signal<Readonly<Record<string, boolean>>>({});
  protected readonly openTaskId = signal<string | null>(null);
  protected readonly openTask = computed(() => this.tasks().find((task) => task.id === this.openTaskId()) ?? null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.client.myTasks().subscribe({
      next: (tasks) => {
        this.tasks.set(tasks);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  protected setView(view: string | number): void {
    this.view.set(view as MyTasksView);
  }

  protected targets(task: MyTask): TaskStatus[] {
    const targets = statusTargets(task, taskAccess(this.actor(), task));
    return QUICK_ORDER.filter((status) => targets.includes(status));
  }

  protected actionKey(task: MyTask, to: TaskStatus) {
    return statusActionKey(task.status, to);
  }

  protected percentEnabled(task: MyTask): boolean {
    return canSetPercent(task, taskAccess(this.actor(), task));
  }

  protected overdue(task: MyTask): boolean {
    return task.dueDate !== null && task.dueDate < this.today && task.status !== 'done' && task.status !== 'cancelled';
  }

  protected due(task: MyTask): string {
    const date = formatDate(task.dueDate, this.i18n.locale());
    return this.i18n.t(this.overdue(task) ? 'myTasks.overdue' : 'myTasks.due', { date });
  }

  protected percentOf(task: MyTask): number {
    return this.percentDrafts()[task.id] ?? task.percentDone;
  }

  private put(task: Task): void {
    this.tasks.update((tasks) => tasks.map((item) => (item.id === task.id ? { ...item, ...task } : item)));
  }

  private setBusy(id: string, value: boolean): void {
    this.busy.update((busy) => ({ ...busy, [id]: value }));
  }

  protected async setStatus(task: MyTask, to: TaskStatus): Promise<void> {
    if (this.busy()[task.id]) return;
    this.setBusy(task.id, true);
    await this.moves.move(task, to, { apply: (moved) => this.put(moved) });
    this.setBusy(task.id, false);
    this.forgetDraft(task.id);
  }

  protected draftPercent(task: MyTask, value: number): void {
    this.percentDrafts.update((drafts) => ({ ...drafts, [task.id]: value }));
  }

  protected async savePercent(task: MyTask, value: number | number[]): Promise<void> {
    const percent = Array.isArray(value) ? value[0] : value;
    const current = this.tasks().find((item) => item.id === task.id) ?? task;
    if (percent === current.percentDone) {
      this.forgetDraft(task.id);
      return;
    }
    await this.moves.setPercent(current, percent, { apply: (saved) => this.put(saved) });
    this.forgetDraft(task.id);
  }

  private forgetDraft(id: string): void {
    this.percentDrafts.update((drafts) => {
      const { [id]: _dropped, ...rest } = drafts;
      return rest;
    });
  }

  protected commentOf(task: MyTask): string {
    return this.comments()[task.id] ?? '';
  }

  protected setComment(task: MyTask, value: string): void {
    this.comments.update((comments) => ({ ...comments, [task.id]: value }));
  }

  protected sendComment(task: MyTask): void {
    const body = this.commentOf(task).trim();
    if (!body || this.busy()[`c:${task.id}`]) return;
    this.setBusy(`c:${task.id}`, true);
    this.client.addComment(task.id, body).subscribe({
      next: () => {
        this.setBusy(`c:${task.id}`, false);
        this.setComment(task, '');
        this.messages.success(this.i18n.t('task.commented'));
      },
      error: (error: unknown) => {
        this.setBusy(`c:${task.id}`, false);
        this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
      },
    });
  }

  protected open(task: MyTask): void {
    this.openTaskId.set(task.id);
  }

  protected closeDrawer(): void {
    this.openTaskId.set(null);
  }

  protected changed(task: Task): void {
    this.put(task);
  }

  protected deleted(taskId: string): void {
    this.openTaskId.set(null);
    this.tasks.update((tasks) => tasks.filter((task) => task.id !== taskId));
  }
}
