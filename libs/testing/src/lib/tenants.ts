import type { CreateTenantRequest, CreateTenantResponse, InviteMemberResponse, TokenResponse } from '@xinzhi/shared-contracts';
import { call, type Session, signIn } from './http';

const tokenOf = (acceptUrl: string) => acceptUrl.split('/invite/')[1];
let made = 0;

/**
 * What a suite may set on its tenant: the owner's name, the classification the park sees, and the
 * park administrator who onboards it (by default the first demo park's, `park.admin@xinzhi.test`).
 */
export type TenantProfile = Partial<
  Pick<CreateTenantRequest, 'ownerName' | 'industrySection' | 'industryDivision' | 'scale' | 'region' | 'emerging' | 'manufacturingType'>
> & { parkAdmin?: string };

/**
 * A new enterprise in a demo park, made through its administrator, with its owner signed in
 * (password `password`): a suite's own tenant, so no test leans on demo members or their data.
 * `profile` overrides the owner's name (`老板`), the classification (small discrete manufacturer,
 * C39, 苏州工业园区) and the park (the first demo park's administrator onboards it).
 */
export async function freshTenant(
  baseUrl: string,
  label: string,
  password: string,
  { parkAdmin = 'park.admin@xinzhi.test', ...profile }: TenantProfile = {},
): Promise<{ owner: Session; tenantId: string; tenantName: string }> {
  const park = await signIn(baseUrl, parkAdmin);
  const stamp = `${Date.now().toString(36)}.${process.pid}.${++made}`;
  const ownerEmail = `owner.${stamp}@${label}.xinzhi.test`;
  const tenantName = `${label} ${stamp}`;
  const created = await call<CreateTenantResponse>(baseUrl, 'POST', '/api/park/tenants', {
    token: park.accessToken,
    body: {
      name: tenantName,
      industrySection: 'C',
      industryDivision: '39',
      scale: 'small',
      region: '苏州工业园区',
      emerging: false,
      manufacturingType: 'discrete',
      ownerEmail,
      ownerName: '老板',
      ...profile,
    },
  });
  if (created.status !== 201) throw new Error(`tenant not created: ${created.status} ${JSON.stringify(created.body)}`);
  const accepted = await call<TokenResponse>(baseUrl, 'POST', '/api/invitations/accept', {
    body: { token: tokenOf(created.body.invitation.acceptUrl), password },
  });
  if (accepted.status !== 200 && accepted.status !== 201) throw new Error(`owner not joined: ${accepted.status}`);
  return {
    owner: { email: ownerEmail, accessToken: accepted.body.accessToken, cookie: '', context: accepted.body.context },
    tenantId: created.body.tenant.id,
    tenantName,
  };
}

/**
 * Invites `email` (a new account, or an existing one joining with its password) into the owner's
 * enterprise with `role`; they accept and are signed in there.
 */
export async function joinTenant(
  baseUrl: string,
  owner: Session,
  email: string,
  role: string,
  password: string,
  displayName = '员工',
): Promise<Session> {
  const invited = await call<InviteMemberResponse>(baseUrl, 'POST', '/api/members', {
    token: owner.accessToken,
    body: { email, displayName, role },
  });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const accepted = await call<TokenResponse>(baseUrl, 'POST', '/api/invitations/accept', {
    body: { token: tokenOf(invited.body.invitation.acceptUrl), password },
  });
  if (accepted.status !== 200 && accepted.status !== 201)
    throw new Error(`not joined: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { email, accessToken: accepted.body.accessToken, cookie: '', context: accepted.body.context };
}
