import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse, TokenResponse } from '@xinzhi/shared-contracts';
import { CalendarService } from '../calendar/calendar.service';
import { AuthService, homeFor, safeReturnUrl, SIGN_OUT_SIGNAL } from './auth.service';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const tenantTokens: TokenResponse = { accessToken: 'a', expiresIn: 900, context: { type: 'tenant', id: 't1', role: 'owner' } };
const me: MeResponse = {
  user: { id: 'u1', email: 'owner@acme.test', displayName: 'Wang', locale: 'zh-CN', platformOperator: false },
  memberships: [
    { type: 'tenant', id: 't1', name: 'Acme', role: 'owner' },
    { type: 'park', id: 'p1', name: 'Demo Park', role: 'park_admin' },
  ],
  context: { type: 'tenant', id: 't1', role: 'owner' },
  calendar: { timeZone: 'America/New_York', today: '2026-03-01', now: '2026-03-01T17:30:00Z' },
};

describe('AuthService', () => {
  let auth: AuthService;
  let backend: HttpTestingController;
  let otherTabSignedOut: () => void;
  const announce = jest.fn();

  beforeEach(() => {
    announce.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SIGN_OUT_SIGNAL, useValue: { announce, listen: (fn: () => void) => (otherTabSignedOut = fn) } },
      ],
    });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('restores a session from the refresh cookie, then knows the user and context', async () => {
    expect(auth.status()).toBe('restoring');
    const restored = auth.restore();
    backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(tenantTokens);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/me' }).flush(me);
    await restored;

    expect(auth.status()).toBe('signedIn');
    expect(auth.accessToken()).toBe('a');
    expect(auth.currentMembership()?.name).toBe('Acme');
    expect(auth.home()).toBe('/workspace');
    // The business calendar came with the user: its zone, and the day on the server's clock.
    const calendar = TestBed.inject(CalendarService);
    expect(calendar.timeZone()).toBe('America/New_York');
    expect(Math.abs(calendar.now().getTime() - Date.parse(me.calendar.now))).toBeLessThan(60_000);
  });

  it('is signed out when there is no session, and restores only once', async () => {
    const first = auth.restore();
    const second = auth.whenReady();
    backend.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.all([first, second]);
    expect(auth.status()).toBe('signedOut');
    await auth.whenReady();
    backend.expectNone('/api/auth/refresh');
  });

  it('signs in, switches context and signs out', async () => {
    const login = auth.login('owner@acme.test', 'secret-password');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'owner@acme.test', password: 'secret-password' });
    request.flush(tenantTokens);
    await settle();
    backend.expectOne('/api/me').flush(me);
    await login;
    expect(auth.signedIn()).toBe(true);

    const switching = auth.switchContext('park', 'p1');
    const switchRequest = backend.expectOne('/api/auth/switch');
    expect(switchRequest.request.body).toEqual({ type: 'park', id: 'p1' });
    switchRequest.flush({ accessToken: 'b', expiresIn: 900, context: { type: 'park', id: 'p1', role: 'park_admin' } });
    await settle();
    backend.expectOne('/api/me').flush({ ...me, context: { type: 'park', id: 'p1', role: 'park_admin' } });
    expect(await switching).toEqual({ type: 'park', id: 'p1', role: 'park_admin' });
    expect(auth.home()).toBe('/park/dashboard');
    expect(auth.accessToken()).toBe('b');

    const logout = auth.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    expect(auth.status()).toBe('signedOut');
    expect(auth.accessToken()).toBeNull();
    // The other tabs share the session: they are told.
    expect(announce).toHaveBeenCalledTimes(1);
  });

  async function signedIn(): Promise<void> {
    const login = auth.login('owner@acme.test', 'secret-password');
    backend.expectOne('/api/auth/login').flush(tenantTokens);
    await settle();
    backend.expectOne('/api/me').flush(me);
    await login;
  }

  it('signs out everywhere through the API, and tells the other tabs', async () => {
    await signedIn();
    const out = auth.logoutEverywhere();
    backend.expectOne({ method: 'POST', url: '/api/auth/logout-everywhere' }).flush(null, { status: 204, statusText: 'No Content' });
    await out;
    expect(auth.status()).toBe('signedOut');
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it('stays signed in when signing out everywhere fails', async () => {
    await signedIn();
    const out = auth.logoutEverywhere();
    backend.expectOne('/api/auth/logout-everywhere').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(out).rejects.toBeTruthy();
    expect(auth.signedIn()).toBe(true);
    expect(announce).not.toHaveBeenCalled();
  });

  it('goes to sign-in when another tab signs out', async () => {
    await signedIn();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    otherTabSignedOut();
    expect(auth.status()).toBe('signedOut');
    expect(auth.accessToken()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('never keeps the token in web storage', async () => {
    const login = auth.login('owner@acme.test', 'secret-password');
    backend.expectOne('/api/auth/login').flush(tenantTokens);
    await settle();
    backend.expectOne('/api/me').flush(me);
    await login;
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush({ ...tenantTokens, accessToken: 'secret-token' });
    await refreshed;
    expect(auth.accessToken()).toBe('secret-token');
    expect(setItem).not.toHaveBeenCalled();
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('secret-token');
  });

  it('holds a Web Lock while refreshing when the browser has them', async () => {
    const request = jest.fn((_name: string, work: () => Promise<unknown>) => work());
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    try {
      const refreshed = auth.refresh();
      backend.expectOne('/api/auth/refresh').flush(tenantTokens);
      expect(await refreshed).toBe('a');
      expect(request).toHaveBeenCalledWith('xinzhi.auth.refresh', expect.any(Function));
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['locks'];
    }
  });

  it('has a home for every context and safe return URLs only', () => {
    expect(homeFor({ type: 'tenant' })).toBe('/workspace');
    expect(homeFor({ type: 'tenant', role: 'leader' })).toBe('/workspace');
    expect(homeFor({ type: 'tenant', role: 'employee' })).toBe('/my-tasks');
    expect(homeFor({ type: 'park' })).toBe('/park/dashboard');
    expect(homeFor({ type: 'platform' })).toBe('/platform/parks');
    expect(homeFor(null)).toBe('/profile');
    expect(safeReturnUrl('/members?x=1')).toBe('/members?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', '/login', '/login?returnUrl=/x', '', null]) {
      expect(safeReturnUrl(bad)).toBeNull();
    }
  });
});
