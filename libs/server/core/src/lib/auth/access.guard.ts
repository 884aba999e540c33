import { ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { RequestContext } from '../context/request-context';
import { ACCESS_METADATA, AccessRule } from './access';
import { Principal, SessionEndedError } from './access-token';

/**
 * The global guard: reads the route's access rule, verifies the bearer token through passport-jwt,
 * checks context and role, and stores who is acting in the request context — the one place the
 * tenant id comes from.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(execution: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [execution.getHandler(), execution.getClass()]);
    if (!rule) throw new InternalServerErrorException('Route has no access declaration');
    if (rule.kind === 'public') return true;

    await super.canActivate(execution);
    const principal = execution.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal) throw new UnauthorizedException();
    const ctx = principal.context;

    const allowed =
      rule.kind === 'authenticated' ||
      (rule.kind === 'tenant' && ctx?.type === 'tenant' && (rule.roles as readonly string[]).includes(ctx.role)) ||
      (rule.kind === 'park' && ctx?.type === 'park' && ctx.role === 'park_admin') ||
      (rule.kind === 'platform' && ctx?.type === 'platform' && ctx.role === 'operator');
    if (!allowed) throw new ForbiddenException(forbiddenReason(rule, ctx?.type ?? null));

    const acting = RequestContext.current();
    acting.userId = principal.userId;
    acting.sessionId = principal.sessionId;
    acting.role = ctx?.role ?? null;
    acting.tenantId = ctx?.type === 'tenant' ? ctx.id : null;
    acting.parkId = ctx?.type === 'park' ? ctx.id : null;
    acting.platformOperator = ctx?.type === 'platform';
    return true;
  }

  // passport's default rethrows its own error; keep one clear 401 message instead.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof SessionEndedError) throw new UnauthorizedException('This session has been signed out. Sign in again.');
    if (error || !user) throw new UnauthorizedException('Sign in again: the access token is missing, invalid or expired.');
    return user;
  }
}

function forbiddenReason(rule: AccessRule, contextType: string | null): string {
  switch (rule.kind) {
    case 'tenant':
      return contextType === 'tenant' ? `This needs one of the roles: ${rule.roles.join(', ')}.` : 'Switch to an enterprise to do this.';
    case 'park':
      return 'Only park administrators may do this.';
    case 'platform':
      return 'Only platform operators may do this.';
    default:
      return 'Not allowed.';
  }
}
