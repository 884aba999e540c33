import { Client } from 'pg';
import type { DiagnosticProbe, HealthResponse, Problem } from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, RunningProcess, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

describe('the API and the worker as processes', () => {
  let api: ApiProcess;
  let worker: RunningProcess;

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('reports PostgreSQL, Redis and the worker as up', async () => {
    const body = await waitFor(
      async () => {
        const res = await fetch(`${api.url}/api/health`);
        const json = (await res.json()) as HealthResponse;
        return res.status === 200 && json.worker.status === 'up' ? json : null;
      },
      15_000,
      'a healthy report with a live worker',
    );
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
    expect(body.worker.lastHeartbeatAt).not.toBeNull();
  });

  it('has a job enqueued by the API processed by the worker process', async () => {
    const { accessToken: token } = await signIn(api.url, 'operator@xinzhi.test');
    const res = await call<DiagnosticProbe>(api.url, 'POST', '/api/diagnostics/probes', { token });
    expect(res.status).toBe(202);
    const queued = res.body;
    expect(queued.state).toBe('queued');
    const done = await waitFor(
      async () => {
        const probe = (await call<DiagnosticProbe>(api.url, 'GET', `/api/diagnostics/probes/${queued.id}`, { token })).body;
        return probe.state === 'processed' ? probe : null;
      },
      10_000,
      'the worker to process the probe',
    );
    // Processed in the worker's process, not the API's.
    expect(done.processedBy).toMatch(new RegExp(`:${worker.pid}$`));
    expect(done.processedBy).not.toMatch(new RegExp(`:${api.pid}$`));
  });

  it('serves a valid OpenAPI 3 document', async () => {
    const res = await fetch(`${api.url}/api/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses?: object }>>;
    };
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBe('Xinzhi API');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/diagnostics/probes', '/api/diagnostics/probes/{id}']),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ path, method, hasResponses: typeof operation.responses === 'object' }).toEqual({ path, method, hasResponses: true });
      }
    }
    const ui = await fetch(`${api.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('answers errors as problem+json with the request id', async () => {
    const res = await fetch(`${api.url}/api/no-such-route`, { headers: { 'x-request-id': 'test-request-0001' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.headers.get('x-request-id')).toBe('test-request-0001');
    const problem = (await res.json()) as Problem;
    expect(problem).toMatchObject({ status: 404, title: 'Not found', requestId: 'test-request-0001' });

    const bad = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken":',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');

    const unknownField = await call<Problem>(api.url, 'POST', '/api/auth/login', { body: { email: 'a@b.cn', password: 'x', admin: true } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([expect.objectContaining({ field: 'admin', code: 'whitelistValidation' })]);

    const { accessToken: token } = await signIn(api.url, 'operator@xinzhi.test');
    const notUuid = await call(api.url, 'GET', '/api/diagnostics/probes/not-a-uuid', { token });
    expect(notUuid.status).toBe(404);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${api.url}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves the web app at / and its client routes', async () => {
    const root = await fetch(`${api.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
    const html = await root.text();
    expect(html).toContain('<xz-root');
    const deep = await fetch(`${api.url}/login`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
  });
});

describe('database roles', () => {
  it('lets the application role neither own tables nor bypass row security', async () => {
    const client = new Client({ connectionString: ownerDatabaseUrl() });
    await client.connect();
    try {
      const role = await client.query(
        `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'xinzhi_app'`,
      );
      expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false }]);
      const owned = await client.query(
        `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'xinzhi_app'`,
      );
      expect(owned.rows[0].n).toBe(0);
      // The migration created tables, and all of them belong to the owner role.
      const tables = await client.query(`SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      expect(tables.rows.length).toBeGreaterThanOrEqual(2);
      expect(new Set(tables.rows.map((r) => r.tableowner))).toEqual(new Set(['xinzhi_owner']));
    } finally {
      await client.end();
    }
  });
});
