import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { ActingContext, Membership } from '@xinzhi/shared-contracts';

/** What `rotate` checks of a presented refresh token. */
export type RefreshTokenRow = Row<
  'refresh_tokens',
  'id' | 'family_id' | 'token_hash' | 'context_type' | 'context_id' | 'expires_at' | 'used_at' | 'revoked_at'
>;

/** A row of `auth_memberships(user)`: computed columns (`id` is a tenant or park id as text, or `platform`). */
type MembershipRow = {
  type: Membership['type'];
  id: string;
  name: Col<'tenants', 'name'> | Col<'parks', 'name'>;
  role: Membership['role'];
};

/** Lists the contexts a user may act in (a named cross-tenant read: SECURITY DEFINER function). */
export async function listMemberships(m: EntityManager, userId: string): Promise<Membership[]> {
  const rows = await selectRows<MembershipRow>(m, 'SELECT type, id, name, role FROM auth_memberships($1)', [userId]);
  return rows.map((r) => ({ type: r.type, id: r.id, name: r.name, role: r.role }));
}

/** Stores a new refresh token of a family; returns its id. Address and agent come from the request. */
export async function insertRefreshToken(
  m: EntityManager,
  token: {
    userId: string;
    familyId: string;
    tokenHash: string;
    context: ActingContext | null;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<string> {
  const c: Row<
    'refresh_tokens',
    'user_id' | 'family_id' | 'token_hash' | 'context_type' | 'context_id' | 'expires_at' | 'ip' | 'user_agent'
  > = {
    user_id: token.userId,
    family_id: token.familyId,
    token_hash: token.tokenHash,
    context_type: token.context?.type ?? null,
    context_id: token.context?.id ?? null,
    expires_at: token.expiresAt,
    ip: token.ip,
    user_agent: token.userAgent,
  };
  const [row] = await selectRows<Row<'refresh_tokens', 'id'>>(
    m,
    `INSERT INTO refresh_tokens (user_id, family_id, token_hash, context_type, context_id, expires_at, ip, user_agent)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [c.user_id, c.family_id, c.token_hash, c.context_type, c.context_id, c.expires_at, c.ip, c.user_agent],
  );
  return row.id;
}

/** A user's refresh token, locked until the transaction ends so two rotations of it run one after the other. */
export async function lockRefreshToken(m: EntityManager, userId: string, tokenId: string): Promise<RefreshTokenRow | null> {
  const [row] = await selectRows<RefreshTokenRow>(
    m,
    `SELECT id, family_id, token_hash, context_type, context_id, expires_at, used_at, revoked_at FROM refresh_tokens
      WHERE id = $1 AND user_id = $2 FOR UPDATE`,
    [tokenId, userId],
  );
  return row ?? null;
}

/** A refresh token as row security shows it (the user's own only). */
export async function findRefreshToken(
  m: EntityManager,
  tokenId: string,
): Promise<Row<'refresh_tokens', 'family_id' | 'token_hash'> | null> {
  const [row] = await selectRows<Row<'refresh_tokens', 'family_id' | 'token_hash'>>(
    m,
    'SELECT family_id, token_hash FROM refresh_tokens WHERE id = $1',
    [tokenId],
  );
  return row ?? null;
}

export async function markRefreshTokenUsed(m: EntityManager, tokenId: string): Promise<void> {
  await execute(m, 'UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [tokenId]);
}

/** Revokes every token of a family that is not revoked yet. */
export async function revokeFamily(m: EntityManager, familyId: string): Promise<void> {
  await execute(m, 'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
}

/** Revokes every token of a user that is not revoked yet; returns the families (sessions) that had one. */
export async function revokeUserTokens(m: EntityManager, userId: string): Promise<string[]> {
  const rows = await selectRows<Row<'refresh_tokens', 'family_id'>>(
    m,
    // As a CTE, so the driver hands back the rows (an UPDATE's own result is its count).
    `WITH revoked AS (UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family_id)
     SELECT DISTINCT family_id FROM revoked`,
    [userId],
  );
  return rows.map((r) => r.family_id);
}

/** Records the context a token's session acts in, when the token is the one presented and still valid. */
export async function setTokenContext(m: EntityManager, tokenId: string, tokenHash: string, context: ActingContext): Promise<void> {
  const c: Row<'refresh_tokens', 'context_type' | 'context_id'> = { context_type: context.type, context_id: context.id };
  await execute(
    m,
    'UPDATE refresh_tokens SET context_type = $3, context_id = $4 WHERE id = $1 AND token_hash = $2 AND revoked_at IS NULL',
    [tokenId, tokenHash, c.context_type, c.context_id],
  );
}
