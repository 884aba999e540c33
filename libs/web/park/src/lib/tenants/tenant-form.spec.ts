import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { Tenant } from '@xinzhi/shared-contracts';
import { createTenantForm, prepareForCreate, prepareForEdit, toCreateRequest, toUpdateRequest } from './tenant-form';

const form = () => createTenantForm(TestBed.inject(NonNullableFormBuilder));

function fill(f: ReturnType<typeof form>): void {
  f.patchValue({
    name: ' Acme ',
    industrySection: 'C',
    industryDivision: '34',
    scale: 'small',
    region: ' 苏州工业园区 ',
    emerging: true,
    manufacturingType: 'discrete',
    ownerName: ' Wang ',
    ownerEmail: ' wang@acme.test ',
  });
}

describe('tenant form', () => {
  it('requires the classification and the owner when adding', () => {
    const f = form();
    prepareForCreate(f);
    expect(f.valid).toBe(false);
    for (const name of [
      'name',
      'industrySection',
      'industryDivision',
      'scale',
      'region',
      'manufacturingType',
      'ownerName',
      'ownerEmail',
    ] as const) {
      expect(f.controls[name].hasError('required')).toBe(true);
    }
    fill(f);
    expect(f.valid).toBe(true);
  });

  it.each([
    ['', true],
    ['91320500MA1XK8AC3L', true],
    ['91320500ma1xk8ac3l', true],
    ['91320500MA1XK8AC3', false],
    ['91320500MA1XK8AC3O', false],
    ['bad', false],
  ])('credit code %j valid: %s', (value, valid) => {
    const f = form();
    f.controls.creditCode.setValue(value);
    expect(f.controls.creditCode.valid).toBe(valid);
  });

  it.each([
    ['34', true],
    ['3', false],
    ['345', false],
    ['3a', false],
  ])('division %j valid: %s', (value, valid) => {
    const f = form();
    f.controls.industryDivision.setValue(value);
    expect(f.controls.industryDivision.valid).toBe(valid);
  });

  it('builds the create request: trimmed, credit code in capitals or left out', () => {
    const f = form();
    prepareForCreate(f);
    fill(f);
    expect(toCreateRequest(f)).toEqual({
      name: 'Acme',
      industrySection: 'C',
      industryDivision: '34',
      scale: 'small',
      region: '苏州工业园区',
      emerging: true,
      manufacturingType: 'discrete',
      ownerName: 'Wang',
      ownerEmail: 'wang@acme.test',
    });
    f.controls.creditCode.setValue('91320500ma1xk8ac3l');
    expect(toCreateRequest(f).creditCode).toBe('91320500MA1XK8AC3L');
  });

  it('edits without the owner fields or the showcase flag, and clears a removed credit code', () => {
    const tenant: Tenant = {
      id: 't1',
      parkId: 'p1',
      name: 'Acme',
      creditCode: '91320500MA1XK8AC3L',
      industrySection: 'C',
      industryDivision: '34',
      scale: 'small',
      region: '苏州',
      emerging: false,
      manufacturingType: 'discrete',
      showcase: false,
      createdAt: '',
      updatedAt: '',
      ownerEmail: 'o@acme.test',
      ownerStatus: 'active',
      maturityLevel: null,
      maturityPoints: null,
      assessedOn: null,
    };
    const f = form();
    prepareForEdit(f, tenant);
    expect(f.valid).toBe(true);
    expect(f.controls.ownerEmail.disabled).toBe(true);
    f.patchValue({ creditCode: '' });
    expect(toUpdateRequest(f)).toEqual({
      name: 'Acme',
      industrySection: 'C',
      industryDivision: '34',
      scale: 'small',
      region: '苏州',
      emerging: false,
      manufacturingType: 'discrete',
      creditCode: null,
    });
  });
});
