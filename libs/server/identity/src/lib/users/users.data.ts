import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import { AuditAction, ContextType, UserSummary } from '@xinzhi/shared-contracts';

/** The account behind an email, with what sign-in checks. */
export type AccountRow = Row<'users', 'id' | 'email' | 'display_name' | 'password_hash' | 'locale' | 'platform_operator'>;

type UserRow = Row<'users', 'id' | 'email' | 'display_name' | 'locale' | 'platform_operator'>;

function toUserSummary(r: UserRow): UserSummary {
  return { id: r.id, email: r.email, displayName: r.display_name, locale: r.locale, platformOperator: r.platform_operator };
}

/** Finds the account behind an email through the named SECURITY DEFINER path (no context yet). */
export async function accountByEmail(m: EntityManager, email: string): Promise<AccountRow | null> {
  const [row] = await selectRows<AccountRow>(m, 'SELECT * FROM auth_user_by_email($1)', [email]);
  return row ?? null;
}

/** Records a sign-in (or a failed one) in each of the user's tenants (SECURITY DEFINER). */
export async function recordLogin(
  m: EntityManager,
  userId: string,
  action: Extract<AuditAction, 'login.succeeded' | 'login.failed'>,
  ip: string | null,
  userAgent: string | null,
): Promise<void> {
  await execute(m, 'SELECT auth_record_login($1, $2, $3, $4)', [userId, action, ip, userAgent]);
}

/** The user's own account, as row security shows it (null when gone). */
export async function findUser(m: EntityManager, userId: string): Promise<UserSummary | null> {
  const [row] = await selectRows<UserRow>(m, 'SELECT id, email, display_name, locale, platform_operator FROM users WHERE id = $1', [
    userId,
  ]);
  return row ? toUserSummary(row) : null;
}

/** The email and password hash of an account, for a password change. */
export async function passwordOf(m: EntityManager, userId: string): Promise<Row<'users', 'email' | 'password_hash'> | null> {
  const [row] = await selectRows<Row<'users', 'email' | 'password_hash'>>(m, 'SELECT email, password_hash FROM users WHERE id = $1', [
    userId,
  ]);
  return row ?? null;
}

/** Changes what a user may change of their profile; a field left out keeps its value. */
export async function updateProfile(
  m: EntityManager,
  userId: string,
  changes: { displayName?: string; locale?: UserSummary['locale'] },
): Promise<void> {
  const c: Partial<Row<'users', 'display_name' | 'locale'>> = { display_name: changes.displayName, locale: changes.locale };
  await execute(
    m,
    'UPDATE users SET display_name = coalesce($2, display_name), locale = coalesce($3, locale), updated_at = now() WHERE id = $1',
    [userId, c.display_name ?? null, c.locale ?? null],
  );
}

export async function setPassword(m: EntityManager, userId: string, passwordHash: string): Promise<void> {
  const c: Row<'users', 'password_hash'> = { password_hash: passwordHash };
  await execute(m, 'UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1', [
    userId,
    c.password_hash,
  ]);
}

/** The context the user last switched to (null when never), for the next sign-in to start there. */
export async function lastContextOf(m: EntityManager, userId: string): Promise<{ type: ContextType; id: string } | null> {
  const [row] = await selectRows<Row<'users', 'last_context_type' | 'last_context_id'>>(
    m,
    'SELECT last_context_type, last_context_id FROM users WHERE id = $1',
    [userId],
  );
  return row?.last_context_type && row.last_context_id ? { type: row.last_context_type, id: row.last_context_id } : null;
}

/** Remembers the context the user now acts in (their own row only: row security). */
export async function setLastContext(m: EntityManager, userId: string, context: { type: ContextType; id: string }): Promise<void> {
  const c: Row<'users', 'last_context_type' | 'last_context_id'> = { last_context_type: context.type, last_context_id: context.id };
  await execute(m, 'UPDATE users SET last_context_type = $2, last_context_id = $3 WHERE id = $1', [
    userId,
    c.last_context_type,
    c.last_context_id,
  ]);
}
