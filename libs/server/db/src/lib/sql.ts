import { EntityManager } from 'typeorm';

/**
 * Runs one statement in the caller's transaction — the EntityManager that `TransactionRunner` gives,
 * whose first statement set the tenant context — and returns its rows as `R`, the row type the data
 * file declared from the generated schema (`Row<'table', 'column'>`).
 * (TypeORM answers a bare UPDATE or DELETE … RETURNING with `[rows, count]`; wrap it in a CTE.)
 */
export function selectRows<R extends object>(m: EntityManager, sql: string, params?: unknown[]): Promise<R[]> {
  return m.query(sql, params);
}

/** Runs one statement whose result is not needed, in the caller's transaction. */
export async function execute(m: EntityManager, sql: string, params?: unknown[]): Promise<void> {
  await m.query(sql, params);
}
