import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import type { ContextType, Role, TenantRole } from '@xinzhi/shared-contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../i18n/i18n.service';
import { AuthService, homeFor, safeReturnUrl } from './auth.service';

function signIn(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Signed in (after the start-up session restore has answered); otherwise to sign-in and back. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenReady();
  return auth.signedIn() || signIn(router, state.url);
};

/** Only when signed out (the sign-in page): a signed-in user goes on to where they were heading, or home. */
export const guestGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenReady();
  if (!auth.signedIn()) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')) ?? auth.home());
};

/**
 * Signed in and acting in a context of `type` (with one of `roles`, when given). Anyone else signed in
 * is sent to the home of their own context; the menu never offers them the page anyway.
 */
export function contextGuard(type: ContextType, roles?: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const messages = inject(NzMessageService);
    const i18n = inject(I18nService);
    await auth.whenReady();
    if (!auth.signedIn()) return signIn(router, state.url);
    const context = auth.context();
    if (context?.type === type && (!roles?.length || roles.includes(context.role))) return true;
    // The right kind of context but not the role (an employee on a leader's page): say why they land at home.
    if (context?.type === type) messages.info(i18n.t('nav.noAccess'));
    const home = homeFor(context);
    return router.parseUrl(home === state.url ? '/profile' : home);
  };
}

/** Acting in an enterprise, with one of `roles` (any role when none is given). */
export function tenantGuard(...roles: TenantRole[]): CanActivateFn {
  return contextGuard('tenant', roles);
}

/** Acting as administrator of a park. */
export const parkGuard: CanActivateFn = contextGuard('park');

/** Acting as platform operator. */
export const platformGuard: CanActivateFn = contextGuard('platform');
