import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  BUSINESS_AREAS,
  type BusinessArea,
  type CreateTaskRequest,
  CreateTaskRequestSchema,
  type Task,
  TASK_DESCRIPTION_MAX,
  TASK_TITLE_MAX,
  TECHNOLOGY_TYPES,
  type Team,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import { schemaValidators } from '@xinzhi/web-forms';
import { applyProblemToForm, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { AREA_LABELS, TASK_STATUS_LABELS, TECH_LABELS } from '../data/labels';
import { MemberDirectory } from '../data/member-directory';
import { ProjectsClient } from '../data/projects.client';
import { assignableTeams, canPlan, type TaskActor } from '../logic/task-access';
import { TASK_FIELD_MESSAGES } from '../logic/task-errors';
import { notBeforeSibling } from '../project-form/project-form';
import { EnumSelectComponent } from '@xinzhi/web-forms';

/**
 * Creates a process task (no `task`) or edits one: title, description, business area, technology,
 * team, assignee, weight, start and due dates, and the task it depends on (this project's tasks only).
 * A team lead picks one of the teams they lead.
 */
@Component({
  selector: 'xz-task-form',
  imports: [
    EnumSelectComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-form.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: grid;
      align-items: start;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 0 16px;
    }
    .detail {
      margin-inline-start: 6px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class TaskFormComponent implements OnInit {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly directory = inject(MemberDirectory);

  readonly projectId = input.required<string>();
  /** The task to edit; a new one when null. */
  readonly task = input<Task | null>(null);
  readonly teams = input<readonly Team[]>([]);
  /** The project's tasks, for the dependency picker. */
  readonly tasks = input<readonly Task[]>([]);
  readonly actor = input.required<TaskActor>();
  readonly saved = output<Task>();
  readonly cancelled = output<void>();

  protected readonly areas = BUSINESS_AREAS;
  protected readonly techs = TECHNOLOGY_TYPES;
  protected readonly areaLabels = AREA_LABELS;
  protected readonly techLabels = TECH_LABELS;
  protected readonly statusLabels = TASK_STATUS_LABELS;
  protected readonly dateErrors = { afterStart: 'task.error.dueAfterStart' } as const;
  protected readonly weightErrors = { min: 'task.error.weight', max: 'task.error.weight', pattern: 'task.error.weight' } as const;
  protected readonly titleMax = TASK_TITLE_MAX;
  protected readonly descriptionMax = TASK_DESCRIPTION_MAX;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    title: this.fb.control('', schemaValidators(CreateTaskRequestSchema, 'title')),
    description: this.fb.control('', schemaValidators(CreateTaskRequestSchema, 'description')),
    businessArea: this.fb.control<BusinessArea | null>(null, schemaValidators(CreateTaskRequestSchema, 'businessArea')),
    technologyType: this.fb.control<TechnologyType | null>(null, schemaValidators(CreateTaskRequestSchema, 'technologyType')),
    teamId: this.fb.control<string | null>(null),
    assigneeId: this.fb.control<string | null>(null),
    // Optional in the API (1 unless given); the form always sends one.
    weight: this.fb.control<number | null>(1, [
      Validators.required,
      ...schemaValidators(CreateTaskRequestSchema, 'weight'),
      Validators.pattern(/^\d+$/),
    ]),
    startDate: this.fb.control(''),
    dueDate: this.fb.control('', [notBeforeSibling('startDate')]),
    dependsOnId: this.fb.control<string | null>(null),
  });

  /** A team lead must put the task in one of their teams. */
  protected readonly teamRequired = computed(() => !canPlan(this.actor().role));
  protected readonly teamOptions = computed(() => {
    const teams = assignableTeams(this.actor(), this.teams());
    const current = this.task()?.teamId;
    const currentTeam = current ? this.teams().find((team) => team.id === current) : undefined;
    return currentTeam && !teams.includes(currentTeam) ? [currentTeam, ...teams] : teams;
  });
  protected readonly people = computed(() => {
    const people = this.directory
      .members()
      .map((member) => ({ userId: member.userId as string, name: member.displayName, detail: member.departmentName ?? '' }));
    const task = this.task();
    if (task?.assigneeId && task.assigneeName && !people.some((p) => p.userId === task.assigneeId)) {
      people.unshift({ userId: task.assigneeId, name: task.assigneeName, detail: '' });
    }
    return people;
  });
  protected readonly dependencyOptions = computed(() => {
    const own = this.task()?.id;
    return this.tasks().filter((task) => task.id !== own);
  });

  constructor() {
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.dueDate.updateValueAndValidity());
  }

  ngOnInit(): void {
    this.directory.ensureLoaded();
    const task = this.task();
    const teams = assignableTeams(this.actor(), this.teams());
    this.form.reset({
      title: task?.title ?? '',
      description: task?.description ?? '',
      businessArea: task?.businessArea ?? null,
      technologyType: task?.technologyType ?? null,
      teamId: task ? task.teamId : this.teamRequired() && teams.length === 1 ? teams[0].id : null,
      assigneeId: task?.assigneeId ?? null,
      weight: task?.weight ?? 1,
      startDate: task?.startDate ?? '',
      dueDate: task?.dueDate ?? '',
      dependsOnId: task?.dependsOnId ?? null,
    });
    if (this.teamRequired()) this.form.controls.teamId.addValidators(Validators.required);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const value = this.form.getRawValue();
    const request: CreateTaskRequest = {
      title: value.title.trim(),
      description: value.description.trim(),
      businessArea: value.businessArea as BusinessArea,
      technologyType: value.technologyType as TechnologyType,
      teamId: value.teamId || null,
      assigneeId: value.assigneeId || null,
      weight: Number(value.weight),
      startDate: value.startDate || null,
      dueDate: value.dueDate || null,
      dependsOnId: value.dependsOnId || null,
    };
    const task = this.task();
    this.saving.set(true);
    (task ? this.client.updateTask(task.id, request) : this.client.createTask(this.projectId(), request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: TASK_FIELD_MESSAGES }));
      },
    });
  }
}
