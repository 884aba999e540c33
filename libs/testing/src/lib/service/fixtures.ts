import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ActorContext } from '@xinzhi/server-core';
import type { TenantRole } from '@xinzhi/shared-contracts';
import type { ServiceTest } from './service-test';

/** Unique per test file run, so files and repeated runs on one database never meet. */
export const serviceRunId = (): string => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/**
 * A password hash no password matches: fixture people never sign in (the service layer takes the
 * acting user from the context), and hashing a real password would cost more than the test.
 */
const UNUSABLE_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VydmljZS10ZXN0cw$bm8tcGFzc3dvcmQtbWF0Y2hlcy10aGlz';

export interface FixturePerson {
  key: string;
  userId: string;
  /** The membership's id (what the members service calls a member's id). */
  membershipId: string;
  email: string;
  role: TenantRole;
}

export interface TenantFixture {
  id: string;
  parkId: string;
  name: string;
  people: Record<string, FixturePerson>;
  /** The context a request of this person in this tenant runs in (what the auth guard would set). */
  actor(key: string): ActorContext;
  /** The tenant's context without a user (jobs, fixture writes). */
  system(): ActorContext;
}

const context = (over: Partial<ActorContext>): ActorContext => ({
  requestId: `service-test-${randomBytes(4).toString('hex')}`,
  userId: null,
  tenantId: null,
  parkId: null,
  role: null,
  platformOperator: false,
  ...over,
});

/**
 * A new park and enterprise with the given people (key → role), made through the product's own
 * paths as the application role: the park in the platform context, the tenant in its park's, each
 * person by an invitation accepted with the SECURITY DEFINER function `invitation_accept`.
 */
export async function freshTenant(t: ServiceTest, people: Record<string, TenantRole>, label = 'svc'): Promise<TenantFixture> {
  const run = serviceRunId();
  const name = `Service test ${label} ${run}`;
  const parkId: string = await t.tx.runAs(
    context({ platformOperator: true }),
    async (m) => (await m.query('INSERT INTO parks (name, region) VALUES ($1, $2) RETURNING id', [`Park of ${name}`, 'test']))[0].id,
  );
  const tenantId: string = await t.tx.runAs(
    context({ parkId }),
    async (m) =>
      (
        await m.query(
          `INSERT INTO tenants (park_id, name, industry_section, industry_division, scale, manufacturing_type)
       VALUES (app_park_id(), $1, 'C', '34', 'small', 'discrete') RETURNING id`,
          [name],
        )
      )[0].id,
  );
  const made: Record<string, FixturePerson> = {};
  await t.tx.runAs(context({ tenantId }), async (m) => {
    for (const [key, role] of Object.entries(people)) {
      const email = `${key.toLowerCase()}.${label}.${run}@service.xinzhi.test`;
      const token = `svc-${randomBytes(16).toString('hex')}`;
      await m.query(
        `INSERT INTO tenant_invitations (tenant_id, email, display_name, role, token_hash, expires_at)
         VALUES (app_tenant_id(), $1, $2, $3, $4, now() + interval '1 hour')`,
        [email, `${key} ${run}`, role, token],
      );
      const [{ user_id }] = await m.query('SELECT user_id FROM invitation_accept($1, $2, NULL)', [token, UNUSABLE_PASSWORD_HASH]);
      const [{ id }] = await m.query('SELECT id FROM tenant_memberships WHERE user_id = $1', [user_id]);
      made[key] = { key, userId: user_id, membershipId: id, email, role };
    }
  });
  return {
    id: tenantId,
    parkId,
    name,
    people: made,
    actor(key: string): ActorContext {
      const person = made[key];
      if (!person) throw new Error(`no person "${key}" in ${name}`);
      return context({ tenantId, userId: person.userId, role: person.role });
    },
    system: () => context({ tenantId }),
  };
}

/** Runs fixture SQL in the tenant's own context, as the application role (RLS applies). */
export function inTenant<T>(t: ServiceTest, tenant: TenantFixture, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return t.tx.runAs(tenant.system(), work);
}

export interface ProjectFixture {
  id: string;
  /** Team name → team id. */
  teams: Record<string, string>;
}

/**
 * A project of the tenant with teams (name → lead's person key, or null), written directly: the
 * project rules have their own tests; these are the stage for others.
 */
export async function freshProject(
  t: ServiceTest,
  tenant: TenantFixture,
  teams: Record<string, string | null> = {},
  name = 'Project',
): Promise<ProjectFixture> {
  return inTenant(t, tenant, async (m) => {
    const [{ id }] = await m.query(
      `INSERT INTO projects (tenant_id, name, start_date, target_date) VALUES (app_tenant_id(), $1, current_date - 30, current_date + 60) RETURNING id`,
      [`${name} ${serviceRunId()}`],
    );
    const made: Record<string, string> = {};
    for (const [team, lead] of Object.entries(teams)) {
      const leadId = lead ? tenant.people[lead]?.userId : null;
      if (lead && !leadId) throw new Error(`no person "${lead}" to lead team ${team}`);
      made[team] = (
        await m.query('INSERT INTO teams (tenant_id, project_id, name, lead_user_id) VALUES (app_tenant_id(), $1, $2, $3) RETURNING id', [
          id,
          team,
          leadId,
        ])
      )[0].id;
    }
    return { id, teams: made };
  });
}
