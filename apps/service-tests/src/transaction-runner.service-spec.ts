import { RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { freshProject, freshTenant, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/** The one path to the database: a transaction scoped to the caller's tenant, or to nothing. */
describe('TransactionRunner', () => {
  let t: ServiceTest;
  let tx: TransactionRunner;
  let a: TenantFixture;
  let b: TenantFixture;
  let projectOfA: string;
  let projectOfB: string;

  beforeAll(async () => {
    t = await ServiceTest.start();
    tx = t.tx;
    a = await freshTenant(t, { owner: 'owner' }, 'tx-a');
    b = await freshTenant(t, { owner: 'owner' }, 'tx-b');
    projectOfA = (await freshProject(t, a)).id;
    projectOfB = (await freshProject(t, b)).id;
  });
  afterAll(() => t?.close());

  const projectIds = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

  it('lets a tenant see its own rows and not another tenant’s', async () => {
    const seenByA = await t.as(a.actor('owner'), () => tx.run((m) => m.query('SELECT id FROM projects')));
    expect(projectIds(seenByA)).toContain(projectOfA);
    expect(projectIds(seenByA)).not.toContain(projectOfB);

    const seenByB = await tx.runAs(b.actor('owner'), (m) => m.query('SELECT id FROM projects'));
    expect(projectIds(seenByB)).toEqual([projectOfB]);
    // Asking for a foreign row by its id is the same as asking for a row that does not exist.
    expect(await tx.runAs(a.actor('owner'), (m) => m.query('SELECT id FROM projects WHERE id = $1', [projectOfB]))).toEqual([]);
  });

  it('sets the context settings the policies read, for this transaction only', async () => {
    const [settings] = await tx.runAs(a.actor('owner'), (m) =>
      m.query(`SELECT app_tenant_id()::text AS tenant, app_user_id()::text AS "user"`),
    );
    expect(settings).toEqual({ tenant: a.id, user: a.people['owner'].userId });
    // The next transaction on a pooled connection starts clean.
    const [after] = await tx.runAs(RequestContext.system('svc-clean'), (m) =>
      m.query(`SELECT app_tenant_id()::text AS tenant, app_user_id()::text AS "user"`),
    );
    expect(after).toEqual({ tenant: null, user: null });
  });

  it('shows no tenant rows without a tenant context, and refuses to run outside any context', async () => {
    const [{ n }] = await tx.runAs(RequestContext.system('svc-no-tenant'), (m) => m.query('SELECT count(*)::int AS n FROM projects'));
    expect(n).toBe(0);
    expect(() => tx.run((m) => m.query('SELECT 1'))).toThrow(/No request context/);
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      tx.runAs(a.actor('owner'), (m) =>
        m.query(`INSERT INTO projects (tenant_id, name, start_date, target_date) VALUES ($1, 'smuggled', current_date, current_date)`, [
          b.id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const smuggled = await tx.runAs(b.actor('owner'), (m) => m.query(`SELECT id FROM projects WHERE name = 'smuggled'`));
    expect(smuggled).toEqual([]);
  });

  it('rolls the whole transaction back when the work fails, leaving nothing behind', async () => {
    const name = `rolled back ${a.id}`;
    await expect(
      tx.runAs(a.actor('owner'), async (m) => {
        await m.query(
          `INSERT INTO projects (tenant_id, name, start_date, target_date) VALUES (app_tenant_id(), $1, current_date, current_date)`,
          [name],
        );
        const [{ n }] = await m.query('SELECT count(*)::int AS n FROM projects WHERE name = $1', [name]);
        expect(n).toBe(1); // visible inside the transaction…
        throw new Error('the work failed half-way');
      }),
    ).rejects.toThrow('the work failed half-way');
    // …and gone after it.
    const rows = await tx.runAs(a.actor('owner'), (m) => m.query('SELECT id FROM projects WHERE name = $1', [name]));
    expect(rows).toEqual([]);
  });
});
