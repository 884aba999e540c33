import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AccessTokenClaims, AppConfig, InjectConfig, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { SessionRevocations } from '@xinzhi/server-queue';
import { ActingContext, Membership, TokenResponse } from '@xinzhi/shared-contracts';
import {
  findRefreshToken,
  insertRefreshToken,
  listMemberships,
  lockRefreshToken,
  markRefreshTokenUsed,
  revokeFamily,
  revokeUserTokens,
  setTokenContext,
} from './sessions.data';
import { formatRefreshCookie, hashSecret, newSecret, parseRefreshCookie } from '../tokens';

export const REFRESH_COOKIE = 'xinzhi_rt';
export const REFRESH_TTL_DAYS = 30;

/** A user-scoped context: lets a transaction see exactly this user's own rows (refresh tokens, profile). */
export function userScope(userId: string) {
  const current = RequestContext.peek();
  return {
    requestId: current?.requestId ?? 'auth',
    userId,
    tenantId: null,
    parkId: null,
    role: null,
    platformOperator: false,
    ip: current?.ip,
    userAgent: current?.userAgent,
  };
}

export class SessionRejected extends Error {}

export interface IssuedSession {
  tokens: TokenResponse;
  refreshCookie: string;
}

/**
 * Access tokens, and the refresh tokens that renew them: rotated on every use, revoked by family.
 * A session is a refresh-token family; its id (`family_id`) is the `sid` of every access token
 * issued for it, so revoking the family also ends its access tokens (the revocation list in
 * Redis, checked by the guard), once the revocation has committed.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly jwt: JwtService,
    private readonly tx: TransactionRunner,
    private readonly revocations: SessionRevocations,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Lists the contexts a user may act in (a named cross-tenant read: SECURITY DEFINER function). */
  memberships(manager: EntityManager, userId: string): Promise<Membership[]> {
    return listMemberships(manager, userId);
  }

  /** The context a session starts in: the one asked for if allowed, else the first membership. */
  pickContext(memberships: Membership[], wanted?: { type: string; id: string | null } | null): ActingContext | null {
    const match = wanted ? memberships.find((m) => m.type === wanted.type && m.id === wanted.id) : undefined;
    const chosen = match ?? memberships[0];
    return chosen ? { type: chosen.type, id: chosen.id, role: chosen.role } : null;
  }

  /** An access token of the session `sessionId` (null only for callers without a session, which the API has none of). */
  accessToken(userId: string, context: ActingContext | null, sessionId: string | null): TokenResponse {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access', ctx: context, ...(sessionId ? { sid: sessionId } : {}) };
    return { accessToken: this.jwt.sign(claims), expiresIn: this.config.accessTokenTtlSeconds, context };
  }

  /** Starts a new refresh-token family for a fresh login. */
  async start(manager: EntityManager, userId: string, context: ActingContext | null): Promise<IssuedSession> {
    const familyId = crypto.randomUUID();
    const cookie = await this.insertToken(manager, userId, familyId, context);
    return { tokens: this.accessToken(userId, context, familyId), refreshCookie: cookie };
  }

  private async insertToken(manager: EntityManager, userId: string, familyId: string, context: ActingContext | null): Promise<string> {
    const { secret, hash } = newSecret();
    const acting = RequestContext.peek();
    const id = await insertRefreshToken(manager, {
      userId,
      familyId,
      tokenHash: hash,
      context,
      expiresAt: new Date(Date.now() + REFRESH_TTL_DAYS * 86400_000),
      ip: acting?.ip ?? null,
      userAgent: acting?.userAgent ?? null,
    });
    return formatRefreshCookie(userId, id, secret);
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
   * A spent token presented again means it was stolen or replayed: the whole family is revoked.
   */
  async rotate(cookie: unknown): Promise<IssuedSession> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) throw new SessionRejected('no valid refresh token');
    const outcome = await this.tx.runAs(userScope(parsed.userId), async (manager) => {
      const row = await lockRefreshToken(manager, parsed.userId, parsed.tokenId);
      if (!row || row.token_hash !== hashSecret(parsed.secret) || row.revoked_at || row.expires_at < new Date())
        return { rejected: 'refresh token is not valid' };
      if (row.used_at) {
        await revokeFamily(manager, row.family_id);
        return { rejected: 'refresh token reused; the session is revoked', revoked: row.family_id };
      }
      await markRefreshTokenUsed(manager, row.id);
      const memberships = await this.memberships(manager, parsed.userId);
      const context = this.pickContext(memberships, row.context_type ? { type: row.context_type, id: row.context_id } : null);
      const next = await this.insertToken(manager, parsed.userId, row.family_id, context);
      return { session: { tokens: this.accessToken(parsed.userId, context, row.family_id), refreshCookie: next } };
    });
    // The revocation of a reused family must commit before the caller is turned away.
    if ('rejected' in outcome) {
      if (outcome.revoked) await this.revocations.revoke([outcome.revoked]);
      throw new SessionRejected(outcome.rejected);
    }
    return outcome.session;
  }

  /**
   * Ends the session of this cookie (its whole family), and with it the access tokens issued for it.
   * Unknown cookies are ignored.
   */
  async revokeFamilyOf(cookie: unknown): Promise<void> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) return;
    const familyId = await this.tx.runAs(userScope(parsed.userId), async (manager) => {
      const row = await findRefreshToken(manager, parsed.tokenId);
      if (!row || row.token_hash !== hashSecret(parsed.secret)) return null;
      await revokeFamily(manager, row.family_id);
      return row.family_id;
    });
    if (familyId) await this.revocations.revoke([familyId]);
  }

  /**
   * Ends every session of a user inside the caller's transaction (password change, sign out
   * everywhere); returns the sessions ended, to be handed to `forgetSessions` once it has committed.
   */
  revokeAll(manager: EntityManager, userId: string): Promise<string[]> {
    return revokeUserTokens(manager, userId);
  }

  /** Puts ended sessions on the revocation list: their access tokens are refused from the next request. */
  forgetSessions(sessionIds: readonly string[]): Promise<void> {
    return this.revocations.revoke(sessionIds);
  }

  /** Signs the user out everywhere: every session and its access tokens end. */
  async revokeEverywhere(userId: string): Promise<number> {
    const ended = await this.tx.runAs(userScope(userId), (manager) => this.revokeAll(manager, userId));
    await this.forgetSessions(ended);
    return ended.length;
  }

  /** Records the context a session now acts in, so a refresh keeps it. */
  async rememberContext(cookie: unknown, context: ActingContext): Promise<void> {
    const parsed = parseRefreshCookie(cookie);
    if (!parsed) return;
    await this.tx.runAs(userScope(parsed.userId), (manager) =>
      setTokenContext(manager, parsed.tokenId, hashSecret(parsed.secret), context),
    );
  }
}
