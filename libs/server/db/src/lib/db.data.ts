import { EntityManager } from 'typeorm';
import type { Col } from '../schema/row';
import { execute, selectRows } from './sql';

/**
 * Marks a project's derived numbers stale, inside the transaction of the change that makes them so
 * (the change and its "needs recompute" mark commit together). clock_timestamp(), not now(): the
 * mark must be later than any recompute that finished before this statement.
 */
export async function markProjectChanged(m: EntityManager, projectId: string): Promise<void> {
  await execute(m, 'UPDATE projects SET changed_at = clock_timestamp() WHERE id = $1', [projectId]);
}

/** Every tenant's id: the daily jobs' one cross-tenant read, through a SECURITY DEFINER function (ids only). */
export async function workerTenantIds(m: EntityManager): Promise<string[]> {
  const rows = await selectRows<{ id: Col<'tenants', 'id'> }>(m, 'SELECT worker_tenant_ids() AS id');
  return rows.map((r) => r.id);
}

/** The acting user's saved language (null when none is saved): the language of exports without Accept-Language. */
export async function actingUserLocale(m: EntityManager): Promise<Col<'users', 'locale'> | null> {
  const [row] = await selectRows<{ locale: Col<'users', 'locale'> }>(m, 'SELECT locale FROM users WHERE id = app_user_id()');
  return row?.locale ?? null;
}
