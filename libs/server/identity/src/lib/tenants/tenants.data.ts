import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { Tenant, UpdateTenantRequest } from '@xinzhi/shared-contracts';
import { assignments } from '../assignments';

type TenantRow = Row<'tenants'> & {
  owner_email: Col<'users', 'email'> | Col<'tenant_invitations', 'email'> | null;
  owner_status: Tenant['ownerStatus'];
  maturity_level: Col<'assessments', 'level'>;
  maturity_points: Col<'assessments', 'total_points'>;
  assessed_on: Col<'assessments', 'assessed_on'>;
};

/**
 * Tenants with their owner's contact (the active owner, else the open owner invitation) and the
 * level, points and day of their latest scored maturity assessment — read through
 * `park_tenant_maturity()`, which gives the acting park those three facts and nothing else.
 */
const TENANTS = `
  SELECT t.*,
    coalesce(o.email, i.email) AS owner_email,
    CASE WHEN o.email IS NOT NULL THEN 'active' WHEN i.email IS NOT NULL THEN 'invited' ELSE 'none' END AS owner_status,
    mt.level AS maturity_level, mt.total_points AS maturity_points, mt.assessed_on
  FROM tenants t
  LEFT JOIN park_tenant_maturity() mt ON mt.tenant_id = t.id
  LEFT JOIN LATERAL (SELECT u.email FROM tenant_memberships m JOIN users u ON u.id = m.user_id
                      WHERE m.tenant_id = t.id AND m.role = 'owner' ORDER BY m.created_at LIMIT 1) o ON true
  LEFT JOIN LATERAL (SELECT inv.email FROM tenant_invitations inv
                      WHERE inv.tenant_id = t.id AND inv.role = 'owner' AND inv.accepted_at IS NULL AND inv.revoked_at IS NULL
                      ORDER BY inv.created_at DESC LIMIT 1) i ON true`;

function toTenant(r: TenantRow): Tenant {
  return {
    id: r.id,
    parkId: r.park_id,
    name: r.name,
    creditCode: r.credit_code,
    industrySection: r.industry_section,
    industryDivision: r.industry_division,
    scale: r.scale,
    region: r.region,
    emerging: r.emerging,
    manufacturingType: r.manufacturing_type,
    showcase: r.showcase,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    ownerEmail: r.owner_email,
    ownerStatus: r.owner_status,
    maturityLevel: r.maturity_level,
    maturityPoints: r.maturity_points === null ? null : Number(r.maturity_points),
    assessedOn: r.assessed_on,
  };
}

/** What a park administrator sets of a tenant; `showcase` starts false. */
export type TenantFields = Pick<
  Tenant,
  'name' | 'creditCode' | 'industrySection' | 'industryDivision' | 'scale' | 'region' | 'emerging' | 'manufacturingType'
>;

/** A tenant of the acting park, or null. */
export async function findParkTenant(m: EntityManager, id: string): Promise<Tenant | null> {
  const [row] = await selectRows<TenantRow>(m, `${TENANTS} WHERE t.id = $1 AND t.park_id = app_park_id()`, [id]);
  return row ? toTenant(row) : null;
}

/** The acting park's tenants in id order after the cursor `after`, at most `limit`. */
export async function listParkTenants(m: EntityManager, after: string | null, limit: number): Promise<Tenant[]> {
  const rows = await selectRows<TenantRow>(
    m,
    `${TENANTS} WHERE t.park_id = app_park_id() AND ($1::uuid IS NULL OR t.id > $1::uuid) ORDER BY t.id LIMIT $2`,
    [after, limit],
  );
  return rows.map(toTenant);
}

/** Adds a tenant to the acting park; returns its id. */
export async function insertTenant(m: EntityManager, fields: TenantFields): Promise<string> {
  const c: Row<
    'tenants',
    'name' | 'credit_code' | 'industry_section' | 'industry_division' | 'scale' | 'region' | 'emerging' | 'manufacturing_type' | 'showcase'
  > = {
    name: fields.name,
    credit_code: fields.creditCode,
    industry_section: fields.industrySection,
    industry_division: fields.industryDivision,
    scale: fields.scale,
    region: fields.region,
    emerging: fields.emerging,
    manufacturing_type: fields.manufacturingType,
    showcase: false,
  };
  const [row] = await selectRows<Row<'tenants', 'id'>>(
    m,
    `INSERT INTO tenants (park_id, name, credit_code, industry_section, industry_division, scale, region, emerging, manufacturing_type, showcase)
          VALUES (app_park_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [c.name, c.credit_code, c.industry_section, c.industry_division, c.scale, c.region, c.emerging, c.manufacturing_type, c.showcase],
  );
  return row.id;
}

/** Changes the fields given (undefined keeps a field, a null credit code clears it). */
export async function updateTenant(m: EntityManager, id: string, changes: UpdateTenantRequest): Promise<void> {
  const c: Partial<
    Row<
      'tenants',
      'name' | 'credit_code' | 'industry_section' | 'industry_division' | 'scale' | 'region' | 'emerging' | 'manufacturing_type'
    >
  > = {
    name: changes.name,
    credit_code: changes.creditCode,
    industry_section: changes.industrySection,
    industry_division: changes.industryDivision,
    scale: changes.scale,
    region: changes.region,
    emerging: changes.emerging,
    manufacturing_type: changes.manufacturingType,
  };
  const { set, params } = assignments(c, 2);
  await execute(m, `UPDATE tenants SET ${[...set, 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...params]);
}
