import { createHash } from 'node:crypto';

/** Named statements kept per connection; beyond this, queries run unnamed (planned every time). */
export const PREPARED_PER_CONNECTION = 500;

interface PgClientLike {
  query: (...args: unknown[]) => unknown;
  [PREPARED]?: Set<string>;
}
const PREPARED = Symbol('xinzhi.prepared');

/**
 * Makes a pooled `pg` client run every parameterised query as a named prepared statement, so
 * PostgreSQL parses and plans each distinct SQL text once per connection instead of on every
 * request. The row-security policies read `current_setting('app.tenant_id')` when the plan runs,
 * not when it is made, so a cached (generic) plan stays scoped to the transaction's tenant.
 * Queries without parameters (DDL, migrations, multi-statement text) are left alone.
 */
export function usePreparedStatements(client: PgClientLike): void {
  if (client[PREPARED]) return;
  const names = new Set<string>();
  client[PREPARED] = names;
  const plain = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length !== 2) return plain(...args);
    const name = `x${createHash('sha1').update(text).digest('base64url')}`;
    if (!names.has(name)) {
      if (names.size >= PREPARED_PER_CONNECTION) return plain(...args);
      names.add(name);
    }
    return plain({ name, text, values });
  };
}
