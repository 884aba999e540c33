import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import type { MeResponse, Problem, TokenResponse } from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, refreshCookieOf, signIn, startApi } from '@xinzhi/testing';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Builds a JWT by hand, to present the API with tokens it must refuse. */
function forge(header: object, claims: object, secret: string | null): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('sign-in, tokens and sessions', () => {
  let api: ApiProcess;
  const secret = 'integration-test-secret-0123456789abcdef';

  beforeAll(async () => {
    api = await startApi({ JWT_SECRET: secret });
  });
  afterAll(() => api?.stop());

  it('signs in and tells who is acting where', async () => {
    const session = await signIn(api.url, 'Leader@Acme.Xinzhi.test');
    expect(session.context).toMatchObject({ type: 'tenant', role: 'leader' });
    expect(session.cookie).toMatch(/^xinzhi_rt=/);
    const me = await call<MeResponse>(api.url, 'GET', '/api/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('leader@acme.xinzhi.test');
    expect(me.body.memberships).toEqual([expect.objectContaining({ type: 'tenant', name: 'Acme Precision Machining', role: 'leader' })]);
  });

  it('gives an unknown email and a wrong password the same answer', async () => {
    const unknown = await call<Problem>(api.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@acme.xinzhi.test', password: 'Xinzhi-Demo-2026' },
    });
    const wrong = await call<Problem>(api.url, 'POST', '/api/auth/login', {
      body: { email: 'owner@acme.xinzhi.test', password: 'not-the-password' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(unknown.body.title).toBe(wrong.body.title);
  });

  it('refuses forged, expired, misdirected and wrong-kind tokens with 401', async () => {
    const good = await signIn(api.url, 'owner@acme.xinzhi.test');
    const [, payload] = good.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, string> = {
      'alg none': forge({ alg: 'none', typ: 'JWT' }, claims, null),
      'wrong signature': forge({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-0123456789abcdef'),
      expired: forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 }, secret),
      'wrong audience': forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'someone-else' }, secret),
      'wrong issuer': forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'evil' }, secret),
      'not an access token': forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, typ: 'refresh' }, secret),
      HS512: forge({ alg: 'HS512', typ: 'JWT' }, claims, secret),
      'the refresh token itself': good.cookie.replace('xinzhi_rt=', ''),
    };
    // The genuine token works, so a 401 below is about the token, not the route.
    expect((await call(api.url, 'GET', '/api/me', { token: good.accessToken })).status).toBe(200);
    for (const [name, token] of Object.entries(cases)) {
      const res = await call(api.url, 'GET', '/api/me', { token });
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
    }
    expect((await call(api.url, 'GET', '/api/me')).status).toBe(401);
  });

  it('rotates the refresh token, and a reused one ends the whole session', async () => {
    const session = await signIn(api.url, 'lead@acme.xinzhi.test');
    const first = await call<TokenResponse>(api.url, 'POST', '/api/auth/refresh', { cookie: session.cookie });
    expect(first.status).toBe(200);
    const rotated = refreshCookieOf(first.headers);
    expect(rotated).toMatch(/^xinzhi_rt=/);
    expect(rotated).not.toBe(session.cookie);
    expect((await call(api.url, 'GET', '/api/me', { token: first.body.accessToken })).status).toBe(200);

    // The spent token comes back (stolen, replayed): refused, and the newest one dies with it.
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: session.cookie })).status).toBe(401);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: rotated })).status).toBe(401);
  });

  it('ends the session at logout: the refresh token stops working at once', async () => {
    const session = await signIn(api.url, 'employee@acme.xinzhi.test');
    expect((await call(api.url, 'POST', '/api/auth/logout', { cookie: session.cookie })).status).toBe(204);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: session.cookie })).status).toBe(401);
  });

  it('changes a password: rules apply, other sessions end, hashes are argon2id', async () => {
    const email = 'wu.min@acme.xinzhi.test';
    const other = await signIn(api.url, email);
    const session = await signIn(api.url, email);
    const common = await call<Problem>(api.url, 'POST', '/api/me/password', {
      token: session.accessToken,
      cookie: session.cookie,
      body: { currentPassword: 'Xinzhi-Demo-2026', newPassword: 'password123' },
    });
    expect(common.status).toBe(400);
    expect(common.body.errors?.[0]).toMatchObject({ field: 'newPassword', code: 'commonPassword' });
    const wrongCurrent = await call<Problem>(api.url, 'POST', '/api/me/password', {
      token: session.accessToken,
      body: { currentPassword: 'nope-nope-nope', newPassword: '会计的新密码很长 2026' },
    });
    expect(wrongCurrent.body.errors?.[0]).toMatchObject({ field: 'currentPassword', code: 'wrongPassword' });

    const changed = await call<TokenResponse>(api.url, 'POST', '/api/me/password', {
      token: session.accessToken,
      cookie: session.cookie,
      body: { currentPassword: 'Xinzhi-Demo-2026', newPassword: '会计的新密码很长 2026' },
    });
    expect(changed.status).toBe(200);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: other.cookie })).status).toBe(401);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: session.cookie })).status).toBe(401);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: refreshCookieOf(changed.headers) })).status).toBe(200);
    expect((await call(api.url, 'POST', '/api/auth/login', { body: { email, password: 'Xinzhi-Demo-2026' } })).status).toBe(401);
    const again = await signIn(api.url, email, '会计的新密码很长 2026');

    const db = new Client({ connectionString: ownerDatabaseUrl() });
    await db.connect();
    try {
      const hashes = await db.query(`SELECT password_hash FROM users`);
      expect(hashes.rows.length).toBeGreaterThan(20);
      for (const row of hashes.rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=(19456|[2-9]\d{4,}),t=[2-9]/);
    } finally {
      await db.end();
    }
    // Put the demo password back for the other suites.
    await call(api.url, 'POST', '/api/me/password', {
      token: again.accessToken,
      body: { currentPassword: '会计的新密码很长 2026', newPassword: 'Xinzhi-Demo-2026' },
    });
  });

  it('switches context only into memberships the user has', async () => {
    const owner = await signIn(api.url, 'owner@acme.xinzhi.test');
    const brightchem = await signIn(api.url, 'owner@brightchem.xinzhi.test');
    const denied = await call(api.url, 'POST', '/api/auth/switch', {
      token: owner.accessToken,
      body: { type: 'tenant', id: brightchem.context?.id },
    });
    expect(denied.status).toBe(404);
    const same = await call<TokenResponse>(api.url, 'POST', '/api/auth/switch', {
      token: owner.accessToken,
      body: { type: 'tenant', id: owner.context?.id },
    });
    expect(same.status).toBe(200);
    expect(same.body.context).toEqual(owner.context);
  });
});

describe('login throttling', () => {
  let api: ApiProcess;

  beforeAll(async () => {
    // Its own key space, so earlier runs and other suites do not count.
    api = await startApi({
      QUEUE_PREFIX: `xinzhi-throttle-${Date.now()}`,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8',
    });
  });
  afterAll(() => api?.stop());

  it('answers 429 with Retry-After per account, then per address', async () => {
    const attempt = (email: string, password = 'wrong-password-123') =>
      call<Problem>(api.url, 'POST', '/api/auth/login', { body: { email, password } });
    for (let i = 0; i < 3; i++) expect((await attempt('sun.li@acme.xinzhi.test')).status).toBe(401);
    const locked = await attempt('sun.li@acme.xinzhi.test', 'Xinzhi-Demo-2026');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.headers.get('content-type')).toContain('application/problem+json');

    // Another account still signs in, until the address has used up its attempts.
    expect((await attempt('zhao.lei@acme.xinzhi.test', 'Xinzhi-Demo-2026')).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(`nobody${i}@acme.xinzhi.test`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
