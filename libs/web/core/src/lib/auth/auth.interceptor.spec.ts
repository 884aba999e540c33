import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { TokenResponse } from '@xinzhi/shared-contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const tokens = (accessToken: string): TokenResponse => ({
  accessToken,
  expiresIn: 900,
  context: { type: 'tenant', id: 't1', role: 'owner' },
});

const unauthorized = { status: 401, statusText: 'Unauthorized' };

/** Lets promise callbacks (the refresh) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);

    // Start signed in with token "a".
    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush(tokens('a'));
    await refreshed;
  });

  afterEach(() => backend.verify());

  function expectBearer(request: TestRequest, token: string): void {
    expect(request.request.headers.get('Authorization')).toBe(`Bearer ${token}`);
  }

  it('adds the bearer token to API calls', () => {
    http.get('/api/members').subscribe();
    expectBearer(backend.expectOne('/api/members'), 'a');
  });

  it('sends no bearer token to sign-in, refresh, sign-out, invitations or other origins', () => {
    http.post('/api/auth/login', {}).subscribe();
    http.post('/api/auth/logout', null).subscribe();
    http.get('/api/invitations/abc').subscribe();
    http.get('/assets/x.json').subscribe();
    for (const url of ['/api/auth/login', '/api/auth/logout', '/api/invitations/abc', '/assets/x.json']) {
      expect(backend.expectOne(url).request.headers.has('Authorization')).toBe(false);
    }
  });

  it('refreshes once after a 401 and sends the request again with the new token', async () => {
    const received: unknown[] = [];
    http.get('/api/members').subscribe((body) => received.push(body));
    backend.expectOne('/api/members').flush(null, unauthorized);

    await settle();
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush(tokens('b'));
    await settle();

    const retry = backend.expectOne('/api/members');
    expectBearer(retry, 'b');
    retry.flush({ items: [] });
    expect(received).toEqual([{ items: [] }]);
    expect(auth.accessToken()).toBe('b');
  });

  it('retries only once: a second 401 is passed on', async () => {
    const errors: number[] = [];
    http.get('/api/members').subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/members').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush(tokens('b'));
    await settle();
    backend.expectOne('/api/members').flush(null, unauthorized);
    await settle();
    backend.expectNone('/api/auth/refresh');
    expect(errors).toEqual([401]);
  });

  it('shares one refresh between concurrent 401s', async () => {
    const done: string[] = [];
    http.get('/api/members').subscribe(() => done.push('members'));
    http.get('/api/departments').subscribe(() => done.push('departments'));
    backend.expectOne('/api/members').flush(null, unauthorized);
    backend.expectOne('/api/departments').flush(null, unauthorized);
    await settle();

    const refreshes = backend.match('/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    refreshes[0].flush(tokens('b'));
    await settle();

    const members = backend.expectOne('/api/members');
    const departments = backend.expectOne('/api/departments');
    expectBearer(members, 'b');
    expectBearer(departments, 'b');
    members.flush({});
    departments.flush({});
    expect(done.sort()).toEqual(['departments', 'members']);
  });

  it('does not refresh again for a 401 to a token that was already replaced', async () => {
    http.get('/api/members').subscribe();
    const stale = backend.expectOne('/api/members');
    // Meanwhile another call refreshed.
    const refreshed = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush(tokens('b'));
    await refreshed;

    stale.flush(null, unauthorized);
    await settle();
    backend.expectNone('/api/auth/refresh');
    expectBearer(backend.expectOne('/api/members'), 'b');
  });

  it('clears the session and goes to sign-in with a return URL when the refresh is refused', async () => {
    jest.spyOn(router, 'url', 'get').mockReturnValue('/members?x=1');
    const errors: number[] = [];
    http.get('/api/members').subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/members').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush(null, unauthorized);
    await settle();

    expect(errors).toEqual([401]);
    expect(auth.accessToken()).toBeNull();
    expect(auth.status()).toBe('signedOut');
    expect(router.navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/members?x=1' } });
  });

  it('keeps the session when the refresh fails for another reason (no network)', async () => {
    const errors: number[] = [];
    http.get('/api/members').subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/members').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));
    await settle();

    expect(errors).toEqual([401]);
    expect(auth.accessToken()).toBe('a');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('never refreshes after a 401 from sign-in itself', async () => {
    const errors: number[] = [];
    http.post('/api/auth/login', {}).subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/auth/login').flush(null, unauthorized);
    await settle();
    backend.expectNone('/api/auth/refresh');
    expect(errors).toEqual([401]);
  });

  it('passes other errors through untouched', async () => {
    const errors: number[] = [];
    http.get('/api/members').subscribe({ error: (e: { status: number }) => errors.push(e.status) });
    backend.expectOne('/api/members').flush(null, { status: 403, statusText: 'Forbidden' });
    await settle();
    backend.expectNone('/api/auth/refresh');
    expect(errors).toEqual([403]);
  });
});
