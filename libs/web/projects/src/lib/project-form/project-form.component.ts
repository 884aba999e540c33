import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  CreateProjectRequestSchema,
  PROJECT_GOAL_MAX,
  PROJECT_NAME_MAX,
  PROJECT_PHASES,
  PROJECT_STATUSES,
  type Project,
  type ProjectPhase,
  type ProjectStatus,
} from '@xinzhi/shared-contracts';
import { addMonths, applyProblemToForm, CalendarService, FieldErrorPipe, I18nService, revealErrors, TranslatePipe } from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import type { Observable } from 'rxjs';
import { PHASE_LABELS, PROJECT_STATUS_LABELS } from '../data/labels';
import { ProjectsClient } from '../data/projects.client';
import { notBeforeSibling } from './project-form';
import { EnumSelectComponent, schemaValidators } from '@xinzhi/web-forms';

/** Messages of the project form for the API's field errors. */
export const PROJECT_FIELD_MESSAGES = { 'targetDate:afterStart': 'projects.error.targetAfterStart' } as const;

/**
 * Creates a project (no `project`) or edits one (name, goal, phase, status, dates, weight of task
 * progress in the transformation index). Emits the saved project.
 */
@Component({
  selector: 'xz-project-form',
  imports: [
    EnumSelectComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-form.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: grid;
      align-items: start;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 0 16px;
    }
    .weight {
      width: 100%;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ProjectFormComponent {
  private readonly client = inject(ProjectsClient);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(CalendarService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The project to edit; a new one when null. */
  readonly project = input<Project | null>(null);
  readonly saved = output<Project>();
  readonly cancelled = output<void>();

  protected readonly phases = PROJECT_PHASES;
  protected readonly statuses = PROJECT_STATUSES;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly statusLabels = PROJECT_STATUS_LABELS;
  protected readonly dateErrors = { afterStart: 'projects.error.targetAfterStart' } as const;
  protected readonly limits = { nameMax: PROJECT_NAME_MAX, goalMax: PROJECT_GOAL_MAX } as const;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = this.fb.group({
    name: this.fb.control('', schemaValidators(CreateProjectRequestSchema, 'name')),
    // Optional, as in the API: a project may be opened before its goal is worded.
    goal: this.fb.control('', schemaValidators(CreateProjectRequestSchema, 'goal')),
    phase: this.fb.control<ProjectPhase>('diagnose', [Validators.required]),
    status: this.fb.control<ProjectStatus>('active', [Validators.required]),
    startDate: this.fb.control('', [Validators.required]),
    targetDate: this.fb.control('', [Validators.required, notBeforeSibling('startDate')]),
    taskWeightPercent: this.fb.control<number>(50, [Validators.required, Validators.min(0), Validators.max(100)]),
  });

  constructor() {
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.targetDate.updateValueAndValidity());
    effect(() => this.reset(this.project()));
  }

  private reset(project: Project | null): void {
    const today = this.calendar.today();
    this.error.set(null);
    this.form.reset({
      name: project?.name ?? '',
      goal: project?.goal ?? '',
      phase: project?.phase ?? 'diagnose',
      status: project?.status ?? 'active',
      startDate: project?.startDate ?? today,
      targetDate: project?.targetDate ?? addMonths(today, 12),
      taskWeightPercent: project ? Math.round(project.taskWeight * 100) : 50,
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const value = this.form.getRawValue();
    const fields = {
      name: value.name.trim(),
      goal: value.goal.trim(),
      phase: value.phase,
      startDate: value.startDate,
      targetDate: value.targetDate,
      taskWeight: Math.round(value.taskWeightPercent) / 100,
    };
    const project = this.project();
    const call: Observable<Project> = project
      ? this.client.updateProject(project.id, { ...fields, status: value.status })
      : this.client.createProject(fields);
    this.saving.set(true);
    call.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: PROJECT_FIELD_MESSAGES }));
      },
    });
  }
}
