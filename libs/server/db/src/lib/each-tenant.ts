import { EntityManager } from 'typeorm';
import { RequestContext } from '@xinzhi/server-core';
import { workerTenantIds } from './db.data';
import { TransactionRunner } from './transaction-runner';

/**
 * Runs `work` once per tenant, each time in its own transaction inside that tenant's RLS context —
 * how the daily jobs touch every tenant without ever reading across tenants in one query. The list
 * of tenants is the one cross-tenant read (`worker_tenant_ids()`, ids only). A tenant whose work
 * fails does not stop the others; the failures are returned.
 */
export async function eachTenant<T>(
  tx: TransactionRunner,
  requestId: string,
  work: (m: EntityManager, tenantId: string) => Promise<T>,
): Promise<{ results: Array<{ tenantId: string; value: T }>; failures: Array<{ tenantId: string; error: Error }> }> {
  const ids = await tx.runAs(RequestContext.system(requestId), workerTenantIds);
  const results: Array<{ tenantId: string; value: T }> = [];
  const failures: Array<{ tenantId: string; error: Error }> = [];
  for (const id of ids) {
    try {
      results.push({ tenantId: id, value: await tx.runAs(RequestContext.forTenant(id, requestId), (m) => work(m, id)) });
    } catch (error) {
      failures.push({ tenantId: id, error: error as Error });
    }
  }
  return { results, failures };
}
