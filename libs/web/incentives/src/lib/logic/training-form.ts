import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  type CreateTrainingRecordRequest,
  CreateTrainingRecordRequestSchema,
  type SkillTag,
  TRAINING_HOURS_MAX,
  TRAINING_HOURS_MIN,
  TRAINING_NOTE_MAX,
  TRAINING_TEXT_MAX,
} from '@xinzhi/shared-contracts';

/** The API's bounds of a training record, from the contracts' request schema. */
export const TRAINING_LIMITS = {
  textMax: TRAINING_TEXT_MAX,
  noteMax: TRAINING_NOTE_MAX,
  hoursMin: TRAINING_HOURS_MIN,
  hoursMax: TRAINING_HOURS_MAX,
} as const;

/** Hours the request schema takes: 0.5 to 1000 with at most 2 decimals (`{ hours: true }` otherwise; empty is left to `required`). */
export const hoursValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const raw = control.value as number | string | null;
  if (raw === null || raw === '') return null;
  return CreateTrainingRecordRequestSchema.shape.hours.safeParse(Number(raw)).success ? null : { hours: true };
};

/** A completion date not after the API's today (`{ future: true }`); `today` is the business calendar's (CalendarService.today). */
export function notFutureValidator(today: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    if (!value) return null;
    return value > today() ? { future: true } : null;
  };
}

/** The skill tags the request schema takes: at least one (`{ skills: true }`). */
export const skillsValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  CreateTrainingRecordRequestSchema.shape.skills.safeParse(control.value).success ? null : { skills: true };

/** The values of the training form. */
export interface TrainingFormValue {
  userId: string | null;
  course: string;
  provider: string;
  hours: number | string | null;
  completedOn: string;
  skills: SkillTag[];
  note: string;
}

/** The request the form sends: trimmed texts, a number of hours, no empty note, the member only when recording for someone else. */
export function trainingRequest(value: TrainingFormValue, selfId: string | null): CreateTrainingRecordRequest {
  const request: CreateTrainingRecordRequest = {
    course: value.course.trim(),
    provider: value.provider.trim(),
    hours: Number(value.hours),
    completedOn: value.completedOn,
    skills: [...value.skills],
    note: value.note.trim() || null,
  };
  if (value.userId && value.userId !== selfId) request.userId = value.userId;
  return request;
}
