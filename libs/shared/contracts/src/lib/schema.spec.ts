import { CreateKpiRequestSchema, KPI_NAME_MAX } from './kpis';
import { CreateProjectRequestSchema } from './projects';
import { fieldErrorsOf, IdParamsSchema, PageQuerySchema } from './schema';

const kpi = { name: 'Networked equipment', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 0, target: 1 };

function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldErrorsOf(result.error as never, input);
}

describe('request schemas', () => {
  it('takes a KPI name of 150 characters and refuses one of 250 with the limit', () => {
    expect(KPI_NAME_MAX).toBe(200);
    expect(errorsOf(CreateKpiRequestSchema, { ...kpi, name: 'x'.repeat(150) })).toEqual([]);
    expect(errorsOf(CreateKpiRequestSchema, { ...kpi, name: 'x'.repeat(250) })).toEqual([
      { field: 'name', code: 'maxLength', limit: 200, message: 'name must have at most 200 characters' },
    ]);
  });
  it('names every wrong field with a code', () => {
    const errors = errorsOf(CreateKpiRequestSchema, {
      name: '  ',
      direction: 'sideways',
      category: 'quality',
      baseline: 'thirty',
      target: 1,
      admin: true,
    });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'admin:whitelistValidation',
      'baseline:isNumber',
      'direction:isIn',
      'name:required',
      'unit:required',
    ]);
  });
  it('refuses impossible dates and malformed ids', () => {
    const errors = errorsOf(CreateProjectRequestSchema, { name: 'P', startDate: '2026-02-30', targetDate: '2026-12-31', taskWeight: 2 });
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(['startDate:isCalendarDate', 'taskWeight:max']);
    expect(errorsOf(IdParamsSchema, { id: 'not-a-uuid' })[0].code).toBe('isUuid');
  });
  it('reads page limits from the query string', () => {
    expect(PageQuerySchema.parse({ limit: '20' })).toEqual({ limit: 20 });
    expect(errorsOf(PageQuerySchema, { limit: '500' })[0]).toMatchObject({ field: 'limit', code: 'max', limit: 200 });
  });
});
