import { type AbstractControl, type NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import {
  CREDIT_CODE_PATTERN,
  type CreateTenantRequest,
  CreateTenantRequestSchema,
  type EnterpriseScale,
  INDUSTRY_DIVISION_PATTERN,
  type ManufacturingType,
  type Tenant,
  type UpdateTenantRequest,
} from '@xinzhi/shared-contracts';
import { emailValidator } from '@xinzhi/web-core';
import { schemaValidators } from '@xinzhi/web-forms';

export { CREDIT_CODE_PATTERN };
export const DIVISION_PATTERN = INDUSTRY_DIVISION_PATTERN;

/** Empty, or a credit code in any letter case (it is sent in capitals). */
export function creditCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim().toUpperCase();
  return !value || CREDIT_CODE_PATTERN.test(value) ? null : { creditCode: true };
}

/** One form for adding (with the owner) and editing an enterprise (its showcase flag follows the owner's consent, not this form). */
export function createTenantForm(fb: NonNullableFormBuilder) {
  return fb.group({
    name: fb.control('', schemaValidators(CreateTenantRequestSchema, 'name')),
    creditCode: fb.control('', [creditCodeValidator]),
    industrySection: fb.control('', [Validators.required]),
    industryDivision: fb.control('', [Validators.required, Validators.pattern(DIVISION_PATTERN)]),
    scale: fb.control<EnterpriseScale | ''>('', [Validators.required]),
    region: fb.control('', schemaValidators(CreateTenantRequestSchema, 'region')),
    emerging: fb.control(false),
    manufacturingType: fb.control<ManufacturingType | ''>('', [Validators.required]),
    ownerName: fb.control('', schemaValidators(CreateTenantRequestSchema, 'ownerName')),
    ownerEmail: fb.control('', [...schemaValidators(CreateTenantRequestSchema, 'ownerEmail'), emailValidator]),
  });
}

export type TenantForm = ReturnType<typeof createTenantForm>;

/** Per-control texts for the pattern checks. */
export const TENANT_FIELD_TEXTS = {
  creditCode: { creditCode: 'park.error.creditCode' },
  industryDivision: { pattern: 'park.error.division' },
} as const;

/** Sets the form up for adding: empty, owner fields on. */
export function prepareForCreate(form: TenantForm): void {
  form.reset();
  form.controls.ownerName.enable();
  form.controls.ownerEmail.enable();
}

/** Sets the form up for editing `tenant`: its values, owner fields off (the owner is a member now). */
export function prepareForEdit(form: TenantForm, tenant: Tenant): void {
  form.reset({
    name: tenant.name,
    creditCode: tenant.creditCode ?? '',
    industrySection: tenant.industrySection,
    industryDivision: tenant.industryDivision,
    scale: tenant.scale,
    region: tenant.region,
    emerging: tenant.emerging,
    manufacturingType: tenant.manufacturingType,
  });
  form.controls.ownerName.disable();
  form.controls.ownerEmail.disable();
}

function classification(form: TenantForm) {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    industrySection: value.industrySection,
    industryDivision: value.industryDivision.trim(),
    scale: value.scale as EnterpriseScale,
    region: value.region.trim(),
    emerging: value.emerging,
    manufacturingType: value.manufacturingType as ManufacturingType,
  };
}

export function toCreateRequest(form: TenantForm): CreateTenantRequest {
  const value = form.getRawValue();
  const creditCode = value.creditCode.trim().toUpperCase();
  return {
    ...classification(form),
    ...(creditCode ? { creditCode } : {}),
    ownerName: value.ownerName.trim(),
    ownerEmail: value.ownerEmail.trim(),
  };
}

export function toUpdateRequest(form: TenantForm): UpdateTenantRequest {
  const value = form.getRawValue();
  return {
    ...classification(form),
    creditCode: value.creditCode.trim().toUpperCase() || null,
  };
}
