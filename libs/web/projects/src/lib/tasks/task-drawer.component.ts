import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type MentionableMember,
  type MyTask,
  type Task,
  TASK_BLOCKED_REASON_MAX,
  TASK_COMMENT_MAX,
  TASK_STATUSES,
  type TaskEvent,
  type TaskStatus,
  type Team,
} from '@xinzhi/shared-contracts';
import { formatDateTime, I18nService, problemMessage, TranslatePipe } from '@xinzhi/web-core';
import { AsyncStateComponent, injectHandset } from '@xinzhi/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Subscription } from 'rxjs';
import { AREA_LABELS, formatDate, TASK_STATUS_COLORS, TASK_STATUS_LABELS, TECH_LABELS } from '../data/labels';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient, TASK_PAGE_MAX } from '../data/projects.client';
import { type ActivityNames, describeActivity } from '../logic/activity';
import {
  canEditDetails,
  canMoveTo,
  canSetPercent,
  canUpdateProgress,
  ledTeamIds,
  type TaskActor,
  taskAccess,
  unfinishedDependency,
} from '../logic/task-access';
import { taskProblemMessage } from '../logic/task-errors';
import { TaskFormComponent } from './task-form.component';
import { TaskMoves } from './task-moves';
import { assessmentOrigin, solutionName } from '../logic/origin';

/**
 * A task in a drawer: its details, status buttons, percent slider, blocking reason, the edit form for
 * those who may edit, the activity history (who changed what, when) and comments. Used by the board,
 * the list and My tasks; what it offers follows the user's rights on the task.
 */
@Component({
  selector: 'xz-task-drawer',
  imports: [
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSliderModule,
    NzTagModule,
    AsyncStateComponent,
    TaskFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-drawer.component.html',
  styleUrl: './task-drawer.component.css',
})
export class TaskDrawerComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly messages = inject(NzMessageService);
  private readonly moves = inject(TaskMoves);
  private readonly directory = inject(MemberDirectory);

  /** The task shown; the drawer is closed when null. */
  readonly task = input<Task | MyTask | null>(null);
  /** The project's teams and tasks, when the caller has them (else they are loaded when needed). */
  readonly teams = input<readonly Team[] | null>(null);
  readonly tasks = input<readonly Task[] | null>(null);
  readonly actor = input.required<TaskActor>();
  readonly names = input<ActivityNames | null>(null);
  /** Nothing can be changed (an archived project). */
  readonly readOnly = input(false);
  readonly changed = output<Task>();
  readonly deleted = output<string>();
  readonly closed = output<void>();

  protected readonly isHandset = injectHandset();
  protected readonly statuses = TASK_STATUSES;
  protected readonly statusLabels = TASK_STATUS_LABELS;
  /** The adopted solution a task or KPI came from, shown as a tag. */
  protected readonly solutionName = solutionName;
  protected readonly assessmentOrigin = assessmentOrigin;
  protected readonly statusColors = TASK_STATUS_COLORS;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;

  private readonly ownTeams = signal<readonly Team[] | null>(null);
  private readonly ownTasks = signal<readonly Task[] | null>(null);
  private loadedProject: string | null = null;
  private activityCall: Subscription | null = null;

  protected readonly projectTeams = computed(() => this.teams() ?? this.ownTeams() ?? []);
  protected readonly projectTasks = computed(() => this.tasks() ?? this.ownTasks() ?? []);
  protected readonly effectiveActor = computed<TaskActor>(() => {
    const actor = this.actor();
    if (this.teams() !== null || !this.ownTeams()) return actor;
    return { ...actor, ledTeamIds: ledTeamIds(this.ownTeams() ?? [], actor.userId) };
  });
  protected readonly access = computed(() => {
    const task = this.task();
    return !task || this.readOnly() ? 'none' : taskAccess(this.effectiveActor(), task);
  });
  protected readonly canEdit = computed(() => canEditDetails(this.access()));
  protected readonly canUpdate = computed(() => canUpdateProgress(this.access()));
  protected readonly percentEnabled = computed(() => {
    const task = this.task();
    return !!task && canSetPercent(task, this.access());
  });
  protected readonly projectName = computed(() => {
    const task = this.task() as MyTask | null;
    return task?.projectName ?? null;
  });
  protected readonly waitingFor = computed(() => {
    const task = this.task();
    if (!task || task.status === 'done' || task.status === 'cancelled') return null;
    return unfinishedDependency(task, this.projectTasks());
  });

  protected readonly editing = signal(false);
  protected readonly moving = signal<TaskStatus | null>(null);
  protected readonly percentDraft = linkedSignal(() => this.task()?.percentDone ?? 0);
  protected readonly reasonDraft = linkedSignal(() => this.task()?.blockedReason ?? '');
  protected readonly reasonSaving = signal(false);
  protected readonly deleting = signal(false);

  protected readonly events = signal<readonly TaskEvent[]>([]);
  protected readonly activityLoading = signal(false);
  protected readonly activityError = signal<string | null>(null);
  protected readonly reasonMax = TASK_BLOCKED_REASON_MAX;
  protected readonly commentMax = TASK_COMMENT_MAX;
  protected readonly comment = signal('');
  protected readonly commenting = signal(false);
  /** Who a comment may mention (loaded when the task opens for someone who may comment), and who this one mentions. */
  protected readonly mentionable = signal<readonly MentionableMember[]>([]);
  protected readonly mentions = signal<readonly MentionableMember[]>([]);
  private mentionCall: Subscription | null = null;

  /** People, teams and tasks by id for the history: the caller's names, else what is known here. */
  private readonly knownNames = computed<ActivityNames>(() => {
    const given = this.names();
    const people = new Map<string, string>();
    for (const member of this.directory.members()) if (member.userId) people.set(member.userId, member.displayName);
    for (const team of this.projectTeams()) for (const member of team.members) people.set(member.userId, member.displayName);
    const task = this.task();
    if (task?.assigneeId && task.assigneeName) people.set(task.assigneeId, task.assigneeName);
    const teams = new Map(this.projectTeams().map((team) => [team.id, team.name]));
    const tasks = new Map(this.projectTasks().map((item) => [item.id, item.title]));
    if (task?.dependsOnId && task.dependsOnTitle) tasks.set(task.dependsOnId, task.dependsOnTitle);
    if (task?.teamId && task.teamName) teams.set(task.teamId, task.teamName);
    return {
      user: (id) => given?.user(id) ?? people.get(id) ?? null,
      team: (id) => given?.team(id) ?? teams.get(id) ?? null,
      task: (id) => given?.task(id) ?? tasks.get(id) ?? null,
    };
  });
  /** The history, newest first, each entry with its time already formatted. */
  protected readonly activity = computed(() => {
    const locale = this.i18n.locale();
    const t = this.i18n.t.bind(this.i18n);
    return describeActivity(this.events(), t, this.knownNames()).map((entry) => ({ ...entry, when: formatDateTime(entry.at, locale) }));
  });

  constructor() {
    effect(() => {
      const id = this.task()?.id ?? null;
      untracked(() => this.opened(id));
    });
  }

  protected time(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected date(value: string | null): string {
    return formatDate(value, this.i18n.locale());
  }

  protected allowed(task: Task, status: TaskStatus): boolean {
    return canMoveTo(task, this.access(), status);
  }

  private opened(id: string | null): void {
    this.editing.set(false);
    this.comment.set('');
    this.mentions.set([]);
    this.mentionable.set([]);
    this.events.set([]);
    this.activityCall?.unsubscribe();
    this.mentionCall?.unsubscribe();
    if (!id) return;
    this.loadActivity(id);
    if (this.canUpdate()) this.mentionCall = this.client.mentionable(id).subscribe({ next: (people) => this.mentionable.set(people) });
    const task = this.task();
    if (task && this.teams() === null && this.actor().role !== 'employee') this.loadProjectContext(task.projectId);
  }

  /** Teams (to know which ones the user leads) and tasks (for the dependency picker) of a task opened outside its project. */
  private loadProjectContext(projectId: string): void {
    if (this.loadedProject === projectId) return;
    this.loadedProject = projectId;
    this.ownTeams.set(null);
    this.ownTasks.set(null);
    this.directory.ensureLoaded();
    this.client.teams(projectId).subscribe({ next: (teams) => this.ownTeams.set(teams), error: () => this.ownTeams.set([]) });
    if (this.tasks() === null) {
      this.client.tasks(projectId, { limit: TASK_PAGE_MAX, sort: 'title' }).subscribe({
        next: (page) => this.ownTasks.set(page.items),
        error: () => this.ownTasks.set([]),
      });
    }
  }

  private loadActivity(id: string): void {
    this.activityLoading.set(true);
    this.activityError.set(null);
    this.activityCall?.unsubscribe();
    this.activityCall = this.client.activity(id).subscribe({
      next: (events) => {
        this.events.set(events);
        this.activityLoading.set(false);
      },
      error: (error: unknown) => {
        this.activityError.set(problemMessage(this.i18n, error));
        this.activityLoading.set(false);
      },
    });
  }

  protected reloadActivity(): void {
    const id = this.task()?.id;
    if (id) this.loadActivity(id);
  }

  private apply(task: Task): void {
    this.changed.emit(task);
  }

  protected async setStatus(to: TaskStatus): Promise<void> {
    const task = this.task();
    if (!task || this.moving() || !this.allowed(task, to)) return;
    this.moving.set(to);
    const saved = await this.moves.move(task, to, { apply: (t) => this.apply(t) });
    this.moving.set(null);
    if (saved) this.reloadActivity();
  }

  protected async savePercent(value: number | number[]): Promise<void> {
    const task = this.task();
    const percent = Array.isArray(value) ? value[0] : value;
    if (!task || !this.percentEnabled() || percent === task.percentDone) return;
    const saved = await this.moves.setPercent(task, percent, { apply: (t) => this.apply(t) });
    if (saved) this.reloadActivity();
    else this.percentDraft.set(task.percentDone);
  }

  protected saveReason(): void {
    const task = this.task();
    const reason = this.reasonDraft().trim();
    if (!task || !reason || reason === task.blockedReason || this.reasonSaving()) return;
    this.reasonSaving.set(true);
    this.client.updateTask(task.id, { status: 'blocked', blockedReason: reason }).subscribe({
      next: (saved) => {
        this.reasonSaving.set(false);
        this.apply({ ...task, ...saved });
        this.messages.success(this.i18n.t('task.saved'));
        this.reloadActivity();
      },
      error: (error: unknown) => {
        this.reasonSaving.set(false);
        this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
      },
    });
  }

  protected startEdit(): void {
    this.editing.set(true);
  }

  protected cancelEdit(): void {
    this.editing.set(false);
  }

  protected edited(saved: Task): void {
    const task = this.task();
    this.editing.set(false);
    this.apply(task ? { ...task, ...saved } : saved);
    this.messages.success(this.i18n.t('task.saved'));
    this.reloadActivity();
  }

  protected remove(): void {
    const task = this.task();
    if (!task || this.deleting()) return;
    this.deleting.set(true);
    this.client.deleteTask(task.id).subscribe({
      next: () => {
        this.deleting.set(false);
        this.messages.success(this.i18n.t('task.deleted'));
        this.deleted.emit(task.id);
      },
      error: (error: unknown) => {
        this.deleting.set(false);
        this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
      },
    });
  }

  /** Mentions a member chosen in the picker: their name goes into the text, their id with the comment. */
  protected mention(userId: string, picker: HTMLSelectElement): void {
    picker.value = '';
    const member = this.mentionable().find((m) => m.userId === userId);
    if (!member) return;
    if (!this.mentions().some((m) => m.userId === userId)) this.mentions.update((list) => [...list, member]);
    const text = this.comment();
    const tag = `@${member.displayName} `;
    if (!text.includes(tag.trim())) this.comment.set(`${text}${text && !text.endsWith(' ') ? ' ' : ''}${tag}`);
  }

  protected unmention(userId: string): void {
    this.mentions.update((list) => list.filter((m) => m.userId !== userId));
  }

  protected sendComment(): void {
    const task = this.task();
    const body = this.comment().trim();
    if (!task || !body || this.commenting()) return;
    this.commenting.set(true);
    this.client
      .addComment(
        task.id,
        body,
        this.mentions().map((m) => m.userId),
      )
      .subscribe({
        next: (event) => {
          this.commenting.set(false);
          this.comment.set('');
          this.mentions.set([]);
          this.events.update((events) => [...events, event]);
          this.messages.success(this.i18n.t('task.commented'));
        },
        error: (error: unknown) => {
          this.commenting.set(false);
          this.messages.error(taskProblemMessage(this.i18n, error, task), { nzDuration: 6000 });
        },
      });
  }

  protected close(): void {
    this.closed.emit();
  }
}
