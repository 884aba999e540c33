import { type AbstractControl, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { z } from 'zod';

/**
 * A form control's limits read from the contracts' request schema, so a form refuses exactly what
 * the API refuses: required-ness, length bounds of strings (blank counts as empty where the schema
 * trims) and bounds of numbers.
 */
export interface FieldLimits {
  readonly required: boolean;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

interface Introspectable {
  readonly def: { readonly type: string; readonly innerType?: Introspectable };
  readonly minLength?: number | null;
  readonly maxLength?: number | null;
  readonly minValue?: number | null;
  readonly maxValue?: number | null;
  safeParse(value: unknown): { success: boolean };
}

function fieldOf(schema: z.ZodObject, key: string): Introspectable {
  const field = (schema.shape as Record<string, Introspectable | undefined>)[key];
  if (!field) throw new Error(`the schema has no field ${key}`);
  return field;
}

/** The limits of `schema.shape[key]`. */
export function fieldLimits(schema: z.ZodObject, key: string): FieldLimits {
  const field = fieldOf(schema, key);
  const required = !field.safeParse(undefined).success && !field.safeParse(null).success;
  let inner = field;
  while ((inner.def.type === 'optional' || inner.def.type === 'nullable' || inner.def.type === 'default') && inner.def.innerType)
    inner = inner.def.innerType;
  const finite = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
  return {
    required,
    minLength: inner.def.type === 'string' ? finite(inner.minLength) : null,
    maxLength: inner.def.type === 'string' ? finite(inner.maxLength) : null,
    min: inner.def.type === 'number' ? finite(inner.minValue) : null,
    max: inner.def.type === 'number' ? finite(inner.maxValue) : null,
  };
}

/** `required` for a value that is empty or only blanks. */
const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : Validators.required(control);

/** Angular validators for `schema.shape[key]`: `required`, `minlength`, `maxlength`, `min`, `max` as the schema says. */
export function schemaValidators(schema: z.ZodObject, key: string): ValidatorFn[] {
  const limits = fieldLimits(schema, key);
  const validators: ValidatorFn[] = [];
  if (limits.required || (limits.minLength ?? 0) >= 1) validators.push(notBlank);
  if (limits.minLength !== null && limits.minLength > 1) validators.push(Validators.minLength(limits.minLength));
  if (limits.maxLength !== null) validators.push(Validators.maxLength(limits.maxLength));
  if (limits.min !== null) validators.push(Validators.min(limits.min));
  if (limits.max !== null) validators.push(Validators.max(limits.max));
  return validators;
}
