import { type AbstractControl, type ValidationErrors, Validators } from '@angular/forms';

/** An e-mail address, ignoring spaces around it (pasted addresses often carry them; they are trimmed on sending). */
export function emailValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : control.value;
  return Validators.email({ value } as AbstractControl);
}
