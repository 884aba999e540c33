import { EntityManager } from 'typeorm';
import { Col, Row, selectRows } from '@xinzhi/server-db';
import { Park } from '@xinzhi/shared-contracts';

type ParkRow = Row<'parks', 'id' | 'name' | 'region' | 'created_at'> & { tenant_count: number; admin_emails: Col<'users', 'email'>[] };

/** Parks with their tenant count and their administrators' emails, joined or invited. */
const PARKS = `
  SELECT p.id, p.name, p.region, p.created_at,
    (SELECT count(*)::int FROM tenants t WHERE t.park_id = p.id) AS tenant_count,
    array(SELECT u.email FROM park_memberships pm JOIN users u ON u.id = pm.user_id WHERE pm.park_id = p.id
          UNION SELECT i.email FROM park_invitations i WHERE i.park_id = p.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          ORDER BY 1) AS admin_emails
  FROM parks p`;

function toPark(r: ParkRow): Park {
  return {
    id: r.id,
    name: r.name,
    region: r.region,
    tenantCount: r.tenant_count,
    adminEmails: r.admin_emails,
    createdAt: r.created_at.toISOString(),
  };
}

export async function findPark(m: EntityManager, id: string): Promise<Park | null> {
  const [row] = await selectRows<ParkRow>(m, `${PARKS} WHERE p.id = $1`, [id]);
  return row ? toPark(row) : null;
}

/** Parks in id order after the cursor `after`, at most `limit`. */
export async function listParks(m: EntityManager, after: string | null, limit: number): Promise<Park[]> {
  const rows = await selectRows<ParkRow>(m, `${PARKS} WHERE ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`, [after, limit]);
  return rows.map(toPark);
}

/** Adds a park; returns its id. */
export async function insertPark(m: EntityManager, park: { name: string; region: string }): Promise<string> {
  const c: Row<'parks', 'name' | 'region'> = { name: park.name, region: park.region };
  const [row] = await selectRows<Row<'parks', 'id'>>(m, 'INSERT INTO parks (name, region) VALUES ($1, $2) RETURNING id', [
    c.name,
    c.region,
  ]);
  return row.id;
}
