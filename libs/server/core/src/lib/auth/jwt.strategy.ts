import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AccessTokenClaims, Principal } from './access-token';

const CONTEXT_TYPES = new Set(['tenant', 'park', 'platform']);

/** passport-jwt: bearer token, HS256 only (so `alg: none` and key confusion fail), issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@InjectConfig() config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: Partial<AccessTokenClaims>): Principal {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new UnauthorizedException('Not an access token');
    const ctx = claims.ctx ?? null;
    if (ctx !== null && (!CONTEXT_TYPES.has(ctx.type) || typeof ctx.id !== 'string' || typeof ctx.role !== 'string')) {
      throw new UnauthorizedException('Malformed context claim');
    }
    return { userId: claims.sub, context: ctx, expiresAt: typeof claims.exp === 'number' ? claims.exp : null };
  }
}
