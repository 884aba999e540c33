import { createHash, randomBytes } from 'node:crypto';

/** An opaque secret for links and cookies, and the SHA-256 under which it is stored. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The refresh cookie: `<userId>.<tokenId>.<secret>`. The user id lets the lookup run under the
 * user's own row-security context; the secret's hash proves possession.
 */
export function formatRefreshCookie(userId: string, tokenId: string, secret: string): string {
  return `${userId}.${tokenId}.${secret}`;
}

export function parseRefreshCookie(value: unknown): { userId: string; tokenId: string; secret: string } | null {
  if (typeof value !== 'string') return null;
  const [userId, tokenId, secret, ...rest] = value.split('.');
  if (rest.length || !userId || !tokenId || !secret || !UUID.test(userId) || !UUID.test(tokenId) || !/^[A-Za-z0-9_-]{43}$/.test(secret))
    return null;
  return { userId, tokenId, secret };
}
