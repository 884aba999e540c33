import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { CreateTrainingRecord, SkillTag } from '@xinzhi/shared-contracts';

/** The API's bounds of a training record (libs/server/incentives/src/lib/dto.ts). */
export const TRAINING_LIMITS = { textMax: 200, noteMax: 2000, hoursMin: 0.5, hoursMax: 1000 } as const;

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

/** Hours: a number from 0.5 to 1000 with at most 2 decimals (`{ hours: true }` otherwise; empty is left to `required`). */
export const hoursValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const raw = control.value as number | string | null;
  if (raw === null || raw === '') return null;
  const value = Number(raw);
  const ok = Number.isFinite(value) && value >= TRAINING_LIMITS.hoursMin && value <= TRAINING_LIMITS.hoursMax && decimals(value) <= 2;
  return ok ? null : { hours: true };
};

/** A completion date not after the API's today (`{ future: true }`); `today` is the business calendar's (CalendarService.today). */
export function notFutureValidator(today: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    if (!value) return null;
    return value > today() ? { future: true } : null;
  };
}

/** At least one skill tag (`{ skills: true }`). */
export const skillsValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = control.value as readonly SkillTag[] | null;
  return value && value.length > 0 ? null : { skills: true };
};

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
export function trainingRequest(value: TrainingFormValue, selfId: string | null): CreateTrainingRecord {
  const request: CreateTrainingRecord = {
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
