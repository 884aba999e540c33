import { ActorContext } from '@xinzhi/server-core';
import { CatalogService, PainPointsService, SolutionsHttpModule } from '@xinzhi/server-solutions';
import type { CreateSolutionRequest } from '@xinzhi/shared-contracts';
import { freshTenant, refusal, ServiceTest, TenantFixture } from '@xinzhi/testing/service';

/**
 * Pain points and the catalog as their services see them: who may propose, accept and withdraw;
 * each park reads and records for its own tenants only; tenants see their own park's published
 * solutions only. Two fresh enterprises, each in a park of its own.
 */
describe('pain points and the catalog (services)', () => {
  let t: ServiceTest;
  let painPoints: PainPointsService;
  let catalog: CatalogService;
  let a: TenantFixture;
  let b: TenantFixture;

  const parkOf = (tenant: TenantFixture): ActorContext => ({
    requestId: `svc-park-${tenant.parkId}`,
    userId: null,
    tenantId: null,
    parkId: tenant.parkId,
    role: 'park_admin',
    platformOperator: false,
  });
  const solution = (over: Partial<CreateSolutionRequest> = {}): CreateSolutionRequest => ({
    name: `轻量 WMS ${Date.now()}`,
    providerName: '云仓',
    technologyTypes: ['cloud_computing'],
    businessAreas: ['warehousing_logistics'],
    scenes: [{ sceneId: 'warehousing', toLevel: 2 }],
    priceBand: { min: 1000, max: 2000 },
    deployWeeks: 4,
    delivery: 'saas',
    templateTasks: [
      {
        title: '梳理库位',
        businessArea: 'warehousing_logistics',
        technologyType: 'big_data',
        weight: 2,
        startOffsetDays: 0,
        dueOffsetDays: 7,
      },
    ],
    templateKpis: [{ name: '库存准确率', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 80, target: 99 }],
    ...over,
  });

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [SolutionsHttpModule] });
    painPoints = t.get(PainPointsService);
    catalog = t.get(CatalogService);
    a = await freshTenant(t, { boss: 'owner', lead: 'leader', worker: 'employee', other: 'employee' }, 'pain-a');
    b = await freshTenant(t, { boss: 'owner' }, 'pain-b');
  });
  afterAll(() => t?.close());

  const pain = { title: '盘点差异大', businessArea: 'warehousing_logistics' as const, sceneId: 'warehousing', severity: 4 };

  it('makes a member’s pain point a proposal that only owners and leaders change', async () => {
    const proposed = await t.as(a.actor('worker'), () => painPoints.create(pain));
    expect(proposed.status).toBe('proposed');
    expect((await refusal(t.as(a.actor('worker'), () => painPoints.update(proposed.id, { severity: 5 })))).status).toBe(403);
    expect((await refusal(t.as(a.actor('other'), () => painPoints.remove(proposed.id)))).status).toBe(403);
    const accepted = await t.as(a.actor('lead'), () => painPoints.update(proposed.id, { status: 'open' }));
    expect(accepted).toMatchObject({ status: 'open', severity: 4 });
    expect((await refusal(t.as(a.actor('worker'), () => painPoints.remove(proposed.id)))).status).toBe(403);
    await t.as(a.actor('boss'), () => painPoints.remove(proposed.id));
    expect((await refusal(t.as(a.actor('boss'), () => painPoints.get(proposed.id)))).status).toBe(404);
  });

  it('lets each park read and record for its own tenants only', async () => {
    const own = await t.as(a.actor('lead'), () => painPoints.create(pain));
    const recorded = await t.as(parkOf(a), () => painPoints.recordForTenant(a.id, { ...pain, title: '走访记录' }));
    expect(recorded).toMatchObject({ recordedByPark: true, status: 'open', tenantId: a.id });
    const seen = await t.as(parkOf(a), () => painPoints.listForPark({}));
    expect(seen.items.map((p) => p.id).sort()).toEqual([own.id, recorded.id].sort());

    expect((await t.as(parkOf(b), () => painPoints.listForPark({ tenantId: a.id }))).items).toEqual([]);
    expect((await refusal(t.as(parkOf(b), () => painPoints.recordForTenant(a.id, pain)))).status).toBe(404);
    expect((await refusal(t.as(b.actor('boss'), () => painPoints.get(own.id)))).status).toBe(404);
    expect((await t.as(a.actor('boss'), () => painPoints.list({}))).items).toHaveLength(2);
  });

  it('shows tenants their own park’s published solutions only', async () => {
    const draft = await t.as(parkOf(a), () => catalog.create(solution()));
    expect(draft).toMatchObject({ status: 'draft', adoptionCount: 0 });
    expect((await refusal(t.as(a.actor('worker'), () => catalog.getForTenant(draft.id)))).status).toBe(404);

    await t.as(parkOf(a), () => catalog.update(draft.id, { status: 'published' }));
    expect(await t.as(a.actor('worker'), () => catalog.getForTenant(draft.id))).toMatchObject({ status: 'published', adoptionCount: null });
    expect((await refusal(t.as(b.actor('boss'), () => catalog.getForTenant(draft.id)))).status).toBe(404);
    expect((await refusal(t.as(parkOf(b), () => catalog.getForPark(draft.id)))).status).toBe(404);
    expect((await t.as(b.actor('boss'), () => catalog.listForTenant({}))).items).toEqual([]);
  });

  it('refuses a solution naming an unknown scene or the same scene twice, and stores nothing', async () => {
    const before = (await t.as(parkOf(a), () => catalog.listForPark({}))).items.length;
    const unknown = await refusal(t.as(parkOf(a), () => catalog.create(solution({ scenes: [{ sceneId: 'moon', toLevel: 2 }] }))));
    expect(unknown).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'scenes.0.sceneId' })] });
    const twice = await refusal(
      t.as(parkOf(a), () =>
        catalog.create(
          solution({
            scenes: [
              { sceneId: 'quality', toLevel: 2 },
              { sceneId: 'quality', toLevel: 3 },
            ],
          }),
        ),
      ),
    );
    expect(twice.status).toBe(400);
    expect((await t.as(parkOf(a), () => catalog.listForPark({}))).items).toHaveLength(before);
  });
});
