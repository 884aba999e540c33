import { Client } from 'pg';
import type { Department, Page } from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, signIn, startApi, testEnv } from '@xinzhi/testing';

/** Checks over PostgreSQL's catalog: the isolation rules hold for every table, present and future. */
describe('the database enforces tenant isolation', () => {
  let owner: Client;

  beforeAll(async () => {
    owner = new Client({ connectionString: ownerDatabaseUrl() });
    await owner.connect();
  });
  afterAll(() => owner?.end());

  async function appClient(): Promise<Client> {
    const client = new Client({ connectionString: testEnv()['DATABASE_URL'] });
    await client.connect();
    return client;
  }

  it('has row security enabled and forced on every table with tenant_id, with tenant_id leading its primary key', async () => {
    const { rows } = await owner.query(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
               WHERE i.indrelid = c.oid AND i.indisprimary) AS pk_first,
             EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                      AND pg_get_expr(p.polqual, p.polrelid) LIKE '%tenant_id = (NULLIF(current_setting(''app.tenant_id''::text, true), ''''::text))::uuid%') AS has_tenant_policy
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
       ORDER BY 1`);
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining(['audit_events', 'departments', 'tenant_invitations', 'tenant_memberships']),
    );
    for (const row of rows) {
      expect(row).toEqual({ table: row.table, enabled: true, forced: true, pk_first: 'tenant_id', has_tenant_policy: true });
    }
  });

  it('includes tenant_id in every foreign key from one tenant table to another', async () => {
    const { rows } = await owner.query(`
      SELECT con.conname, src.relname AS source, dst.relname AS target,
             array(SELECT a.attname FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k) AS columns
        FROM pg_constraint con
        JOIN pg_class src ON src.oid = con.conrelid
        JOIN pg_class dst ON dst.oid = con.confrelid
       WHERE con.contype = 'f'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = src.oid AND a.attname = 'tenant_id')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = dst.oid AND a.attname = 'tenant_id')`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows)
      expect({ fk: row.conname, hasTenant: row.columns.includes('tenant_id') }).toEqual({ fk: row.conname, hasTenant: true });
  });

  it('gives the application role no ownership and no way around row security', async () => {
    const role = await owner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'xinzhi_app'`);
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owned = await owner.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'xinzhi_app'`,
    );
    expect(owned.rows[0].n).toBe(0);
    const member = await owner.query(
      `SELECT count(*)::int AS n FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'xinzhi_app'`,
    );
    expect(member.rows[0].n).toBe(0);
    const definer = await owner.query(`SELECT rolcanlogin, rolbypassrls FROM pg_roles WHERE rolname = 'xinzhi_definer'`);
    expect(definer.rows).toEqual([{ rolcanlogin: false, rolbypassrls: false }]);
  });

  /** Tenant ids of the demo enterprises, from the app's own sign-in (the owner role cannot read tenant rows either). */
  async function demoTenants(): Promise<{ a: string; b: string }> {
    const api = await startApi();
    try {
      const a = (await signIn(api.url, 'owner@acme.xinzhi.test')).context?.id as string;
      const b = (await signIn(api.url, 'owner@brightchem.xinzhi.test')).context?.id as string;
      return { a, b };
    } finally {
      await api.stop();
    }
  }

  async function inTenant<T>(client: Client, tenantId: string, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  it('shows no tenant rows without a context, and only the right tenant’s rows with one', async () => {
    const { a, b } = await demoTenants();
    const app = await appClient();
    try {
      const scopedA = await inTenant(app, a, async () => (await app.query(`SELECT DISTINCT tenant_id FROM departments`)).rows);
      const scopedB = await inTenant(app, b, async () => (await app.query(`SELECT DISTINCT tenant_id FROM departments`)).rows);
      expect(scopedA).toEqual([{ tenant_id: a }]);
      expect(scopedB).toEqual([{ tenant_id: b }]);
      for (const table of [
        'departments',
        'tenant_memberships',
        'audit_events',
        'tenant_invitations',
        'users',
        'tenants',
        'parks',
        'refresh_tokens',
      ]) {
        const res = await app.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, n: res.rows[0].n }).toEqual({ table, n: 0 });
      }
      // The owner role is bound by the same policies (FORCE): without a context it sees no tenant rows.
      expect((await owner.query(`SELECT count(*)::int AS n FROM departments`)).rows[0].n).toBe(0);
    } finally {
      await app.end();
    }
  });

  it("refuses a row of tenant B that points at tenant A's parent", async () => {
    const { a, b } = await demoTenants();
    const app = await appClient();
    try {
      const deptOfA = await inTenant(app, a, async () => (await app.query(`SELECT id FROM departments LIMIT 1`)).rows[0].id);
      const memberOfB = await inTenant(
        app,
        b,
        async () => (await app.query(`SELECT id FROM tenant_memberships WHERE role = 'employee' LIMIT 1`)).rows[0].id,
      );
      await inTenant(app, b, () =>
        expect(app.query(`UPDATE tenant_memberships SET department_id = $1 WHERE id = $2`, [deptOfA, memberOfB])).rejects.toThrow(
          /foreign key/,
        ),
      );
      // And a row cannot be written into another tenant at all.
      await inTenant(app, b, () =>
        expect(app.query(`INSERT INTO departments (tenant_id, name) VALUES ($1, 'Planted')`, [a])).rejects.toThrow(/row-level security/),
      );
      // Tenant A still has what it had.
      expect(
        await inTenant(
          app,
          a,
          async () => (await app.query(`SELECT count(*)::int AS n FROM departments WHERE id = $1`, [deptOfA])).rows[0].n,
        ),
      ).toBe(1);
    } finally {
      await app.end();
    }
  });
});

describe('concurrent requests of two tenants over a small pool', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi({ DATABASE_POOL_SIZE: '3' });
  });
  afterAll(() => api?.stop());

  it('answers 200 interleaved requests with only each caller’s own rows', async () => {
    const a = await signIn(api.url, 'owner@acme.xinzhi.test');
    const b = await signIn(api.url, 'owner@brightchem.xinzhi.test');
    const own = async (token: string) =>
      new Set((await call<Page<Department>>(api.url, 'GET', '/api/departments', { token })).body.items.map((d) => d.id));
    const idsA = await own(a.accessToken);
    const idsB = await own(b.accessToken);
    expect(idsA.size).toBeGreaterThan(0);
    expect(idsB.size).toBeGreaterThan(0);
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const token = i % 2 ? b.accessToken : a.accessToken;
        const res = await call<Page<Department>>(api.url, 'GET', '/api/departments', { token });
        return { i, status: res.status, ids: res.body.items.map((d) => d.id) };
      }),
    );
    for (const r of results) {
      const expected = r.i % 2 ? idsB : idsA;
      expect({ i: r.i, status: r.status, all: r.ids.length === expected.size && r.ids.every((id) => expected.has(id)) }).toEqual({
        i: r.i,
        status: 200,
        all: true,
      });
    }
  });
});
