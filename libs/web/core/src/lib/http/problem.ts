import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import {
  type FieldError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Problem,
  PROBLEM_CODES,
  type ProblemCode,
} from '@xinzhi/shared-contracts';
import type { TranslationKey } from '../i18n/dictionary';
import type { I18nService } from '../i18n/i18n.service';

/** What the client knows about a failed API call. */
export interface ApiFailure {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The problem+json body, when there was one. */
  readonly problem: Problem | null;
  readonly fieldErrors: readonly FieldError[];
  /** Seconds to wait (429/503), from the Retry-After header or the body. */
  readonly retryAfterSeconds: number | null;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).status === 'number';
}

/** Reads a failed `HttpClient` call; null for anything that is not an HTTP failure. */
export function readApiFailure(error: unknown): ApiFailure | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const problem = isProblem(error.error) ? error.error : null;
  const header = error.headers?.get('Retry-After');
  const fromHeader = header !== null && header !== undefined && /^\d+$/.test(header.trim()) ? Number(header) : null;
  const retryAfterSeconds = fromHeader ?? (typeof problem?.retryAfter === 'number' ? problem.retryAfter : null);
  const fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
  return { status: error.status, problem, fieldErrors, retryAfterSeconds };
}

/** HTTP status of a failed call, or null. */
export function failureStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/** Whole minutes to wait, at least one. */
export function retryMinutes(seconds: number | null): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

/** Field error codes (PROBLEM_CODES) the client translates itself; the API's English message is used for others (in English). */
const FIELD_CODE_KEYS: Readonly<Partial<Record<ProblemCode | string, TranslationKey>>> = {
  [PROBLEM_CODES.wrongPassword]: 'fieldError.wrongPassword',
  [PROBLEM_CODES.commonPassword]: 'fieldError.commonPassword',
  [PROBLEM_CODES.sameAsEmail]: 'fieldError.sameAsEmail',
  [PROBLEM_CODES.minLength]: 'fieldError.minLength',
  [PROBLEM_CODES.maxLength]: 'fieldError.maxLength',
  [PROBLEM_CODES.unique]: 'fieldError.unique',
  [PROBLEM_CODES.conflict]: 'fieldError.conflict',
  [PROBLEM_CODES.exists]: 'fieldError.exists',
  [PROBLEM_CODES.email]: 'fieldError.email',
  [PROBLEM_CODES.required]: 'fieldError.required',
  [PROBLEM_CODES.oneOf]: 'fieldError.invalid',
  [PROBLEM_CODES.uuid]: 'fieldError.invalid',
  [PROBLEM_CODES.boolean]: 'fieldError.invalid',
  [PROBLEM_CODES.string]: 'fieldError.invalid',
  [PROBLEM_CODES.number]: 'fieldError.invalid',
  [PROBLEM_CODES.date]: 'fieldError.invalid',
  [PROBLEM_CODES.invalid]: 'fieldError.invalid',
  [PROBLEM_CODES.unknownField]: 'fieldError.invalid',
};

/** The first number in a server message ("must have at least 8 characters" → 8). */
function numberIn(message: string | undefined): number | null {
  const match = message?.match(/\d+/);
  return match ? Number(match[0]) : null;
}

/** One field error in the user's language. */
export function fieldErrorMessage(i18n: I18nService, error: FieldError): string {
  const key = FIELD_CODE_KEYS[error.code];
  if (key === 'fieldError.minLength') return i18n.t(key, { min: error.limit ?? numberIn(error.message) ?? PASSWORD_MIN_LENGTH });
  if (key === 'fieldError.maxLength') return i18n.t(key, { max: error.limit ?? numberIn(error.message) ?? PASSWORD_MAX_LENGTH });
  if (key) return i18n.t(key);
  return i18n.locale() === 'en-US' && error.message ? error.message : i18n.t('fieldError.invalid');
}

/** A generic sentence for a failed call, by status, in the user's language. */
export function problemMessage(i18n: I18nService, error: unknown): string {
  const failure = readApiFailure(error);
  if (!failure) return i18n.t('problem.unknown');
  switch (failure.status) {
    case 0:
      return i18n.t('problem.network');
    case 400:
    case 422:
      return i18n.t(failure.fieldErrors.length ? 'problem.validation' : 'problem.badRequest');
    case 401:
      return i18n.t('problem.unauthorized');
    case 403:
      return i18n.t('problem.forbidden');
    case 404:
      return i18n.t('problem.notFound');
    case 409:
      return i18n.t('problem.conflict');
    case 429:
      return i18n.t('problem.tooManyRequests', { minutes: retryMinutes(failure.retryAfterSeconds) });
    default:
      return failure.status >= 500 ? i18n.t('problem.server') : i18n.t('problem.unknown');
  }
}

/** How the API's fields and codes meet a form. */
export interface ProblemFormOptions {
  /** API field → control path, where they differ. */
  readonly fieldMap?: Readonly<Record<string, string>>;
  /** A form's own text for `"<field>:<code>"`, e.g. `{ 'role:conflict': 'members.lastOwner' }`. */
  readonly messages?: Readonly<Record<string, TranslationKey>>;
}

/** The `server` entry a mapped API field error leaves in a control's errors. */
export interface ServerFieldError {
  readonly code: string;
  readonly message: string;
}

/**
 * Puts the field errors of a 400/409 problem onto the matching controls of `form` (by the dotted
 * `field` path; `fieldMap` renames API fields to control paths) as `{ server: { code, message } }`,
 * marks them touched and dirty so the form shows them, and returns the sentence for the top of the
 * form: the generic one for the status, followed by any field error that has no control here.
 */
export function applyProblemToForm(i18n: I18nService, form: AbstractControl, error: unknown, options: ProblemFormOptions = {}): string {
  const failure = readApiFailure(error);
  const unmatched: string[] = [];
  for (const fieldError of failure?.fieldErrors ?? []) {
    const control = form.get(options.fieldMap?.[fieldError.field] ?? fieldError.field);
    const own = options.messages?.[`${fieldError.field}:${fieldError.code}`];
    const message = own ? i18n.t(own) : fieldErrorMessage(i18n, fieldError);
    if (!control) {
      unmatched.push(message);
      continue;
    }
    const server: ServerFieldError = { code: fieldError.code, message };
    // Dirty first: ng-zorro decides to show an error when the status event arrives.
    control.markAsDirty();
    control.markAsTouched();
    control.setErrors({ ...(control.errors ?? {}), server });
  }
  const top = problemMessage(i18n, error);
  return unmatched.length ? [top, ...unmatched].join(' ') : top;
}

/** The API's message for a control, if the last submission left one. */
export function serverError(errors: ValidationErrors | null | undefined): ServerFieldError | null {
  const server = errors?.['server'] as ServerFieldError | undefined;
  return server ?? null;
}

/**
 * Re-runs every validator (dropping errors the server left on the last try) and marks the invalid
 * controls so that their messages show. Returns whether the form may be sent.
 */
export function revealErrors(form: AbstractControl): boolean {
  const visit = (control: AbstractControl): void => {
    const children = (control as AbstractControl & { controls?: Record<string, AbstractControl> | AbstractControl[] }).controls;
    if (children) {
      for (const child of Object.values(children)) visit(child);
    }
    control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
    if (control.invalid) {
      control.markAsDirty();
      control.markAsTouched();
      // Announce the status again now that the control is dirty: ng-zorro shows errors on this event.
      control.updateValueAndValidity({ onlySelf: true });
    }
  };
  visit(form);
  return form.valid;
}
