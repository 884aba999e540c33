import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CreateTrainingRecordRequestSchema, type Member, SKILL_TAGS, type SkillTag, type TrainingRecord } from '@xinzhi/shared-contracts';
import { fieldLimits, schemaValidators } from '@xinzhi/web-forms';
import {
  applyProblemToForm,
  AuthService,
  CalendarService,
  FieldErrorPipe,
  I18nService,
  revealErrors,
  TranslatePipe,
  type TranslationKey,
} from '@xinzhi/web-core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { IncentivesClient } from '../data/incentives.client';
import { SKILL_LABELS } from '../logic/labels';
import { hoursValidator, notFutureValidator, skillsValidator, TRAINING_LIMITS, trainingRequest } from '../logic/training-form';

/** The form's texts for its validators' errors. */
const ERROR_TEXTS = {
  hours: 'training.error.hours',
  future: 'training.error.future',
  skills: 'training.error.skills',
} as const satisfies Record<string, TranslationKey>;
/** The form's texts for the API's field errors. */
const FIELD_MESSAGES: Readonly<Record<string, TranslationKey>> = {
  'completedOn:future': 'training.error.future',
  'hours:min': 'training.error.hours',
  'hours:max': 'training.error.hours',
  'hours:isNumber': 'training.error.hours',
  'skills:min': 'training.error.skills',
  'userId:member': 'training.error.member',
};

/** Adds or edits a training record: one's own, or (owners and leaders, `members` given) any member's. */
@Component({
  selector: 'xz-training-form',
  imports: [ReactiveFormsModule, NzAlertModule, NzButtonModule, NzFormModule, NzInputModule, NzSelectModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './training-form.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 0 16px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class TrainingFormComponent implements OnInit {
  private readonly client = inject(IncentivesClient);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly calendar = inject(CalendarService);

  /** The record to edit; a new one when null. */
  readonly record = input<TrainingRecord | null>(null);
  /** Members to record for (owners and leaders); null = the form is for the user's own record. */
  readonly members = input<readonly Member[] | null>(null);
  readonly saved = output<TrainingRecord>();
  readonly cancelled = output<void>();

  protected readonly skills = SKILL_TAGS;
  protected readonly skillLabels = SKILL_LABELS;
  protected readonly limits = TRAINING_LIMITS;
  protected readonly errorTexts = ERROR_TEXTS;
  /** The latest completion date the API accepts. */
  protected readonly today = this.calendar.today();

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = this.fb.group({
    userId: this.fb.control<string | null>(null),
    course: this.fb.control('', schemaValidators(CreateTrainingRecordRequestSchema, 'course')),
    provider: this.fb.control('', schemaValidators(CreateTrainingRecordRequestSchema, 'provider')),
    // Bounds and decimals as the schema says; worded as one "hours" error.
    hours: this.fb.control<number | string | null>(null, [
      ...(fieldLimits(CreateTrainingRecordRequestSchema, 'hours').required ? [Validators.required] : []),
      hoursValidator,
    ]),
    completedOn: this.fb.control(this.calendar.today(), [
      ...schemaValidators(CreateTrainingRecordRequestSchema, 'completedOn'),
      notFutureValidator(() => this.calendar.today()),
    ]),
    skills: this.fb.control<SkillTag[]>([], [skillsValidator]),
    note: this.fb.control('', schemaValidators(CreateTrainingRecordRequestSchema, 'note')),
  });

  ngOnInit(): void {
    const record = this.record();
    const self = this.auth.user()?.id ?? null;
    if (record) {
      this.form.reset({
        userId: record.userId,
        course: record.course,
        provider: record.provider,
        hours: record.hours,
        completedOn: record.completedOn,
        skills: [...record.skills],
        note: record.note ?? '',
      });
      // The member of an existing record does not change.
      this.form.controls.userId.disable();
    } else {
      this.form.controls.userId.setValue(self);
      if (this.members()) this.form.controls.userId.addValidators(Validators.required);
    }
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (!revealErrors(this.form)) return;
    const request = trainingRequest(this.form.getRawValue(), this.auth.user()?.id ?? null);
    const record = this.record();
    this.saving.set(true);
    const { userId: _userId, ...changes } = request;
    (record ? this.client.updateTraining(record.id, changes) : this.client.createTraining(request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(applyProblemToForm(this.i18n, this.form, error, { messages: FIELD_MESSAGES }));
      },
    });
  }
}
