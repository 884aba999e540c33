import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import { EnterpriseScale, ManufacturingType, TenantRole } from '@xinzhi/shared-contracts';
import { acceptInvitation, AcceptedRow } from '../invitations/invitations.data';

// The demo park's people (demo/demo-identity.ts): each step looks for what is there before adding it.

/**
 * The platform operator, whom no invitation can create: inserted on the owner's connection
 * (the application may not insert users). Does nothing when the email is taken.
 */
export async function insertOperator(owner: EntityManager, email: string, displayName: string, passwordHash: string): Promise<void> {
  const c: Row<'users', 'email' | 'display_name' | 'password_hash' | 'platform_operator'> = {
    email,
    display_name: displayName,
    password_hash: passwordHash,
    platform_operator: true,
  };
  await execute(
    owner,
    `INSERT INTO users (email, display_name, password_hash, platform_operator) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING`,
    [c.email, c.display_name, c.password_hash, c.platform_operator],
  );
}

/** The id of the account behind an email (SECURITY DEFINER), or null. */
export async function userIdByEmail(m: EntityManager, email: string): Promise<string | null> {
  const [row] = await selectRows<Row<'users', 'id'>>(m, 'SELECT id FROM auth_user_by_email($1)', [email]);
  return row?.id ?? null;
}

/**
 * A demo row's name before the demo was written in one language was "<name> <English name>" (e.g.
 * "总经办 Management"): the lookups by name also find that form and rename the row, so a database
 * seeded before loads on without duplicates.
 */
const LEGACY_NAME = `starts_with(name, $1 || ' ') AND substr(name, char_length($1) + 2) ~ '^[A-Za-z0-9]' AND substr(name, char_length($1) + 2) !~ '[\u4e00-\u9fff]'`;

export async function parkIdByName(m: EntityManager, name: string): Promise<string | null> {
  const [row] = await selectRows<Row<'parks', 'id'>>(m, 'SELECT id FROM parks WHERE lower(name) = lower($1)', [name]);
  if (row) return row.id;
  const [legacy] = await selectRows<Row<'parks', 'id'>>(
    m,
    `WITH renamed AS (UPDATE parks SET name = $1 WHERE ${LEGACY_NAME} RETURNING id) SELECT id FROM renamed`,
    [name],
  );
  return legacy?.id ?? null;
}

export async function insertDemoPark(m: EntityManager, name: string, region: string): Promise<string> {
  const c: Row<'parks', 'name' | 'region'> = { name, region };
  const [row] = await selectRows<Row<'parks', 'id'>>(m, 'INSERT INTO parks (name, region) VALUES ($1, $2) RETURNING id', [
    c.name,
    c.region,
  ]);
  return row.id;
}

/** Invites a park's administrator with a one-day link and accepts it at once with the demo password. */
export async function addDemoParkAdmin(
  m: EntityManager,
  parkId: string,
  admin: { email: string; name: string },
  tokenHash: string,
  passwordHash: string,
): Promise<AcceptedRow> {
  const c: Row<'park_invitations', 'email' | 'display_name' | 'token_hash'> = {
    email: admin.email,
    display_name: admin.name,
    token_hash: tokenHash,
  };
  await execute(
    m,
    `INSERT INTO park_invitations (park_id, email, display_name, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + interval '1 day')`,
    [parkId, c.email, c.display_name, c.token_hash],
  );
  return acceptInvitation(m, tokenHash, passwordHash, null);
}

/** A tenant of the acting park by name (case-insensitive), or null. */
export async function parkTenantIdByName(m: EntityManager, name: string): Promise<string | null> {
  const [row] = await selectRows<Row<'tenants', 'id'>>(
    m,
    'SELECT id FROM tenants WHERE park_id = app_park_id() AND lower(name) = lower($1)',
    [name],
  );
  if (row) return row.id;
  const [legacy] = await selectRows<Row<'tenants', 'id'>>(
    m,
    `WITH renamed AS (UPDATE tenants SET name = $1 WHERE park_id = app_park_id() AND ${LEGACY_NAME} RETURNING id) SELECT id FROM renamed`,
    [name],
  );
  return legacy?.id ?? null;
}

/** Adds a demo tenant to the acting park; returns its id. */
export async function insertDemoTenant(
  m: EntityManager,
  t: {
    name: string;
    creditCode: string;
    section: string;
    division: string;
    scale: EnterpriseScale;
    region: string;
    emerging: boolean;
    manufacturingType: ManufacturingType;
    showcase: boolean;
  },
): Promise<string> {
  const c: Row<
    'tenants',
    'name' | 'credit_code' | 'industry_section' | 'industry_division' | 'scale' | 'region' | 'emerging' | 'manufacturing_type' | 'showcase'
  > = {
    name: t.name,
    credit_code: t.creditCode,
    industry_section: t.section,
    industry_division: t.division,
    scale: t.scale,
    region: t.region,
    emerging: t.emerging,
    manufacturing_type: t.manufacturingType,
    showcase: t.showcase,
  };
  const [row] = await selectRows<Row<'tenants', 'id'>>(
    m,
    `INSERT INTO tenants (park_id, name, credit_code, industry_section, industry_division, scale, region, emerging, manufacturing_type, showcase)
         VALUES (app_park_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [c.name, c.credit_code, c.industry_section, c.industry_division, c.scale, c.region, c.emerging, c.manufacturing_type, c.showcase],
  );
  return row.id;
}

/** The acting tenant's department of this name (case-insensitive), added when missing; returns its id. */
export async function ensureDemoDepartment(m: EntityManager, name: string): Promise<string> {
  const [found] = await selectRows<Row<'departments', 'id'>>(m, 'SELECT id FROM departments WHERE lower(name) = lower($1)', [name]);
  if (found) return found.id;
  const [legacy] = await selectRows<Row<'departments', 'id'>>(
    m,
    `WITH renamed AS (UPDATE departments SET name = $1 WHERE ${LEGACY_NAME} RETURNING id) SELECT id FROM renamed`,
    [name],
  );
  if (legacy) return legacy.id;
  const c: Row<'departments', 'name'> = { name };
  const [row] = await selectRows<Row<'departments', 'id'>>(
    m,
    'INSERT INTO departments (tenant_id, name) VALUES (app_tenant_id(), $1) RETURNING id',
    [c.name],
  );
  return row.id;
}

/** Whether the user is a member of the acting tenant. */
export async function isTenantMember(m: EntityManager, userId: string): Promise<boolean> {
  return (
    (await selectRows<Row<'tenant_memberships', 'id'>>(m, 'SELECT id FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0
  );
}

/** Invites a person into the acting tenant with a one-day link and accepts it at once with the demo password. */
export async function addDemoMember(
  m: EntityManager,
  person: { email: string; name: string; role: TenantRole; departmentId: string; title: string },
  tokenHash: string,
  passwordHash: string,
): Promise<AcceptedRow> {
  const c: Row<'tenant_invitations', 'email' | 'display_name' | 'role' | 'department_id' | 'job_title' | 'token_hash'> = {
    email: person.email,
    display_name: person.name,
    role: person.role,
    department_id: person.departmentId,
    job_title: person.title,
    token_hash: tokenHash,
  };
  await execute(
    m,
    `INSERT INTO tenant_invitations (tenant_id, email, display_name, role, department_id, job_title, token_hash, expires_at)
             VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, now() + interval '1 day')`,
    [c.email, c.display_name, c.role, c.department_id, c.job_title, c.token_hash],
  );
  return acceptInvitation(m, tokenHash, passwordHash, null);
}
