import { PainPoint, Solution } from '@xinzhi/shared-contracts';
import { answers, unmetDemand } from './demand';

const pain = (id: string, change: Partial<PainPoint>): PainPoint => ({
  id,
  tenantId: 't1',
  tenantName: 'T1',
  title: id,
  description: '',
  businessArea: 'production',
  sceneId: null,
  severity: 3,
  status: 'open',
  recordedByPark: false,
  recordedByName: null,
  fromGap: null,
  addressedBy: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...change,
});

describe('unmet demand', () => {
  const quality = { businessAreas: ['production'], scenes: [{ sceneId: 'quality', toLevel: 2 }] } as unknown as Solution;

  it('counts a solution as an answer when it covers the business area and, if the pain point names a scene, raises it', () => {
    expect(answers(quality, { businessArea: 'production', sceneId: null })).toBe(true);
    expect(answers(quality, { businessArea: 'production', sceneId: 'quality' })).toBe(true);
    expect(answers(quality, { businessArea: 'production', sceneId: 'energy' })).toBe(false);
    expect(answers(quality, { businessArea: 'finance', sceneId: null })).toBe(false);
  });

  it('lists the open pain points nothing answers and counts them by business area × industry section', () => {
    const demand = unmetDemand(
      [
        pain('answered', { sceneId: 'quality' }),
        pain('energy', { sceneId: 'energy' }),
        pain('hr-1', { businessArea: 'hr', tenantId: 't2' }),
        pain('hr-2', { businessArea: 'hr', tenantId: 't2' }),
        pain('hr-3', { businessArea: 'hr' }),
        pain('closed', { businessArea: 'hr', status: 'closed' }),
      ],
      [quality],
      (tenantId) => (tenantId === 't1' ? 'C' : 'F'),
    );
    expect(demand.painPoints.map((p) => p.id)).toEqual(['energy', 'hr-1', 'hr-2', 'hr-3']);
    expect(demand.cells).toEqual([
      { businessArea: 'hr', industrySection: 'F', count: 2 },
      { businessArea: 'hr', industrySection: 'C', count: 1 },
      { businessArea: 'production', industrySection: 'C', count: 1 },
    ]);
  });
});
