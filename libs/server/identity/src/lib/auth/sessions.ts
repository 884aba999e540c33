import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';
import { AccessTokenClaims, AppConfig, InjectConfig, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { ActingContext, Membership, TokenResponse } from '@xinzhi/shared-contracts';
import { RefreshTokenRow } from '../entities';
import { formatRefreshCookie, hashSecret, newSecret, parseRefreshCookie } from '../tokens';

export const REFRESH_COOKIE = 'xinzhi_rt';
export const REFRESH_TTL_DAYS = 30;

/** A user-scoped context: lets a transaction see exactly this user's own rows (refresh tokens, profile). */
export function userScope(userId: string) {
  const current = RequestContext.peek();
  return { requestId: current?.requestId ?? 'auth', userId, tenantId: null, parkId: null, role: null, platformOperator: false, ip: current?.ip, userAgent: current?.userAgent };
}

export class SessionRejected extends Error {}

export interface IssuedSession {
  tokens: TokenResponse;
  refreshCookie: string;
}

/** Access tokens, and the refresh tokens that renew them: rotated on every use, revoked by family. */
@Injectable()
export class Sessions {
  constructor(private readonly jwt: JwtService, private readonly tx: TransactionRunner, @InjectConfig() private readonly config: AppConfig) {}

  /** Lists the contexts a user may act in (a named cross-tenant read: SECURITY DEFINER function). */
  async memberships(manager: EntityManager, userId: string): Promise<Membership[]> {
    const rows: Array<{ type: Membership['type']; id: string; name: string; role: Membership['role'] }> =
      await manager.query('SELECT type, id, name, role FROM auth_memberships($1)', [userId]);
    return rows.map((r) => ({ type: r.type, id: r.id, name: r.name, role: r.role }));
  }

  /** The context a session starts in: the one asked for if allowed, else the first membership. */
  pickContext(memberships: Membership[], wanted?: { type: string; id: string | null } | null): ActingContext | null {
    const match = wanted ? memberships.find((m) => m.type === wanted.type && m.id === wanted.id) : undefined;
    const chosen = match ?? memberships[0];
    return chosen ? { type: chosen.type, id: chosen.id, role: chosen.role } : null;
  }

  accessToken(userId: string, context: ActingContext | null): TokenResponse {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access', ctx: context };
    return { accessToken: this.jwt.sign(claims), expiresIn: this.config.accessTokenTtlSeconds, context };
  }

  /** Starts a new refresh-token family for a fresh login. */
  async start(manager: EntityManager, userId: string, context: ActingContext | null): Promise<IssuedSession> {
    const cookie = await this.insertToken(manager, userId, crypto.randomUUID(), context);
    return { tokens: this.accessToken(userId, context), refreshCookie: cookie };
  }

  private async insertToken(manager: EntityManager, userId: string, familyId: string, context: ActingContext | null): Promise<string> {
    const { secret, hash } = newSecret();
    const acting = RequestContext.peek();
    const row = await manager.getRepository(RefreshTokenRow).save({
      userId,
      familyId,
      tokenHash: hash,
      contextType: context?.type ?? null,
      contextId: context?.id ?? null,
      expiresAt: new Date(Date.now() + REFRESH_TTL_DAYS * 86400_000),
      usedAt: null,
      revokedAt: null,
      ip: acting?.ip ?? null,
      userAgent: acting?.userAgent ?? null,
    });
    return formatRefreshCookie(userId, row.id, secret);
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
   * A spent token presented again means it was stolen or replayed: the whole family is revoked.
   */
  async rotate(cookie: unknown): Promise<IssuedSession> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) throw new SessionRejected('no valid refresh token');
    const outcome = await this.tx.runAs(userScope(parsed.userId), async (manager) => {
      const repo = manager.getRepository(RefreshTokenRow);
      const row = await repo.findOne({ where: { id: parsed.tokenId, userId: parsed.userId }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.tokenHash !== hashSecret(parsed.secret) || row.revokedAt || row.expiresAt < new Date()) return { rejected: 'refresh token is not valid' };
      if (row.usedAt) {
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { rejected: 'refresh token reused; the session is revoked' };
      }
      await repo.update({ id: row.id }, { usedAt: new Date() });
      const memberships = await this.memberships(manager, parsed.userId);
      const context = this.pickContext(memberships, row.contextType ? { type: row.contextType, id: row.contextId } : null);
      const next = await this.insertToken(manager, parsed.userId, row.familyId, context);
      return { session: { tokens: this.accessToken(parsed.userId, context), refreshCookie: next } };
    });
    // The revocation of a reused family must commit before the caller is turned away.
    if ('rejected' in outcome) throw new SessionRejected(outcome.rejected);
    return outcome.session;
  }

  /** Ends the session of this cookie (its whole family). Unknown cookies are ignored. */
  async revokeFamilyOf(cookie: unknown): Promise<void> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) return;
    await this.tx.runAs(userScope(parsed.userId), async (manager) => {
      const repo = manager.getRepository(RefreshTokenRow);
      const row = await repo.findOne({ where: { id: parsed.tokenId } });
      if (row && row.tokenHash === hashSecret(parsed.secret)) {
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
    });
  }

  /** Ends every session of a user (password change). */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(RefreshTokenRow).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Records the context a session now acts in, so a refresh keeps it. */
  async rememberContext(cookie: unknown, context: ActingContext): Promise<void> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) return;
    await this.tx.runAs(userScope(parsed.userId), (manager) =>
      manager.getRepository(RefreshTokenRow).update(
        { id: parsed.tokenId, tokenHash: hashSecret(parsed.secret), revokedAt: IsNull() },
        { contextType: context.type, contextId: context.id },
      ),
    );
  }
}
