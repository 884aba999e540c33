import type {
  AuditEvent,
  CreateParkResponse,
  CreateTenantResponse,
  Department,
  InvitationPreview,
  InviteMemberResponse,
  MeResponse,
  Member,
  Page,
  Problem,
  Tenant,
  TokenResponse,
} from '@xinzhi/shared-contracts';
import { DEPARTMENT_NAME_MAX } from '@xinzhi/shared-contracts';
import { ApiProcess, call, joinTenant, Session, signIn, startApi } from '@xinzhi/testing';

const run = Date.now().toString(36);
const tokenOf = (acceptUrl: string) => acceptUrl.split('/invite/')[1];

let api: ApiProcess;
let owner: Session;

beforeAll(async () => {
  api = await startApi();
  owner = await signIn(api.url, 'owner@cloudway.xinzhi.test');
});
afterAll(() => api?.stop());

const as = <T>(session: Session, method: string, path: string, body?: unknown) =>
  call<T>(api.url, method, path, { token: session.accessToken, body });

/** A member who joined just now (each test makes its own, so the suite can run again on the same data). */
async function freshMember(by: Session, label: string, role = 'employee'): Promise<{ email: string; memberId: string }> {
  const email = `${label}.${run}@cloudway.xinzhi.test`;
  await joinTenant(api.url, by, email, role, 'Xinzhi-Demo-2026', label);
  const members = (await as<Page<Member>>(by, 'GET', '/api/members?limit=200')).body.items;
  return { email, memberId: (members.find((m) => m.email === email) as Member).id };
}

describe('members and invitations', () => {
  it('invites a member who accepts, signs in and appears as active', async () => {
    const dept = await as<Department>(owner, 'POST', '/api/departments', { name: `仓储 Warehousing ${run}` });
    expect(dept.status).toBe(201);
    const email = `new.${run}@cloudway.xinzhi.test`;
    const invited = await as<InviteMemberResponse>(owner, 'POST', '/api/members', {
      email: email.toUpperCase(),
      displayName: '新同事',
      role: 'employee',
      departmentId: dept.body.id,
      jobTitle: '仓管员',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.member).toMatchObject({ email, status: 'invited', departmentName: dept.body.name });
    expect(invited.body.invitation.acceptUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    const token = tokenOf(invited.body.invitation.acceptUrl);
    const preview = await call<InvitationPreview>(api.url, 'GET', `/api/invitations/${token}`);
    expect(preview.body).toMatchObject({
      email,
      contextType: 'tenant',
      contextName: 'Cloudway Logistics Services',
      role: 'employee',
      existingUser: false,
    });

    const weak = await call<Problem>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: 'qwerty123' } });
    expect(weak.status).toBe(400);
    const accepted = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', {
      body: { token, password: 'a long passphrase for the warehouse' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.context).toMatchObject({ type: 'tenant', role: 'employee' });
    // The link works once.
    expect((await call(api.url, 'GET', `/api/invitations/${token}`)).status).toBe(404);
    expect(
      (await call(api.url, 'POST', '/api/invitations/accept', { body: { token, password: 'a long passphrase for the warehouse' } })).status,
    ).toBe(404);

    await signIn(api.url, email, 'a long passphrase for the warehouse');
    const member = await as<Member>(owner, 'GET', `/api/members/${invited.body.member.id}`);
    expect(member.status).toBe(404); // the invitation became a membership with its own id
    const list = await as<Page<Member>>(owner, 'GET', '/api/members?limit=200');
    expect(list.body.items.find((m) => m.email === email)).toMatchObject({
      status: 'active',
      jobTitle: '仓管员',
      departmentId: dept.body.id,
    });

    const audit = await as<Page<AuditEvent>>(owner, 'GET', '/api/audit-events?limit=20');
    expect(audit.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['member.invited', 'member.joined', 'department.created']),
    );
  });

  it('answers bad invitations with field errors and keeps what was stored', async () => {
    const before = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items.length;
    const bad = await as<Problem>(owner, 'POST', '/api/members', { email: 'not-an-email', displayName: '', role: 'boss' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['displayName', 'email', 'role']);

    const brightchem = await signIn(api.url, 'owner@brightchem.xinzhi.test');
    const foreignDept = (await as<Page<Department>>(brightchem, 'GET', '/api/departments')).body.items[0].id;
    const foreign = await as<Problem>(owner, 'POST', '/api/members', {
      email: `x.${run}@cloudway.xinzhi.test`,
      displayName: 'X',
      role: 'employee',
      departmentId: foreignDept,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors?.[0].field).toBe('departmentId');

    const duplicate = await as<Problem>(owner, 'POST', '/api/members', {
      email: 'employee@cloudway.xinzhi.test',
      displayName: 'Again',
      role: 'employee',
    });
    expect(duplicate.status).toBe(409);
    expect((await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items.length).toBe(before);
  });

  it('changes roles (audited), protects the last owner, and removes members', async () => {
    const members = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=200')).body.items;
    const me = members.find((m) => m.email === 'owner@cloudway.xinzhi.test') as Member;
    const demote = await as<Problem>(owner, 'PATCH', `/api/members/${me.id}`, { role: 'leader' });
    expect(demote.status).toBe(409);
    expect((await as<Problem>(owner, 'DELETE', `/api/members/${me.id}`)).status).toBe(409);

    const fresh = await freshMember(owner, 'promoted');
    const promoted = await as<Member>(owner, 'PATCH', `/api/members/${fresh.memberId}`, { role: 'team_lead' });
    expect(promoted.body.role).toBe('team_lead');
    const audit = await as<Page<AuditEvent>>(owner, 'GET', '/api/audit-events?limit=5');
    expect(audit.body.items[0]).toMatchObject({
      action: 'member.role_changed',
      subject: fresh.email,
      actorEmail: 'owner@cloudway.xinzhi.test',
      detail: { from: 'employee', to: 'team_lead' },
    });

    const invited = await as<InviteMemberResponse>(owner, 'POST', '/api/members', {
      email: `temp.${run}@cloudway.xinzhi.test`,
      displayName: 'Temp',
      role: 'employee',
    });
    expect((await as(owner, 'DELETE', `/api/members/${invited.body.member.id}`)).status).toBe(204);
    expect((await as(owner, 'GET', `/api/members/${invited.body.member.id}`)).status).toBe(404);
    expect((await call(api.url, 'GET', `/api/invitations/${tokenOf(invited.body.invitation.acceptUrl)}`)).status).toBe(404);
  });

  it('keeps department names unique and members when a department goes', async () => {
    const name = `客服二部 Service 2 ${run}`;
    const created = await as<Department>(owner, 'POST', '/api/departments', { name });
    expect((await as<Problem>(owner, 'POST', '/api/departments', { name: name.toUpperCase() })).status).toBe(409);
    expect((await as<Problem>(owner, 'POST', '/api/departments', { name: '   ' })).status).toBe(400);
    const long = await as<Problem>(owner, 'POST', '/api/departments', { name: 'x'.repeat(DEPARTMENT_NAME_MAX + 1) });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'maxLength', limit: DEPARTMENT_NAME_MAX })]);
    const fresh = await freshMember(owner, 'moved');
    await as(owner, 'PATCH', `/api/members/${fresh.memberId}`, { departmentId: created.body.id });
    expect((await as<Department>(owner, 'GET', `/api/departments/${created.body.id}`)).body.memberCount).toBe(1);
    expect((await as(owner, 'DELETE', `/api/departments/${created.body.id}`)).status).toBe(204);
    const after = await as<Member>(owner, 'GET', `/api/members/${fresh.memberId}`);
    expect(after.status).toBe(200);
    expect(after.body.departmentId).toBeNull();
  });

  it('lets an existing account join a second enterprise with its own password', async () => {
    const fresh = await freshMember(owner, 'twohats');
    const delta = await signIn(api.url, 'owner@delta.xinzhi.test');
    const invite = await as<InviteMemberResponse>(delta, 'POST', '/api/members', {
      email: fresh.email,
      displayName: '两家公司',
      role: 'employee',
    });
    expect(invite.status).toBe(201);
    const token = tokenOf(invite.body.invitation.acceptUrl);
    expect((await call<InvitationPreview>(api.url, 'GET', `/api/invitations/${token}`)).body.existingUser).toBe(true);
    expect((await call(api.url, 'POST', '/api/invitations/accept', { body: { token, password: 'guessing-their-password' } })).status).toBe(
      400,
    );
    const joined = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: 'Xinzhi-Demo-2026' } });
    expect(joined.status).toBe(200);
    const me = await call<MeResponse>(api.url, 'GET', '/api/me', { token: joined.body.accessToken });
    expect(me.body.memberships.map((m) => m.name).sort()).toEqual(['Cloudway Logistics Services', 'Delta Foods']);
    expect(me.body.context?.id).toBe(delta.context?.id);
  });
});

describe('parks and their tenants', () => {
  const tenantBody = (name: string, ownerEmail: string) => ({
    name,
    creditCode: '',
    industrySection: 'C',
    industryDivision: '39',
    scale: 'small',
    region: '苏州工业园区',
    emerging: true,
    manufacturingType: 'discrete',
    ownerEmail,
    ownerName: '新老板',
  });

  it('lets a park administrator onboard a tenant whose owner accepts and signs in', async () => {
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    const ownerEmail = `owner.${run}@newco.xinzhi.test`;
    const created = await as<CreateTenantResponse>(park, 'POST', '/api/park/tenants', tenantBody(`Newco Electronics ${run}`, ownerEmail));
    expect(created.status).toBe(201);
    expect(created.body.tenant).toMatchObject({ ownerEmail, ownerStatus: 'invited', industrySection: 'C', creditCode: null });

    const accepted = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', {
      body: { token: tokenOf(created.body.invitation.acceptUrl), password: 'newco owner passphrase' },
    });
    expect(accepted.body.context).toEqual({ type: 'tenant', id: created.body.tenant.id, role: 'owner' });
    const newOwner = await signIn(api.url, ownerEmail, 'newco owner passphrase');
    expect((await as<Page<Member>>(newOwner, 'GET', '/api/members')).body.items).toEqual([
      expect.objectContaining({ email: ownerEmail, role: 'owner', status: 'active' }),
    ]);
    expect((await as<Tenant>(park, 'GET', `/api/park/tenants/${created.body.tenant.id}`)).body.ownerStatus).toBe('active');

    const park2 = await signIn(api.url, 'park2.admin@xinzhi.test');
    expect((await as(park2, 'GET', `/api/park/tenants/${created.body.tenant.id}`)).status).toBe(404);
  });

  it('validates the classification and refuses duplicates', async () => {
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    const bad = await as<Problem>(park, 'POST', '/api/park/tenants', {
      ...tenantBody('', 'not-an-email'),
      industrySection: 'Z',
      industryDivision: '7',
      scale: 'huge',
      creditCode: 'ABC',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual([
      'creditCode',
      'industryDivision',
      'industrySection',
      'name',
      'ownerEmail',
      'scale',
    ]);
    const dup = await as<Problem>(park, 'POST', '/api/park/tenants', tenantBody('Acme Precision Machining', `dup.${run}@x.xinzhi.test`));
    expect(dup.status).toBe(409);
    expect(dup.body.errors?.[0].field).toBe('name');
    const list = await as<Page<Tenant>>(park, 'GET', '/api/park/tenants?limit=200');
    expect(list.body.items.filter((t) => t.name === 'Acme Precision Machining')).toHaveLength(1);
    const edited = await as<Tenant>(park, 'PATCH', `/api/park/tenants/${list.body.items[0].id}`, { scale: 'medium' });
    expect(edited.body).toMatchObject({ scale: 'medium' });
    // The showcase flag follows the owner's consent: the park cannot set it.
    expect((await as(park, 'PATCH', `/api/park/tenants/${list.body.items[0].id}`, { showcase: true })).status).toBe(400);
    await as(park, 'PATCH', `/api/park/tenants/${list.body.items[0].id}`, { scale: list.body.items[0].scale });
  });

  it('lets the platform operator create a park whose first administrator accepts', async () => {
    const operator = await signIn(api.url, 'operator@xinzhi.test');
    const adminEmail = `admin.${run}@newpark.xinzhi.test`;
    const created = await as<CreateParkResponse>(operator, 'POST', '/api/platform/parks', {
      name: `新区产业园 New Park ${run}`,
      region: '上海',
      adminEmail,
      adminName: '新园长',
    });
    expect(created.status).toBe(201);
    expect(created.body.park.adminEmails).toEqual([adminEmail]);
    const accepted = await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', {
      body: { token: tokenOf(created.body.invitation.acceptUrl), password: 'new park admin passphrase' },
    });
    expect(accepted.body.context).toEqual({ type: 'park', id: created.body.park.id, role: 'park_admin' });
    const tenants = await call<Page<Tenant>>(api.url, 'GET', '/api/park/tenants', { token: accepted.body.accessToken });
    expect(tenants.body.items).toEqual([]);
    const parks = await as<Page<{ name: string; tenantCount: number }>>(operator, 'GET', '/api/platform/parks?limit=200');
    expect(parks.body.items.find((p) => p.name.startsWith('示范'))?.tenantCount).toBeGreaterThanOrEqual(3);
  });
});
