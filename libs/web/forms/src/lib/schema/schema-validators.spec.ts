import { FormControl } from '@angular/forms';
import { CreateKpiRequestSchema, CreateProjectRequestSchema, UpdateProjectRequestSchema } from '@xinzhi/shared-contracts';
import { fieldLimits, schemaValidators } from './schema-validators';

describe('validators from a request schema', () => {
  const control = (schema: Parameters<typeof schemaValidators>[0], key: string, value: unknown) =>
    new FormControl(value, schemaValidators(schema, key));

  it('reads required-ness and bounds', () => {
    expect(fieldLimits(CreateKpiRequestSchema, 'name')).toEqual({ required: true, minLength: 1, maxLength: 200, min: null, max: null });
    expect(fieldLimits(CreateKpiRequestSchema, 'targetDate').required).toBe(false);
    expect(fieldLimits(CreateProjectRequestSchema, 'taskWeight')).toMatchObject({ required: false, min: 0, max: 1 });
    expect(fieldLimits(UpdateProjectRequestSchema, 'name')).toMatchObject({ required: false, minLength: 1, maxLength: 200 });
    expect(() => fieldLimits(CreateKpiRequestSchema, 'nope')).toThrow('no field nope');
  });

  it('takes a KPI name of 150 characters and refuses one of 250, as the API does', () => {
    expect(control(CreateKpiRequestSchema, 'name', 'x'.repeat(150)).errors).toBeNull();
    expect(control(CreateKpiRequestSchema, 'name', 'x'.repeat(250)).errors).toEqual({
      maxlength: { requiredLength: 200, actualLength: 250 },
    });
    expect(control(CreateKpiRequestSchema, 'name', '   ').errors).toEqual({ required: true });
  });

  it('leaves a project goal optional, as the API does', () => {
    expect(control(CreateProjectRequestSchema, 'goal', '').errors).toBeNull();
    expect(control(CreateProjectRequestSchema, 'goal', 'x'.repeat(4001)).errors).toEqual({
      maxlength: { requiredLength: 4000, actualLength: 4001 },
    });
    expect(control(CreateProjectRequestSchema, 'name', '').errors).toEqual({ required: true });
  });
});
