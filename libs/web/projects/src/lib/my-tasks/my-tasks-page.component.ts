import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { FormsModule } from '@angular/forms';
import { type MyTask, type Project, type Task, TASK_COMMENT_MAX, type TaskStatus } from '@xinzhi/shared-contracts';
import { AuthService, CalendarService, I18nService, problemMessage, readApiFailure, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, PageHeaderComponent } from '@xinzhi/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { formatDate, statusActionKey, TASK_STATUS_COLORS, TASK_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { canSetPercent, statusTargets, type TaskActor, taskAccess } from '../logic/task-access';
import { taskProblemMessage } from '../logic/task-errors';
import { TaskDrawerComponent } from '../tasks/task-drawer.component';
import { TaskMoves } from '../tasks/task-moves';
import { inView, myTasksParams, myTasksStateFrom, type MyTasksState, type MyTasksView, QUICK_ORDER, statusesOf } from './my-tasks';

/**
 * `/my-tasks`: the tasks assigned to the signed-in member, most urgent first, as cards made for a
 * phone: one-tap status buttons, a percent slider that saves on release, a comment box, and the
 * task drawer for details and history. Open tasks unless the address says otherwise; the view, the
 * project filter and the open task live in the address (`?view=&project=&task=`), so a reload or a
 * shared link shows the same, and back/forward step through them. The API pages the cards
 * (`MY_TASKS_PAGE_DEFAULT` at a time, "show more" for the next page), so hundreds of tasks stay quick.
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
    NzSelectModule,
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
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statusLabels = TASK_STATUS_LABELS;
  protected readonly statusColors = TASK_STATUS_COLORS;
  protected readonly today = this.calendar.today();

  /** What the address says (view, project, open task). */
  protected readonly state = signal<MyTasksState>(myTasksStateFrom((name) => this.route.snapshot.queryParamMap.get(name)));
  protected readonly view = computed(() => this.state().view);
  protected readonly projectId = computed(() => this.state().projectId);

  protected readonly tasks = signal<readonly MyTask[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly counts = signal({ open: 0, overdue: 0 });
  protected readonly loading = signal(true);
  protected readonly loadingMore = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly errorText = computed(() => (this.error() ? problemMessage(this.i18n, this.error()) : null));
  protected readonly views = computed(() => [
    { value: 'open', label: this.i18n.t('myTasks.filterOpen') },
    { value: 'all', label: this.i18n.t('myTasks.filterAll') },
    { value: 'closed', label: this.i18n.t('myTasks.filterClosed') },
  ]);
  protected readonly projects = signal<readonly Project[]>([]);
  protected readonly emptyKey = computed(() =>
    this.view() === 'open' ? 'myTasks.emptyOpen' : this.view() === 'closed' ? 'myTasks.emptyClosed' : 'myTasks.empty',
  );

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
  /** The task of `?task=` when it is not among the loaded cards (another page, another view). */
  private readonly linkedTask = signal<Task | null>(null);
  protected readonly openTask = computed<Task | MyTask | null>(() => {
    const id = this.state().taskId;
    if (!id) return null;
    return this.tasks().find((task) => task.id === id) ?? (this.linkedTask()?.id === id ? this.linkedTask() : null);
  });
  private loadCall: { unsubscribe(): void } | null = null;
  /** The `?task=` last resolved. */
  private linkedTaskId: string | null = null;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const before = this.state();
      const next = myTasksStateFrom((name) => params.get(name));
      this.state.set(next);
      if (next.view !== before.view || next.projectId !== before.projectId || this.loadCall === null) this.load();
      if (next.taskId !== this.linkedTaskId) {
        this.linkedTaskId = next.taskId;
        if (next.taskId) this.resolveLinked(next.taskId);
      }
    });
    this.destroyRef.onDestroy(() => this.loadCall?.unsubscribe());
    this.client.projects().subscribe({
      next: (page) => this.projects.set(page.items),
      error: () => this.projects.set([]),
    });
  }

  /** Loads the first page for the current view and project. */
  protected load(): void {
    this.loadCall?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    const { view, projectId } = this.state();
    this.loadCall = this.client.myTasks({ statuses: statusesOf(view), projectId }).subscribe({
      next: (page) => {
        this.tasks.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.counts.set({ open: page.open, overdue: page.overdue });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  /** Appends the next page. */
  protected more(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    const { view, projectId } = this.state();
    this.client.myTasks({ statuses: statusesOf(view), projectId, cursor }).subscribe({
      next: (page) => {
        const known = new Set(this.tasks().map((task) => task.id));
        this.tasks.update((tasks) => [...tasks, ...page.items.filter((task) => !known.has(task.id))]);
        this.nextCursor.set(page.nextCursor);
        this.counts.set({ open: page.open, overdue: page.overdue });
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.loadingMore.set(false);
        this.messages.error(problemMessage(this.i18n, error), { nzDuration: 6000 });
      },
    });
  }

  /** `?task=` of a task not on the cards: fetched on its own; unknown or forbidden → a message, and the address forgets it. */
  private resolveLinked(taskId: string): void {
    if (this.tasks().some((task) => task.id === taskId)) return;
    this.client.task(taskId).subscribe({
      next: (task) => this.linkedTask.set(task),
      error: (error: unknown) => {
        const status = readApiFailure(error)?.status;
        const text = status === 404 || status === 403 ? this.i18n.t('myTasks.taskNotFound') : problemMessage(this.i18n, error);
        this.messages.error(text, { nzDuration: 6000 });
        this.navigate({ taskId: null }, true);
      },
    });
  }

  private navigate(change: Partial<MyTasksState>, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: myTasksParams(change), queryParamsHandling: 'merge', replaceUrl });
  }

  protected setView(view: string | number): void {
    this.navigate({ view: view as MyTasksView });
  }

  protected setProject(projectId: string | null): void {
    this.navigate({ projectId: projectId || null });
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

  /** Whether the card still belongs to the view: a task just finished under "open" stays, dimmed, until the next load (no jumping under the thumb). */
  protected inView(task: MyTask): boolean {
    return inView(task, this.view());
  }

  private put(task: Task): void {
    this.tasks.update((tasks) => tasks.map((item) => (item.id === task.id ? { ...item, ...task } : item)));
    if (this.linkedTask()?.id === task.id) this.linkedTask.set(task);
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

  /** Opens the drawer: the address carries `?task=<id>` while it is open (back closes it). */
  protected open(task: MyTask): void {
    this.navigate({ taskId: task.id });
  }

  protected closeDrawer(): void {
    if (this.state().taskId) this.navigate({ taskId: null });
  }

  protected changed(task: Task): void {
    this.put(task);
  }

  protected deleted(taskId: string): void {
    this.tasks.update((tasks) => tasks.filter((task) => task.id !== taskId));
    this.navigate({ taskId: null }, true);
  }
}
