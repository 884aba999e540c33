import {
  AcceptInvitationRequestSchema,
  CreateTenantRequestSchema,
  InviteMemberRequestSchema,
  LoginRequestSchema,
  SwitchContextRequestSchema,
  UpdateMemberRequestSchema,
  UpdateTenantRequestSchema,
} from './identity';
import { DISPLAY_NAME_MAX } from './identity-constants';
import { fieldErrorsOf } from './schema';

function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldErrorsOf(result.error as never, input).map((e) => `${e.field}:${e.code}`);
}

const tenant = {
  name: ' Newco ',
  industrySection: 'C',
  industryDivision: '34',
  scale: 'small',
  region: '苏州工业园区',
  emerging: false,
  manufacturingType: 'discrete',
  ownerEmail: ' Boss@Newco.TEST ',
  ownerName: '新老板',
};

describe('identity request schemas', () => {
  it('trims and lower-cases emails before checking them', () => {
    expect(LoginRequestSchema.parse({ email: '  Owner@Acme.Xinzhi.TEST ', password: 'x' }).email).toBe('owner@acme.xinzhi.test');
    expect(errorsOf(LoginRequestSchema, { email: 'not-an-email', password: 'x', admin: true }).sort()).toEqual([
      'admin:whitelistValidation',
      'email:isEmail',
    ]);
  });

  it('names each wrong field of an invitation once, with the limit of a too long name', () => {
    expect(errorsOf(InviteMemberRequestSchema, { email: 'not-an-email', displayName: '', role: 'boss' }).sort()).toEqual([
      'displayName:required',
      'email:isEmail',
      'role:isIn',
    ]);
    const long = InviteMemberRequestSchema.safeParse({ email: 'a@b.cn', displayName: 'x'.repeat(DISPLAY_NAME_MAX + 1), role: 'employee' });
    expect(long.success ? [] : fieldErrorsOf(long.error, {})).toEqual([
      expect.objectContaining({ field: 'displayName', code: 'maxLength', limit: DISPLAY_NAME_MAX }),
    ]);
    expect(errorsOf(UpdateMemberRequestSchema, { departmentId: 'not-a-uuid' })).toEqual(['departmentId:isUuid']);
  });

  it('takes a blank credit code as none, in capitals otherwise, and refuses malformed ones', () => {
    expect(CreateTenantRequestSchema.parse({ ...tenant, creditCode: '  ' })).toMatchObject({
      name: 'Newco',
      ownerEmail: 'boss@newco.test',
      creditCode: undefined,
    });
    expect(CreateTenantRequestSchema.parse({ ...tenant, creditCode: '91320500ma1xk8ac3l' }).creditCode).toBe('91320500MA1XK8AC3L');
    expect(UpdateTenantRequestSchema.parse({ creditCode: '' })).toEqual({ creditCode: null });
    expect(UpdateTenantRequestSchema.parse({ creditCode: null })).toEqual({ creditCode: null });
    const bad = {
      ...tenant,
      name: '',
      ownerEmail: 'not-an-email',
      industrySection: 'Z',
      industryDivision: '7',
      scale: 'huge',
      creditCode: 'ABC',
      region: ' ',
    };
    expect(
      errorsOf(CreateTenantRequestSchema, bad)
        .map((e) => e.split(':')[0])
        .sort(),
    ).toEqual(['creditCode', 'industryDivision', 'industrySection', 'name', 'ownerEmail', 'region', 'scale']);
  });

  it('switches to a tenant or park by id, or to the platform by name', () => {
    expect(SwitchContextRequestSchema.safeParse({ type: 'platform', id: 'platform' }).success).toBe(true);
    expect(SwitchContextRequestSchema.safeParse({ type: 'tenant', id: '0190f5a4-1111-7000-8000-000000000001' }).success).toBe(true);
    expect(SwitchContextRequestSchema.safeParse({ type: 'tenant', id: 'acme' }).success).toBe(false);
  });

  it('refuses invitation tokens that cannot be one', () => {
    expect(errorsOf(AcceptInvitationRequestSchema, { token: 'short', password: 'a long passphrase' })).toEqual(['token:minLength']);
  });
});
