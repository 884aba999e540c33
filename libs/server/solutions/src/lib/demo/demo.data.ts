import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';

/** How many solutions the acting park's catalog holds (the demo loads a catalog only into an empty one). */
export async function parkSolutionCount(m: EntityManager): Promise<number> {
  const [row] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM solutions WHERE park_id = app_park_id()');
  return row.n;
}

/** The acting park's administrator (the first), who records the demo visits' pain points. */
export async function parkAdminId(m: EntityManager): Promise<string | null> {
  const [row] = await selectRows<Row<'park_memberships', 'user_id'>>(
    m,
    `SELECT user_id FROM park_memberships WHERE park_id = app_park_id() AND role = 'park_admin' ORDER BY created_at, user_id LIMIT 1`,
  );
  return row?.user_id ?? null;
}

/** How many pain points the acting tenant has (the demo loads them only into an empty register). */
export async function painPointCount(m: EntityManager): Promise<number> {
  const [row] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM pain_points');
  return row.n;
}

/** The acting tenant's park. */
export async function ownParkId(m: EntityManager): Promise<string> {
  const [row] = await selectRows<Row<'tenants', 'park_id'>>(m, 'SELECT park_id FROM tenants WHERE id = app_tenant_id()');
  return row.park_id;
}
