import type { Page, Problem, Solution } from '@xinzhi/shared-contracts';
import { ApiProcess, call, Session, signIn, startApi } from '@xinzhi/testing';

/**
 * The park's solution catalog: the park administrator curates its own park's catalog (draft →
 * published → retired); tenants see only their own park's published solutions; the second park
 * and its tenants see none of the first park's. The suite creates its own solutions (names carry
 * the run's mark) and only reads as the demo enterprises.
 */
const run = Date.now().toString(36);

let api: ApiProcess;
let park: Session;
let park2: Session;
let tenant: Session;
let employee: Session;
let tenant2: Session;

const as = <T>(s: Session, method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: s.accessToken, body });
const ours = async (s: Session = park) => (await as<Page<Solution>>(s, 'GET', `/api/park/solutions?q=${run}&limit=100`)).body.items;

const wms = (over: object = {}) => ({
  name: `轻量级仓储管理 WMS ${run}`,
  providerName: '苏州云仓信息科技有限公司',
  providerContact: '陆经理 0512-6688 1201',
  summary: `扫码出入库与循环盘点 ${run}. Light cloud WMS.`,
  technologyTypes: ['cloud_computing', 'internet_of_things'],
  businessAreas: ['warehousing_logistics'],
  scenes: [{ sceneId: 'warehousing', toLevel: 2 }],
  industries: ['C'],
  scales: ['small', 'micro'],
  priceBand: { min: 20000, max: 60000 },
  deployWeeks: 4,
  delivery: 'saas',
  templateTasks: [
    {
      title: '梳理库位与物料编码',
      businessArea: 'warehousing_logistics',
      technologyType: 'big_data',
      weight: 3,
      startOffsetDays: 0,
      dueOffsetDays: 7,
    },
    {
      title: '粘贴条码',
      description: '库位与物料',
      businessArea: 'warehousing_logistics',
      technologyType: 'internet_of_things',
      weight: 2,
      startOffsetDays: 7,
      dueOffsetDays: 14,
    },
    {
      title: '上线扫码出入库',
      businessArea: 'warehousing_logistics',
      technologyType: 'cloud_computing',
      weight: 5,
      startOffsetDays: 14,
      dueOffsetDays: 28,
    },
  ],
  templateKpis: [
    { name: '库存准确率', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 85, target: 99, targetOffsetDays: 90 },
    { name: '出库作业时长', unit: '分钟', direction: 'lower_is_better', category: 'efficiency', baseline: 30, target: 12 },
  ],
  ...over,
});

beforeAll(async () => {
  api = await startApi();
  [park, park2, tenant, employee, tenant2] = await Promise.all(
    [
      'park.admin@xinzhi.test',
      'park2.admin@xinzhi.test',
      'owner@brightchem.xinzhi.test',
      'employee@acme.xinzhi.test',
      'owner@delta.xinzhi.test',
    ].map((e) => signIn(api.url, e)),
  );
});
afterAll(() => api?.stop());

describe('the park curates its catalog', () => {
  it('creates a draft with its template tasks and KPIs, which tenants cannot see until it is published', async () => {
    const created = await as<Solution>(park, 'POST', '/api/park/solutions', wms());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: `轻量级仓储管理 WMS ${run}`,
      status: 'draft',
      adoptionCount: 0,
      priceBand: { min: 20000, max: 60000 },
      scales: ['micro', 'small'],
      scenes: [{ sceneId: 'warehousing', toLevel: 2 }],
    });
    expect(created.body.templateTasks).toHaveLength(3);
    expect(created.body.templateTasks[0]).toMatchObject({ title: '梳理库位与物料编码', description: '', weight: 3, dueOffsetDays: 7 });
    expect(created.body.templateTasks[1].description).toBe('库位与物料');
    expect(created.body.templateKpis).toEqual(wms().templateKpis);
    const id = created.body.id;

    // A draft is the park's alone.
    expect((await as(tenant, 'GET', `/api/solutions/${id}`)).status).toBe(404);
    expect((await as<Page<Solution>>(tenant, 'GET', `/api/solutions?q=${run}`)).body.items).toEqual([]);
    expect((await as<Page<Solution>>(tenant, 'GET', `/api/solutions?q=${run}&status=draft`)).body.items).toEqual([]);

    const published = await as<Solution>(park, 'PATCH', `/api/park/solutions/${id}`, { status: 'published', deployWeeks: 3 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', deployWeeks: 3, name: `轻量级仓储管理 WMS ${run}` });
    expect(published.body.templateTasks).toHaveLength(3);

    const seen = await as<Solution>(tenant, 'GET', `/api/solutions/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id, status: 'published', adoptionCount: null, deployWeeks: 3 });
    expect((await as<Page<Solution>>(employee, 'GET', `/api/solutions?q=${run}`)).body.items.map((s) => s.id)).toEqual([id]);

    // Retired: gone from the tenants' catalog again, kept in the park's.
    expect((await as(park, 'PATCH', `/api/park/solutions/${id}`, { status: 'retired' })).status).toBe(200);
    expect((await as(tenant, 'GET', `/api/solutions/${id}`)).status).toBe(404);
    expect((await as<Solution>(park, 'GET', `/api/park/solutions/${id}`)).body.status).toBe('retired');
  });

  it('filters the catalog by business area, technology, scene, status and words', async () => {
    const energy = await as<Solution>(
      park,
      'POST',
      '/api/park/solutions',
      wms({
        name: `能耗在线监测 ${run}`,
        businessAreas: ['production'],
        technologyTypes: ['big_data'],
        scenes: [{ sceneId: 'energy', toLevel: 2 }],
        status: 'published',
        delivery: 'hardware_kit',
      }),
    );
    expect(energy.status).toBe(201);
    const quality = await as<Solution>(
      park,
      'POST',
      '/api/park/solutions',
      wms({
        name: `AI 视觉质检 ${run}`,
        businessAreas: ['production'],
        technologyTypes: ['artificial_intelligence'],
        scenes: [{ sceneId: 'quality', toLevel: 3 }],
      }),
    );
    const ids = async (s: Session, path: string) => (await as<Page<Solution>>(s, 'GET', path)).body.items.map((x) => x.id);
    expect(await ids(park, `/api/park/solutions?q=${run}&sceneId=energy`)).toEqual([energy.body.id]);
    expect(await ids(park, `/api/park/solutions?q=${run}&technologyType=artificial_intelligence`)).toEqual([quality.body.id]);
    expect(await ids(park, `/api/park/solutions?q=${run}&businessArea=production&status=draft`)).toEqual([quality.body.id]);
    expect((await ids(park, `/api/park/solutions?q=${run}&businessArea=production`)).sort()).toEqual(
      [energy.body.id, quality.body.id].sort(),
    );
    expect(await ids(park, `/api/park/solutions?q=${encodeURIComponent(`能耗在线监测 ${run}`)}`)).toEqual([energy.body.id]);
    // Tenants: published only, whatever status they ask for.
    expect(await ids(tenant, `/api/solutions?q=${run}&businessArea=production`)).toEqual([energy.body.id]);
    expect(await ids(tenant, `/api/solutions?q=${run}&status=draft`)).toEqual([energy.body.id]);

    // Paging walks the whole list once.
    const first = await as<Page<Solution>>(park, 'GET', `/api/park/solutions?q=${run}&limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await as<Page<Solution>>(park, 'GET', `/api/park/solutions?q=${run}&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('deletes a solution nobody adopted', async () => {
    const created = await as<Solution>(park, 'POST', '/api/park/solutions', wms({ name: `待删除 To delete ${run}` }));
    expect((await as(park, 'DELETE', `/api/park/solutions/${created.body.id}`)).status).toBe(204);
    expect((await as(park, 'GET', `/api/park/solutions/${created.body.id}`)).status).toBe(404);
  });

  it('answers bad input with a problem and stores nothing', async () => {
    const before = await ours();
    const task = wms().templateTasks[0];
    const bad: Array<[string, object, string]> = [
      ['template task weight 0', wms({ name: `坏 1 ${run}`, templateTasks: [{ ...task, weight: 0 }] }), 'templateTasks.0.weight'],
      [
        'due offset before the start offset',
        wms({ name: `坏 2 ${run}`, templateTasks: [{ ...task, startOffsetDays: 10, dueOffsetDays: 3 }] }),
        'templateTasks.0.dueOffsetDays',
      ],
      ['unknown business area', wms({ name: `坏 3 ${run}`, businessAreas: ['astrology'] }), 'businessAreas.0'],
      [
        'unknown business area of a task',
        wms({ name: `坏 4 ${run}`, templateTasks: [{ ...task, businessArea: 'astrology' }] }),
        'templateTasks.0.businessArea',
      ],
      ['price min above max', wms({ name: `坏 5 ${run}`, priceBand: { min: 60000, max: 20000 } }), 'priceBand.max'],
      ['unknown scene', wms({ name: `坏 6 ${run}`, scenes: [{ sceneId: 'teleportation', toLevel: 2 }] }), 'scenes.0.sceneId'],
      ['scene level above 4', wms({ name: `坏 7 ${run}`, scenes: [{ sceneId: 'quality', toLevel: 5 }] }), 'scenes.0.toLevel'],
      ['no technology', wms({ name: `坏 8 ${run}`, technologyTypes: [] }), 'technologyTypes'],
      [
        'KPI target equal to its baseline',
        wms({ name: `坏 9 ${run}`, templateKpis: [{ ...wms().templateKpis[0], target: 85 }] }),
        'templateKpis.0.target',
      ],
      ['deploy weeks 0', wms({ name: `坏 10 ${run}`, deployWeeks: 0 }), 'deployWeeks'],
      ['unknown industry', wms({ name: `坏 11 ${run}`, industries: ['Z9'] }), 'industries.0'],
    ];
    for (const [what, body, field] of bad) {
      const res = await as<Problem>(park, 'POST', '/api/park/solutions', body);
      expect({ what, status: res.status }).toEqual({ what, status: 400 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect({ what, fields: res.body.errors?.map((e) => e.field) }).toEqual({ what, fields: expect.arrayContaining([field]) });
    }

    // A name the park already uses: 409.
    const taken = await as<Problem>(park, 'POST', '/api/park/solutions', wms({ name: `轻量级仓储管理 wms ${run}` }));
    expect(taken.status).toBe(409);
    expect(taken.body.errors?.[0]).toMatchObject({ field: 'name' });

    // Edits are held to the same rules, and a refused edit changes nothing.
    const target = before.find((s) => s.name === `能耗在线监测 ${run}`) as Solution;
    for (const body of [
      { priceBand: { min: 9, max: 1 } },
      { templateTasks: [{ ...task, weight: 0 }] },
      { businessAreas: ['astrology'] },
      { name: `AI 视觉质检 ${run}` },
    ]) {
      const res = await as<Problem>(park, 'PATCH', `/api/park/solutions/${target.id}`, body);
      expect([400, 409]).toContain(res.status);
    }
    expect(await ours()).toEqual(before);
  });

  it('keeps tenants off the park routes and the park administrator off the tenant routes', async () => {
    expect((await as(tenant, 'POST', '/api/park/solutions', wms({ name: `越权 ${run}` }))).status).toBe(403);
    expect((await as(employee, 'GET', '/api/park/solutions')).status).toBe(403);
    expect((await as(park, 'GET', '/api/solutions')).status).toBe(403);
  });
});

describe('one park never sees another park’s catalog', () => {
  it("shows the second park's administrator and tenants none of the first park's solutions", async () => {
    const [published] = (await ours()).filter((s) => s.status === 'published');
    expect(published).toBeDefined();
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await as(
        park2,
        method,
        `/api/park/solutions/${published.id}`,
        method === 'PATCH' ? { summary: 'changed by another park' } : undefined,
      );
      expect({ method, status: res.status }).toEqual({ method, status: 404 });
    }
    expect(await ours(park2)).toEqual([]);
    expect((await as(tenant2, 'GET', `/api/solutions/${published.id}`)).status).toBe(404);
    expect((await as<Page<Solution>>(tenant2, 'GET', `/api/solutions?q=${run}`)).body.items).toEqual([]);
    expect((await as<Solution>(park, 'GET', `/api/park/solutions/${published.id}`)).body.summary).not.toContain('another park');
  });

  it("shows the first park's tenants none of the second park's solutions, and each park its own demo catalog", async () => {
    const own = await as<Solution>(park2, 'POST', '/api/park/solutions', wms({ name: `滨江 Riverside ${run}`, status: 'published' }));
    expect(own.status).toBe(201);
    expect((await as(tenant2, 'GET', `/api/solutions/${own.body.id}`)).status).toBe(200);
    expect((await as(tenant, 'GET', `/api/solutions/${own.body.id}`)).status).toBe(404);
    expect((await as(park, 'GET', `/api/park/solutions/${own.body.id}`)).status).toBe(404);

    const parkIds = async (s: Session) =>
      new Set((await as<Page<Solution>>(s, 'GET', '/api/solutions?limit=100')).body.items.map((x) => x.parkId));
    expect([...(await parkIds(tenant))]).toEqual([park.context?.id]);
    expect([...(await parkIds(tenant2))]).toEqual([park2.context?.id]);
    expect(own.body.parkId).toBe(park2.context?.id);
  });
});
