import { z } from 'zod';
import {
  AWARD_ACTIONS,
  AWARD_REJECTION_REASON_MAX,
  AWARD_STATUSES,
  awardTransition,
  CreateIncentiveSchemeRequestSchema,
  CreateTrainingRecordRequestSchema,
  DecideAwardRequestSchema,
  INCENTIVE_AMOUNT_MAX,
  INCENTIVE_KINDS,
  INCENTIVE_SCHEME_NAME_MAX,
  IncentiveSchemeQuerySchema,
  incentiveUnit,
  UpdateTrainingRecordRequestSchema,
} from './incentives';
import { fieldErrorsOf } from './schema';

describe('incentive rules', () => {
  it('counts bonus, equity and performance in yuan, the rest in points', () => {
    expect(INCENTIVE_KINDS.map((k) => [k, incentiveUnit(k)])).toEqual([
      ['bonus', 'cny'],
      ['points', 'points'],
      ['equity', 'cny'],
      ['performance', 'cny'],
      ['recognition', 'points'],
      ['training_credit', 'points'],
    ]);
  });

  it('approves or rejects proposed awards and pays approved ones, nothing else', () => {
    const allowed = AWARD_STATUSES.flatMap((from) => AWARD_ACTIONS.map((action) => [from, action, awardTransition(from, action)])).filter(
      ([, , to]) => to !== null,
    );
    expect(allowed).toEqual([
      ['proposed', 'approve', 'approved'],
      ['proposed', 'reject', 'rejected'],
      ['approved', 'pay', 'paid'],
    ]);
  });
});

describe('incentive request schemas', () => {
  const scheme = { name: 'Task bonus', kind: 'bonus', trigger: 'task_done', amount: 200 };
  const errorsOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : fieldErrorsOf(result.error, input).map((e) => `${e.field}:${e.code}`);
  };

  it('takes amounts with at most two decimals within the bounds, as the scheme form does', () => {
    expect(errorsOf(CreateIncentiveSchemeRequestSchema, { ...scheme, amount: 99.95 })).toEqual([]);
    expect(errorsOf(CreateIncentiveSchemeRequestSchema, { ...scheme, amount: 1.005 })).toEqual(['amount:isNumber']);
    expect(errorsOf(CreateIncentiveSchemeRequestSchema, { ...scheme, amount: 0 })).toEqual(['amount:min']);
    expect(errorsOf(CreateIncentiveSchemeRequestSchema, { ...scheme, amount: INCENTIVE_AMOUNT_MAX + 1 })).toEqual(['amount:max']);
    expect(
      errorsOf(CreateIncentiveSchemeRequestSchema, { ...scheme, name: 'x'.repeat(INCENTIVE_SCHEME_NAME_MAX + 1), admin: true }).sort(),
    ).toEqual(['admin:whitelistValidation', 'name:maxLength']);
  });

  it('reads the active flag of the scheme list as true or false only', () => {
    expect(IncentiveSchemeQuerySchema.parse({ active: 'false' })).toEqual({ active: false });
    expect(errorsOf(IncentiveSchemeQuerySchema, { active: 'maybe' })).toEqual(['active:isIn']);
  });

  it('keeps a rejection reason within its limit and needs at least one skill on a training record', () => {
    expect(errorsOf(DecideAwardRequestSchema, { action: 'reject', reason: 'x'.repeat(AWARD_REJECTION_REASON_MAX + 1) })).toEqual([
      'reason:maxLength',
    ]);
    expect(DecideAwardRequestSchema.parse({ action: 'reject', reason: '  twice  ' })).toEqual({ action: 'reject', reason: 'twice' });
    const record = { course: 'Cloud ERP', provider: 'Yonyou', hours: 8, completedOn: '2026-05-20', skills: [] };
    expect(errorsOf(CreateTrainingRecordRequestSchema, record)).toEqual(['skills:min']);
    expect(errorsOf(UpdateTrainingRecordRequestSchema, { userId: '01a21f4d-0000-7000-8000-000000000001' })).toEqual([
      'userId:whitelistValidation',
    ]);
  });
});
