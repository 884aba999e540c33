import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { TenantRole } from '@xinzhi/shared-contracts';

/**
 * Who may call a route. Every route declares one (deny by default): the API refuses to start with
 * an undeclared route, and the guard refuses any request that reaches one.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'tenant'; roles: readonly TenantRole[] }
  | { kind: 'park' }
  | { kind: 'platform' };

export const ACCESS_METADATA = 'xinzhi:access';

const secured = (rule: AccessRule) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, rule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired access token' }),
    ApiForbiddenResponse({ description: 'The acting context or role may not do this' }),
  );

/** Anyone, signed in or not (login, refresh, health, invitation links). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
/** Any signed-in user, in any context or none (me, profile, context switch). */
export const Authenticated = () => secured({ kind: 'authenticated' });
/** Acting in a tenant with one of these roles. */
export const TenantRoles = (...roles: TenantRole[]) => secured({ kind: 'tenant', roles });
/** Every tenant role. */
export const AnyTenantMember = () => secured({ kind: 'tenant', roles: ['owner', 'leader', 'team_lead', 'employee'] });
/** Acting as administrator of a park. */
export const ParkAdmin = () => secured({ kind: 'park' });
/** Acting as platform operator. */
export const PlatformOperator = () => secured({ kind: 'platform' });
