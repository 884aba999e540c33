import type { ActingContext } from '@xinzhi/shared-contracts';

export const ACCESS_TOKEN_ISSUER = 'xinzhi';
export const ACCESS_TOKEN_AUDIENCE = 'xinzhi-api';
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
/** Short-lived: 10 minutes unless ACCESS_TOKEN_TTL_SECONDS says otherwise. Sessions live on in the rotating refresh token. */
export const ACCESS_TOKEN_TTL_SECONDS = 600;

/** Claims of an access token. `typ` keeps any other token kind from being used as one. */
export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  ctx: ActingContext | null;
  /**
   * The session the token belongs to (the refresh-token family it was issued from). Signing out
   * revokes the session, and the guard refuses its access tokens from then on. Tokens issued before
   * sessions were named carry none and live out their short lifetime.
   */
  sid?: string;
  /** Expiry, seconds since the epoch (set by the signer). */
  exp?: number;
}

/** The authenticated caller, as the JWT strategy hands it to the guard. */
export interface Principal {
  userId: string;
  context: ActingContext | null;
  /** The session the token was issued for, or null for an older token without one. */
  sessionId: string | null;
  /** When the token expires, seconds since the epoch (an event stream ends then). */
  expiresAt: number | null;
}

/**
 * Whether a session has been signed out. The guard asks it on every authenticated request, so an
 * implementation must answer in O(1) (the API's is a Redis key per revoked session, libs/server/queue
 * `SessionRevocations`); it answers false when it cannot tell (see docs/architecture.md, "Sessions").
 */
export abstract class RevokedSessions {
  abstract isRevoked(sessionId: string): Promise<boolean>;
}

/** Thrown by the JWT strategy for the token of a signed-out session (the guard words the 401). */
export class SessionEndedError extends Error {
  constructor() {
    super('session revoked');
  }
}
