import { Solution } from '@xinzhi/shared-contracts';
import { RecommendationFacts, rankSolutions, scoreSolution } from './ranking';

let n = 0;
function solution(change: Partial<Solution>): Solution {
  n++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    parkId: '00000000-0000-7000-8000-999999999999',
    name: `Solution ${n}`,
    providerName: 'Provider',
    providerContact: '',
    summary: '',
    technologyTypes: ['cloud_computing'],
    businessAreas: ['finance'],
    scenes: [],
    industries: [],
    scales: [],
    priceBand: { min: 0, max: 1000 },
    deployWeeks: 12,
    delivery: 'saas',
    templateTasks: [],
    templateKpis: [],
    status: 'published',
    adoptionCount: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...change,
  };
}

const facts: RecommendationFacts = {
  painPoints: [
    { id: 'p-stock', title: '库存数不准 Stock counts wrong', businessArea: 'warehousing_logistics', sceneId: 'warehousing', severity: 4 },
    { id: 'p-invoice', title: 'Invoices late', businessArea: 'finance', sceneId: null, severity: 2 },
  ],
  sceneLevels: [
    { sceneId: 'warehousing', level: 1 },
    { sceneId: 'finance', level: 3 },
  ],
  industrySection: 'C',
  scale: 'small',
};

describe('recommendation ranking', () => {
  it('names the pain point, the scene gap, industry, scale and weeks of a solution that meets them', () => {
    const wms = solution({
      name: '轻量仓储 WMS',
      businessAreas: ['warehousing_logistics'],
      scenes: [{ sceneId: 'warehousing', toLevel: 2 }],
      industries: ['C'],
      scales: ['small', 'medium'],
      deployWeeks: 4,
    });
    const r = scoreSolution(wms, facts);
    expect(r.reasons).toEqual([
      {
        kind: 'pain_point',
        painPointId: 'p-stock',
        title: '库存数不准 Stock counts wrong',
        businessArea: 'warehousing_logistics',
        severity: 4,
      },
      { kind: 'scene_gap', sceneId: 'warehousing', fromLevel: 1, toLevel: 2 },
      { kind: 'industry', section: 'C' },
      { kind: 'scale', scale: 'small' },
      { kind: 'deploy_weeks', weeks: 4 },
    ]);
    // 10 + 2·4 + 4 (scene) + 5 + 3·1 + 3 + 2 + (12 − 4)·0.25
    expect(r.score).toBe(37);
  });

  it('gives no gap for a scene at or above the level the solution reaches, nor for a scene the assessment does not list', () => {
    const finance = solution({
      scenes: [
        { sceneId: 'finance', toLevel: 3 },
        { sceneId: 'hr', toLevel: 2 },
      ],
    });
    expect(scoreSolution(finance, facts).reasons.filter((x) => x.kind === 'scene_gap')).toEqual([]);
  });

  it('ranks the solution answering the severe pain point and the gap first, and breaks ties by weeks then name', () => {
    const wms = solution({ name: 'WMS', businessAreas: ['warehousing_logistics'], scenes: [{ sceneId: 'warehousing', toLevel: 3 }] });
    const cloudFinance = solution({ name: 'Cloud finance', businessAreas: ['finance'] });
    const slow = solution({ name: 'A slow one', businessAreas: ['hr'], deployWeeks: 20 });
    const quick = solution({ name: 'B quick one', businessAreas: ['hr'], deployWeeks: 2 });
    const same = solution({ name: 'A quick one', businessAreas: ['hr'], deployWeeks: 2 });
    const ranked = rankSolutions([slow, quick, cloudFinance, same, wms], facts).map((r) => r.solution.name);
    expect(ranked).toEqual(['WMS', 'Cloud finance', 'A quick one', 'B quick one', 'A slow one']);
  });

  it('still lists every solution without pain points or an assessment, quickest first', () => {
    const none: RecommendationFacts = { painPoints: [], sceneLevels: [], industrySection: 'F', scale: 'micro' };
    const ranked = rankSolutions([solution({ name: 'x', deployWeeks: 8 }), solution({ name: 'y', deployWeeks: 3 })], none);
    expect(ranked.map((r) => [r.solution.name, r.reasons])).toEqual([
      ['y', [{ kind: 'deploy_weeks', weeks: 3 }]],
      ['x', [{ kind: 'deploy_weeks', weeks: 8 }]],
    ]);
  });
});
