import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { ActingContext, MeResponse } from '@xinzhi/shared-contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from './auth.service';
import { authGuard, guestGuard, parkGuard, platformGuard, tenantGuard } from './guards';

@Component({ selector: 'xz-blank', template: '' })
class BlankComponent {}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function me(context: ActingContext | null): MeResponse {
  return {
    user: { id: 'u1', email: 'a@b.test', displayName: 'A', locale: 'en-US', platformOperator: false },
    memberships: context ? [{ ...context, name: 'Somewhere' }] : [],
    context,
    calendar: { timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' },
  };
}

describe('route guards', () => {
  let router: Router;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: BlankComponent, canActivate: [guestGuard] },
          { path: 'profile', component: BlankComponent, canActivate: [authGuard] },
          { path: 'workspace', component: BlankComponent, canActivate: [tenantGuard()] },
          { path: 'my-tasks', component: BlankComponent, canActivate: [tenantGuard()] },
          { path: 'members', component: BlankComponent, canActivate: [tenantGuard('owner', 'leader')] },
          { path: 'park/dashboard', component: BlankComponent, canActivate: [parkGuard] },
          { path: 'park/tenants', component: BlankComponent, canActivate: [parkGuard] },
          { path: 'platform/parks', component: BlankComponent, canActivate: [platformGuard] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Navigates while the start-up restore answers: with a session in `context`, or none (null → 401). */
  async function navigate(url: string, session: ActingContext | null | 'none'): Promise<string> {
    const navigation = router.navigateByUrl(url);
    await settle();
    const refresh = backend.expectOne('/api/auth/refresh');
    if (session === 'none') {
      refresh.flush(null, { status: 401, statusText: 'Unauthorized' });
    } else {
      refresh.flush({ accessToken: 'tok', expiresIn: 900, context: session });
      await settle();
      backend.expectOne('/api/me').flush(me(session));
    }
    await navigation;
    return router.url;
  }

  const owner: ActingContext = { type: 'tenant', id: 't1', role: 'owner' };
  const employee: ActingContext = { type: 'tenant', id: 't1', role: 'employee' };
  const parkAdmin: ActingContext = { type: 'park', id: 'p1', role: 'park_admin' };
  const operator: ActingContext = { type: 'platform', id: 'platform', role: 'operator' };

  it('waits for the session restore, then lets a signed-in user in', async () => {
    expect(await navigate('/profile', owner)).toBe('/profile');
  });

  it('sends a signed-out visitor to sign-in with a return URL', async () => {
    expect(await navigate('/members?tab=1', 'none')).toBe('/login?returnUrl=%2Fmembers%3Ftab%3D1');
  });

  it.each([
    ['/workspace', owner, '/workspace'],
    ['/workspace', employee, '/workspace'],
    ['/members', owner, '/members'],
    ['/members', employee, '/my-tasks'],
    ['/members', parkAdmin, '/park/dashboard'],
    ['/park/tenants', parkAdmin, '/park/tenants'],
    ['/park/tenants', owner, '/workspace'],
    ['/platform/parks', operator, '/platform/parks'],
    ['/platform/parks', parkAdmin, '/park/dashboard'],
    ['/workspace', operator, '/platform/parks'],
  ] as const)('%s as %j ends at %s', async (url, context, expected) => {
    expect(await navigate(url, context)).toBe(expected);
  });

  it('tells a user whose role may not open a page why they landed at home, and nobody else', async () => {
    const info = jest.spyOn(TestBed.inject(NzMessageService), 'info').mockImplementation(() => ({}) as never);
    expect(await navigate('/members', employee)).toBe('/my-tasks');
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0][0]).toContain('start page');
    info.mockClear();
    // Another kind of context (a park administrator on an enterprise page) is simply taken home.
    await router.navigateByUrl('/park/tenants');
    expect(info).not.toHaveBeenCalled();
  });

  it('sends a user without any context to their account page', async () => {
    expect(await navigate('/workspace', null)).toBe('/profile');
  });

  it('keeps signed-in users away from the sign-in page: on to returnUrl or home', async () => {
    expect(await navigate('/login?returnUrl=%2Fprofile', owner)).toBe('/profile');
  });

  it('ignores a returnUrl that leaves the app', async () => {
    expect(await navigate('/login?returnUrl=%2F%2Fevil.example', parkAdmin)).toBe('/park/dashboard');
  });

  it('shows the sign-in page when signed out', async () => {
    expect(await navigate('/login', 'none')).toBe('/login');
    expect(TestBed.inject(AuthService).status()).toBe('signedOut');
  });
});
