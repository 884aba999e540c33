import type {
  Assessment,
  AssessmentComparison,
  AssessmentFramework,
  AssessmentFrameworkSummary,
  AssessmentGap,
  CreateTenantResponse,
  ItemAnswer,
  SceneAnswer,
  TokenResponse,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

const run = Date.now().toString(36);
const PASSWORD = 'assessment owner passphrase';

/**
 * Scoring end to end: an enterprise of its own answers the MIIT 2024 questionnaire, submits (202),
 * the worker scores it, and the result is the one worked out by hand below — points per item,
 * sub-dimension, dimension and total, the level and the rule that decided it, and the gap list to the
 * next level. A second assessment compared with the first gives the per-dimension and per-scene
 * differences.
 *
 * The MIIT table (manufacturing, 2024): foundation 50 (Q1–Q7), management 30 (Q8–Q11), results 20
 * (Q12–Q15); 16 scenes, 10 of them constraint scenes (product design, marketing, production
 * control, quality, equipment, safety, energy, purchasing, warehousing, finance). Levels: 1 ≥ 20
 * points, 6 scenes at ≥ 1, 3 of them constraint; 2 ≥ 40, 6, 3; 3 ≥ 60, 8, 5; 4 ≥ 80, 10, 6.
 */
describe('assessment scoring (MIIT 2024)', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Session;
  let framework: AssessmentFramework;

  const as = <T>(who: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: who.accessToken, body });

  /** Creates a draft, saves the answers in two sittings (partial saves merge), submits and waits for the score. */
  async function assess(title: string, items: ItemAnswer[], scenes: SceneAnswer[]): Promise<Assessment> {
    const created = await as<Assessment>(owner, 'POST', '/api/assessments', { frameworkId: framework.id, title });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    const id = created.body.id;
    const half = Math.ceil(items.length / 2);
    const first = await as<Assessment>(owner, 'PUT', `/api/assessments/${id}/answers`, { items: items.slice(0, half) });
    expect(first.status).toBe(200);
    const second = await as<Assessment>(owner, 'PUT', `/api/assessments/${id}/answers`, { items: items.slice(half), scenes });
    expect(second.status).toBe(200);
    expect(second.body.items.map((i) => i.itemId).sort()).toEqual(items.map((i) => i.itemId).sort());
    const submitted = await as<Assessment>(owner, 'POST', `/api/assessments/${id}/submit`);
    expect(submitted.status).toBe(202);
    return waitFor(
      async () => {
        const reply = await as<Assessment>(owner, 'GET', `/api/assessments/${id}`);
        return reply.body.status === 'scored' ? reply.body : null;
      },
      30_000,
      `assessment "${title}" to be scored`,
    );
  }

  const itemsOf = () => framework.dimensions.flatMap((d) => d.items);
  const itemGap = (itemId: string, toOptionId: string, gain: number): AssessmentGap => {
    const dimension = framework.dimensions.find((d) => d.items.some((i) => i.id === itemId));
    const item = itemsOf().find((i) => i.id === itemId);
    if (!dimension || !item) throw new Error(`no item ${itemId}`);
    return { kind: 'item', key: `item:${itemId}`, itemId, dimensionId: dimension.id, businessArea: item.businessArea, toOptionId, gain };
  };
  const sceneGap = (sceneId: string, fromLevel: number, toLevel: number): AssessmentGap => {
    const scene = framework.scenes.find((s) => s.id === sceneId);
    if (!scene) throw new Error(`no scene ${sceneId}`);
    return {
      kind: 'scene',
      key: `scene:${sceneId}`,
      sceneId,
      businessArea: scene.businessArea,
      constraint: scene.constraint,
      fromLevel,
      toLevel,
    };
  };
  const sceneLevels = (levels: Record<string, number>) => framework.scenes.map((s) => ({ sceneId: s.id, level: levels[s.id] ?? 0 }));

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    // Our own enterprise and owner: a park administrator onboards the tenant, its owner accepts.
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    const ownerEmail = `owner.${run}@assessment.xinzhi.test`;
    const created = await as<CreateTenantResponse>(park, 'POST', '/api/park/tenants', {
      name: `评测 Assessment Works ${run}`,
      creditCode: '',
      industrySection: 'C',
      industryDivision: '34',
      scale: 'small',
      region: '苏州',
      emerging: false,
      manufacturingType: 'discrete',
      ownerEmail,
      ownerName: '评测老板',
    });
    expect(created.status).toBe(201);
    const token = created.body.invitation.acceptUrl.split('/invite/')[1];
    expect((await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: PASSWORD } })).status).toBe(
      200,
    );
    owner = await signIn(api.url, ownerEmail, PASSWORD);

    const list = await as<AssessmentFrameworkSummary[]>(owner, 'GET', '/api/assessment-frameworks');
    expect(list.status).toBe(200);
    const miit = list.body.find((f) => f.key === 'miit-sme-dl' && f.current);
    if (!miit) throw new Error('the MIIT framework is not published');
    const detail = await as<AssessmentFramework>(owner, 'GET', `/api/assessment-frameworks/${miit.id}`);
    expect(detail.status).toBe(200);
    framework = detail.body;
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('scores every "none" / lowest option and no scene as 0 points, level 0, with the cheapest way to level 1', async () => {
    const result = await assess(
      '全部最低 All lowest',
      itemsOf().map((item) => ({ itemId: item.id, optionIds: [item.options[0].id] })),
      [],
    );
    expect(result.totalPoints).toBe(0);
    expect(result.level).toBe(0);
    expect(result.dimensionPoints?.map((d) => [d.dimensionId, d.points, d.maxPoints])).toEqual([
      ['foundation', 0, 50],
      ['management', 0, 30],
      ['results', 0, 20],
    ]);
    expect(result.sceneLevels?.every((s) => s.level === 0)).toBe(true);
    expect(result.decidedBy).toEqual({
      level: 0,
      minPoints: null,
      minScenes: null,
      minConstraintScenes: null,
      scenesAtLevel: 0,
      constraintScenesAtLevel: 0,
    });
    // Next steps from the bottom, by gain: Q12 B 3.5, Q13 B 3.5, Q5 B 2.5, Q1 one network 2, Q9 one rule 1.875,
    // Q11 B 1.875, then the 1.5 steps in question order Q2, Q3, Q8, Q10 (Q14, Q15), Q6, Q7 1.25, Q4 O 0.9.
    // 20 short: 3.5 + 3.5 + 2.5 + 2 + 1.875 + 1.875 + 1.5 + 1.5 + 1.5 = 19.75 < 20; + Q10 1.5 = 21.25 ≥ 20.
    // Scenes: 6 short, 3 of them constraint: product design, marketing, production control (the first constraint
    // scenes), then process design, after-sales, scheduling (the first of any; all at 0).
    expect(result.gaps).toEqual({
      nextLevel: 1,
      pointsShort: 20,
      scenesShort: 6,
      constraintScenesShort: 3,
      items: [
        itemGap('q12', 'q12-b', 3.5),
        itemGap('q13', 'q13-b', 3.5),
        itemGap('q5', 'q5-b', 2.5),
        itemGap('q1', 'q1-b', 2),
        itemGap('q9', 'q9-b', 1.88),
        itemGap('q11', 'q11-b', 1.88),
        itemGap('q2', 'q2-b', 1.5),
        itemGap('q3', 'q3-b', 1.5),
        itemGap('q8', 'q8-b', 1.5),
        itemGap('q10', 'q10-b', 1.5),
        sceneGap('product_design', 0, 1),
        sceneGap('marketing', 0, 1),
        sceneGap('production_control', 0, 1),
        sceneGap('process_design', 0, 1),
        sceneGap('after_sales', 0, 1),
        sceneGap('scheduling', 0, 1),
      ],
    });
  });

  it('scores every highest option (all of each multi-select) and every scene at 4 as 100 points, level 4', async () => {
    const result = await assess(
      '全部最高 All highest',
      itemsOf().map((item) => ({
        itemId: item.id,
        optionIds:
          item.type === 'multi' ? item.options.filter((o) => !o.exclusive).map((o) => o.id) : [item.options[item.options.length - 1].id],
      })),
      framework.scenes.map((s) => ({ sceneId: s.id, level: 4 })),
    );
    expect(result.totalPoints).toBe(100);
    expect(result.level).toBe(4);
    // Q4: 14 links × 0.7 + human resources 0.9 = 10, exactly.
    expect(result.itemPoints?.find((i) => i.itemId === 'q4')?.points).toBe(10);
    expect(result.dimensionPoints?.map((d) => [d.dimensionId, d.points, d.share])).toEqual([
      ['foundation', 50, 1],
      ['management', 30, 1],
      ['results', 20, 1],
    ]);
    expect(result.decidedBy).toEqual({
      level: 4,
      minPoints: 80,
      minScenes: 10,
      minConstraintScenes: 6,
      scenesAtLevel: 16,
      constraintScenesAtLevel: 10,
    });
    expect(result.gaps).toEqual({ nextLevel: null, pointsShort: 0, scenesShort: 0, constraintScenesShort: 0, items: [] });
  });

  /** The mixed set (T0 of the re-assessment below). */
  const MIXED_ITEMS: ItemAnswer[] = [
    { itemId: 'q1', optionIds: ['q1-b', 'q1-c'] }, // 2 × 0.25 × 8 = 4
    { itemId: 'q2', optionIds: ['q2-c'], evidence: { devices_total: 40, devices_digitised: 12 } }, // 30 % → (20 %, 40 %]: 3
    { itemId: 'q3', optionIds: ['q3-b'] }, // 1.5
    { itemId: 'q4', optionIds: ['q4-b', 'q4-c', 'q4-d', 'q4-e', 'q4-f', 'q4-g', 'q4-o'] }, // 6 × 0.7 + 0.9 = 5.1
    { itemId: 'q5', optionIds: ['q5-c'] }, // 5
    { itemId: 'q6', optionIds: ['q6-b', 'q6-c', 'q6-d'] }, // 3 × 1.25 = 3.75
    { itemId: 'q7', optionIds: ['q7-a'] }, // none: 0
    { itemId: 'q8', optionIds: ['q8-d'] }, // 0.6 × 7.5 = 4.5
    { itemId: 'q9', optionIds: ['q9-b', 'q9-d'] }, // 2 × 1.875 = 3.75
    { itemId: 'q10', optionIds: ['q10-b', 'q10-c', 'q10-d'] }, // 3 × 1.5 = 4.5
    { itemId: 'q11', optionIds: ['q11-b'] }, // 1.875
    { itemId: 'q12', optionIds: ['q12-b'] }, // 3.5
    { itemId: 'q13', optionIds: ['q13-c'] }, // 7
    { itemId: 'q14', optionIds: ['q14-c'] }, // 3
    { itemId: 'q15', optionIds: ['q15-a'] }, // 0
  ];
  const MIXED_SCENES: Record<string, number> = {
    product_design: 3, // constraint
    marketing: 3, // constraint
    production_control: 2, // constraint
    quality: 2, // constraint
    equipment: 1, // constraint
    purchasing: 3, // constraint
    finance: 2, // constraint
    process_design: 2,
    hr: 3,
    office: 1,
    decision: 0,
  };
  let t0: Assessment;

  it('scores a mixed set with multi-select sums as worked by hand: points, dimensions, level and gaps', async () => {
    t0 = await assess(
      '混合 Mixed',
      MIXED_ITEMS,
      Object.entries(MIXED_SCENES).map(([sceneId, level]) => ({ sceneId, level })),
    );
    expect(t0.itemPoints?.map((i) => i.points)).toEqual([4, 3, 1.5, 5.1, 5, 3.75, 0, 4.5, 3.75, 4.5, 1.88, 3.5, 7, 3, 0]);
    // foundation = 4 + 3 + 1.5 + 5.1 + 5 + 3.75 + 0 = 22.35 (equipment & systems 8.5, data collection 5.1,
    // information systems 5, security 3.75); management = 4.5 + 3.75 + 4.5 + 1.875 = 14.625 → 14.63 (planning 8.25,
    // resources 6.375 → 6.38); results = 3.5 + 7 + 3 + 0 = 13.5. Total 50.475 → 50.48.
    expect(t0.dimensionPoints).toEqual([
      {
        dimensionId: 'foundation',
        points: 22.35,
        maxPoints: 50,
        share: 0.447,
        subDimensions: [
          { subDimensionId: 'equipment_systems', points: 8.5, maxPoints: 20 },
          { subDimensionId: 'data_collection', points: 5.1, maxPoints: 10 },
          { subDimensionId: 'information_systems', points: 5, maxPoints: 10 },
          { subDimensionId: 'security', points: 3.75, maxPoints: 10 },
        ],
      },
      {
        dimensionId: 'management',
        points: 14.63,
        maxPoints: 30,
        share: 0.4875,
        subDimensions: [
          { subDimensionId: 'planning', points: 8.25, maxPoints: 15 },
          { subDimensionId: 'resources', points: 6.38, maxPoints: 15 },
        ],
      },
      {
        dimensionId: 'results',
        points: 13.5,
        maxPoints: 20,
        share: 0.675,
        subDimensions: [
          { subDimensionId: 'green', points: 3.5, maxPoints: 7 },
          { subDimensionId: 'quality', points: 7, maxPoints: 7 },
          { subDimensionId: 'market', points: 3, maxPoints: 6 },
        ],
      },
    ]);
    expect(t0.totalPoints).toBe(50.48);
    expect(t0.sceneLevels).toEqual(sceneLevels(MIXED_SCENES));
    // Scenes at ≥ 2: product design, marketing, production control, quality, purchasing, finance, process design,
    // hr = 8, 6 of them constraint → level 2 (50.475 ≥ 40, 8 ≥ 6, 6 ≥ 3); level 3 needs 60 points.
    expect(t0.level).toBe(2);
    expect(t0.decidedBy).toEqual({
      level: 2,
      minPoints: 40,
      minScenes: 6,
      minConstraintScenes: 3,
      scenesAtLevel: 8,
      constraintScenesAtLevel: 6,
    });
    // To level 3: 60 − 50.475 = 9.525 → 9.53 points short. At ≥ 3: product design, marketing, purchasing, hr = 4
    // (8 needed: 4 short), 3 constraint (5 needed: 2 short).
    // Next steps by gain: Q12 flat → lower 3.5, Q5 C → D 2.5, Q1 + 5G 2, Q9 + C 1.875, Q11 1.875, the 1.5 steps …
    // 3.5 + 2.5 + 2 = 8 < 9.525; + 1.875 = 9.875 ≥ 9.525 → four items.
    // Scenes: constraint scenes below 3, highest first: production control (2), quality (2); then two of any:
    // process design (2) and finance (2), the first at level 2 in framework order.
    expect(t0.gaps).toEqual({
      nextLevel: 3,
      pointsShort: 9.53,
      scenesShort: 4,
      constraintScenesShort: 2,
      items: [
        itemGap('q12', 'q12-c', 3.5),
        itemGap('q5', 'q5-d', 2.5),
        itemGap('q1', 'q1-d', 2),
        itemGap('q9', 'q9-c', 1.88),
        sceneGap('production_control', 2, 3),
        sceneGap('quality', 2, 3),
        sceneGap('process_design', 2, 3),
        sceneGap('finance', 2, 3),
      ],
    });
  });

  it('keeps level 1 when the points of level 2 are met but not its scene count, and names the scene to raise', async () => {
    const scenes = { product_design: 2, marketing: 2, production_control: 2, quality: 2, hr: 2, office: 1 };
    const result = await assess(
      '分数够场景不够 Points without scenes',
      [
        { itemId: 'q1', optionIds: ['q1-b', 'q1-c', 'q1-d', 'q1-e'] }, // 8
        { itemId: 'q2', optionIds: ['q2-e'] }, // 6
        { itemId: 'q3', optionIds: ['q3-e'] }, // 6
        { itemId: 'q5', optionIds: ['q5-e'] }, // 10
        { itemId: 'q8', optionIds: ['q8-f'] }, // 7.5
        { itemId: 'q12', optionIds: ['q12-c'] }, // 7
      ],
      Object.entries(scenes).map(([sceneId, level]) => ({ sceneId, level })),
    );
    // 44.5 ≥ 40, but 5 scenes at ≥ 2 (6 needed). Level 1: 44.5 ≥ 20, 6 scenes at ≥ 1, 4 of them constraint ≥ 3.
    expect(result.totalPoints).toBe(44.5);
    expect(result.dimensionPoints?.map((d) => d.points)).toEqual([30, 7.5, 7]);
    expect(result.level).toBe(1);
    expect(result.decidedBy).toEqual({
      level: 1,
      minPoints: 20,
      minScenes: 6,
      minConstraintScenes: 3,
      scenesAtLevel: 6,
      constraintScenesAtLevel: 4,
    });
    // No points short, constraint scenes suffice; one scene to level 2: office, the highest below 2.
    expect(result.gaps).toEqual({
      nextLevel: 2,
      pointsShort: 0,
      scenesShort: 1,
      constraintScenesShort: 0,
      items: [sceneGap('office', 1, 2)],
    });
  });

  it('compares a re-assessment that took the gap list with the first: per dimension and per scene', async () => {
    // T1 takes T0's gaps: Q12 → C (+3.5), Q5 → D (+2.5), Q1 + D (+2), Q9 + C (+1.875); the four scenes to level 3.
    const improved = new Map<string, string[]>([
      ['q12', ['q12-c']],
      ['q5', ['q5-d']],
      ['q1', ['q1-b', 'q1-c', 'q1-d']],
      ['q9', ['q9-b', 'q9-c', 'q9-d']],
    ]);
    const t1Scenes = { ...MIXED_SCENES, production_control: 3, quality: 3, process_design: 3, finance: 3 };
    const t1 = await assess(
      '复评 Re-assessment',
      MIXED_ITEMS.map((a) => ({ ...a, optionIds: improved.get(a.itemId) ?? a.optionIds })),
      Object.entries(t1Scenes).map(([sceneId, level]) => ({ sceneId, level })),
    );
    // foundation 22.35 + 2.5 + 2 = 26.85; management 14.625 + 1.875 = 16.5; results 13.5 + 3.5 = 17; total 60.35.
    // At ≥ 3: product design, marketing, purchasing, hr + the four raised = 8, constraint 6 → level 3 (≥ 60, 8, 5).
    expect(t1.totalPoints).toBe(60.35);
    expect(t1.level).toBe(3);
    expect(t1.gaps?.nextLevel).toBe(4);

    const comparison = await as<AssessmentComparison>(owner, 'GET', `/api/assessments/${t1.id}/comparison?with=${t0.id}`);
    expect(comparison.status).toBe(200);
    expect(comparison.body.from.id).toBe(t0.id);
    expect(comparison.body.to.id).toBe(t1.id);
    // Differences of the reported (rounded) values: 60.35 − 50.48 = 9.87; management 16.5 − 14.63 = 1.87.
    expect(comparison.body.totalDelta).toBe(9.87);
    expect(comparison.body.levelDelta).toBe(1);
    expect(comparison.body.dimensions).toEqual([
      { dimensionId: 'foundation', from: 22.35, to: 26.85, delta: 4.5 },
      { dimensionId: 'management', from: 14.63, to: 16.5, delta: 1.87 },
      { dimensionId: 'results', from: 13.5, to: 17, delta: 3.5 },
    ]);
    const raised = new Set(['production_control', 'quality', 'process_design', 'finance']);
    expect(comparison.body.scenes).toEqual(
      framework.scenes.map((s) => {
        const from = MIXED_SCENES[s.id] ?? 0;
        return { sceneId: s.id, from, to: raised.has(s.id) ? 3 : from, delta: raised.has(s.id) ? 3 - from : 0 };
      }),
    );
    expect(comparison.body.scenes.filter((s) => s.delta !== 0).map((s) => [s.sceneId, s.delta])).toEqual([
      ['process_design', 1],
      ['production_control', 1],
      ['quality', 1],
      ['finance', 1],
    ]);
  });
});
