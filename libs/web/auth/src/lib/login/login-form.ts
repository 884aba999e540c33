import { type NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import { LoginRequestSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@xinzhi/shared-contracts';
import { emailValidator, type TranslationKey, type TranslationParams } from '@xinzhi/web-core';
import { schemaValidators } from '@xinzhi/web-forms';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export function createLoginForm(fb: NonNullableFormBuilder) {
  return fb.group({
    email: fb.control('', [...schemaValidators(LoginRequestSchema, 'email'), emailValidator]),
    password: fb.control('', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]),
  });
}

export type LoginForm = ReturnType<typeof createLoginForm>;

/** A validation message as a translation key with its placeholder values. */
export interface FieldMessage {
  readonly key: TranslationKey;
  readonly params?: TranslationParams;
}

/** The message for the first error of the e-mail field, or null when it is valid. */
export function emailMessage(errors: ValidationErrors | null): FieldMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'login.error.emailRequired' };
  if (errors['email']) return { key: 'login.error.emailInvalid' };
  return null;
}

/** The message for the first error of the password field, or null when it is valid. */
export function passwordMessage(errors: ValidationErrors | null): FieldMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'login.error.passwordRequired' };
  if (errors['minlength'] || errors['maxlength']) {
    return { key: 'login.error.passwordLength', params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } };
  }
  return null;
}
