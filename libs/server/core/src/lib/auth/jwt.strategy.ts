import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  AccessTokenClaims,
  Principal,
  RevokedSessions,
  SessionEndedError,
} from './access-token';

const CONTEXT_TYPES = new Set(['tenant', 'park', 'platform']);

/**
 * passport-jwt: bearer token, HS256 only (so `alg: none` and key confusion fail), issuer and audience
 * checked; then the token's session must not be signed out (one O(1) look-up, `RevokedSessions`).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly revoked: RevokedSessions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<Principal> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new UnauthorizedException('Not an access token');
    const ctx = claims.ctx ?? null;
    if (ctx !== null && (!CONTEXT_TYPES.has(ctx.type) || typeof ctx.id !== 'string' || typeof ctx.role !== 'string')) {
      throw new UnauthorizedException('Malformed context claim');
    }
    const sessionId = typeof claims.sid === 'string' ? claims.sid : null;
    if (sessionId !== null && (await this.revoked.isRevoked(sessionId))) throw new SessionEndedError();
    return { userId: claims.sub, context: ctx, sessionId, expiresAt: typeof claims.exp === 'number' ? claims.exp : null };
  }
}
