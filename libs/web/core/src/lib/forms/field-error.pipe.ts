import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import type { TranslationKey } from '../i18n/dictionary';
import { I18nService } from '../i18n/i18n.service';
import { serverError } from '../http/problem';

/** Which text to show for a validator's error key, when a form wants its own (e.g. `{ pattern: 'park.error.division' }`). */
export type FieldErrorTexts = Readonly<Partial<Record<string, TranslationKey>>>;

/** The message for the first error of a control, in the current language; null when it is valid. */
export function fieldErrorText(i18n: I18nService, errors: ValidationErrors | null | undefined, texts: FieldErrorTexts = {}): string | null {
  if (!errors) return null;
  const server = serverError(errors);
  if (server) return server.message;
  for (const name of Object.keys(errors)) {
    const own = texts[name];
    if (own) return i18n.t(own, errorParams(errors[name]));
  }
  if (errors['required']) return i18n.t('form.error.required');
  if (errors['email']) return i18n.t('form.error.email');
  if (errors['minlength'])
    return i18n.t('form.error.minLength', { min: (errors['minlength'] as { requiredLength: number }).requiredLength });
  if (errors['maxlength'])
    return i18n.t('form.error.maxLength', { max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
  if (errors['mismatch']) return i18n.t('form.error.passwordMismatch');
  return i18n.t('form.error.invalid');
}

function errorParams(value: unknown): Record<string, string | number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const params: Record<string, string | number> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') params[key] = item;
  }
  const lengths = value as { requiredLength?: number };
  if (typeof lengths.requiredLength === 'number') {
    params['min'] = lengths.requiredLength;
    params['max'] = lengths.requiredLength;
  }
  return params;
}

/**
 * `{{ control.errors | fieldError }}` inside an `nzErrorTip` template: the message for the first error
 * (required, email, lengths, a mismatch, or what the API said about the field), in the current language.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(errors: ValidationErrors | null | undefined, texts?: FieldErrorTexts): string | null {
    return fieldErrorText(this.i18n, errors, texts);
  }
}
