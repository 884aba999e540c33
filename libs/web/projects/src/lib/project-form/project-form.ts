import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * A date control that must not be before its sibling `startName` (both `YYYY-MM-DD`, empty allowed):
 * `{ afterStart: true }` otherwise. Re-validate it when the start changes.
 */
export function notBeforeSibling(startName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const start = control.parent?.get(startName)?.value as string | null | undefined;
    const end = control.value as string | null | undefined;
    return start && end && end < start ? { afterStart: true } : null;
  };
}
