import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  type CreateIncentiveSchemeRequest,
  CreateIncentiveSchemeRequestSchema,
  INCENTIVE_AMOUNT_MAX,
  INCENTIVE_AMOUNT_MIN,
  INCENTIVE_BUDGET_CAP_MAX,
  INCENTIVE_SCHEME_DESCRIPTION_MAX,
  INCENTIVE_SCHEME_NAME_MAX,
  type BusinessArea,
  type IncentiveKind,
  type IncentiveTrigger,
  type TechnologyType,
} from '@xinzhi/shared-contracts';
import type { TranslationKey } from '@xinzhi/web-core';

/** The API's bounds of a scheme, from the contracts' request schema. */
export const SCHEME_LIMITS = {
  nameMax: INCENTIVE_SCHEME_NAME_MAX,
  descriptionMax: INCENTIVE_SCHEME_DESCRIPTION_MAX,
  amountMin: INCENTIVE_AMOUNT_MIN,
  amountMax: INCENTIVE_AMOUNT_MAX,
  capMin: INCENTIVE_AMOUNT_MIN,
  capMax: INCENTIVE_BUDGET_CAP_MAX,
} as const;

/** A number the request schema takes for `key` (its bounds, at most 2 decimals), else `{ [key]: true }`; empty is left to `required` (or allowed, for optional fields). */
function schemaNumberValidator(key: 'amount' | 'budgetCap'): ValidatorFn {
  const field = CreateIncentiveSchemeRequestSchema.shape[key];
  return (control: AbstractControl): ValidationErrors | null => {
    const raw = control.value as number | string | null;
    if (raw === null || raw === '') return null;
    return field.safeParse(Number(raw)).success ? null : { [key]: true };
  };
}

/** The amount per achievement: above 0, at most 10,000,000, at most 2 decimals (`{ amount: true }`). */
export const amountValidator = schemaNumberValidator('amount');

/** The optional budget cap: above 0 with at most 2 decimals (`{ budgetCap: true }`). */
export const budgetCapValidator = schemaNumberValidator('budgetCap');

/**
 * On `activeUntil`: not before its sibling `activeFrom` (`{ order: true }`). Re-run it when
 * `activeFrom` changes.
 */
export const dateOrderValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const until = control.value as string | null;
  const from = control.parent?.get('activeFrom')?.value as string | null | undefined;
  return from && until && until < from ? { order: true } : null;
};

/** The values of the scheme form. */
export interface SchemeFormValue {
  name: string;
  description: string;
  kind: IncentiveKind;
  trigger: IncentiveTrigger;
  amount: number | string | null;
  scaleByWeight: boolean;
  businessAreas: BusinessArea[];
  technologyTypes: TechnologyType[];
  projectId: string | null;
  budgetCap: number | string | null;
  activeFrom: string;
  activeUntil: string;
  active: boolean;
}

/** Weight scaling and the area / technology filters belong to the task_done trigger only (the API refuses them otherwise). */
export function taskFiltersApply(trigger: IncentiveTrigger): boolean {
  return trigger === 'task_done';
}

/** The request the form sends: empty optional fields as null, task-only settings dropped for other triggers. */
export function schemeRequest(value: SchemeFormValue): CreateIncentiveSchemeRequest {
  const taskOnly = taskFiltersApply(value.trigger);
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    kind: value.kind,
    trigger: value.trigger,
    amount: Number(value.amount),
    scaleByWeight: taskOnly && value.scaleByWeight,
    businessAreas: taskOnly ? [...value.businessAreas] : [],
    technologyTypes: taskOnly ? [...value.technologyTypes] : [],
    projectId: value.projectId || null,
    budgetCap: value.budgetCap === null || value.budgetCap === '' ? null : Number(value.budgetCap),
    activeFrom: value.activeFrom || null,
    activeUntil: value.activeUntil || null,
    active: value.active,
  };
}

/** The form's own texts for the API's field errors (`"<field>:<code>"`). */
export const SCHEME_FIELD_MESSAGES: Readonly<Record<string, TranslationKey>> = {
  'name:unique': 'schemes.error.duplicate',
  'trigger:has_awards': 'schemes.error.hasAwards',
  'kind:has_awards': 'schemes.error.hasAwards',
  'scaleByWeight:trigger': 'schemes.error.trigger',
  'businessAreas:trigger': 'schemes.error.trigger',
  'technologyTypes:trigger': 'schemes.error.trigger',
  'activeUntil:order': 'schemes.error.order',
  'projectId:exists': 'schemes.error.project',
  'amount:min': 'schemes.error.amount',
  'amount:max': 'schemes.error.amount',
  'amount:isNumber': 'schemes.error.amount',
  'budgetCap:min': 'schemes.error.budgetCap',
  'budgetCap:max': 'schemes.error.budgetCap',
  'budgetCap:isNumber': 'schemes.error.budgetCap',
};

/** The form's texts for its own validators' errors. */
export const SCHEME_ERROR_TEXTS = {
  amount: 'schemes.error.amount',
  budgetCap: 'schemes.error.budgetCap',
  order: 'schemes.error.order',
} as const satisfies Record<string, TranslationKey>;
