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
  /** Expiry, seconds since the epoch (set by the signer). */
  exp?: number;
}

/** The authenticated caller, as the JWT strategy hands it to the guard. */
export interface Principal {
  userId: string;
  context: ActingContext | null;
  /** When the token expires, seconds since the epoch (an event stream ends then). */
  expiresAt: number | null;
}
