import { IdentityHttpModule, MembersService } from '@xinzhi/server-identity';
import { freshTenant, refusal, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/** An enterprise always has an owner: the last one can be neither demoted nor removed. */
describe('MembersService: the last owner', () => {
  let t: ServiceTest;
  let members: MembersService;
  let tenant: TenantFixture;

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [IdentityHttpModule] });
    members = t.get(MembersService);
    tenant = await freshTenant(t, { founder: 'owner', partner: 'leader', clerk: 'employee' }, 'owners');
  });
  afterAll(() => t?.close());

  const asFounder = <T>(work: () => Promise<T>) => t.as(tenant.actor('founder'), work);
  const member = (key: string) => tenant.people[key].membershipId;
  const roleOf = async (key: string) => (await asFounder(() => members.get(member(key)))).role;

  it('refuses to demote or remove the only owner', async () => {
    const demote = await refusal(asFounder(() => members.update(member('founder'), { role: 'leader' })));
    expect(demote).toMatchObject({ status: 409, errors: [expect.objectContaining({ field: 'role' })] });
    expect(demote.detail).toMatch(/last owner/);
    expect((await refusal(asFounder(() => members.remove(member('founder'))))).status).toBe(409);
    expect(await roleOf('founder')).toBe('owner');
  });

  it('changes other members’ roles freely', async () => {
    expect((await asFounder(() => members.update(member('clerk'), { role: 'team_lead' }))).role).toBe('team_lead');
    expect(await roleOf('clerk')).toBe('team_lead');
  });

  it('lets an owner step down once there is another owner, who is then the last one', async () => {
    expect((await asFounder(() => members.update(member('partner'), { role: 'owner' }))).role).toBe('owner');
    expect((await asFounder(() => members.update(member('founder'), { role: 'leader' }))).role).toBe('leader');

    const asPartner = <T>(work: () => Promise<T>) => t.as(tenant.actor('partner'), work);
    expect((await refusal(asPartner(() => members.update(member('partner'), { role: 'employee' })))).status).toBe(409);
    expect((await refusal(asPartner(() => members.remove(member('partner'))))).status).toBe(409);
    // Removing someone who is not the last owner works.
    await asPartner(() => members.remove(member('clerk')));
    expect((await refusal(asPartner(() => members.get(member('clerk'))))).status).toBe(404);
  });
});
