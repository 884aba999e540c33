import { solutionName } from './origin';

describe('solutionName', () => {
  it('names the solution of a task or KPI adopted from the catalog, nothing for others', () => {
    const adoptionId = '00000000-0000-4000-8000-000000000001';
    const solutionId = '00000000-0000-4000-8000-000000000002';
    expect(solutionName({ type: 'solution', adoptionId, solutionId, solutionName: '轻量仓储 WMS' } as never)).toBe('轻量仓储 WMS');
    expect(
      solutionName({ type: 'assessment_gap', assessmentId: adoptionId, gapKey: 'scene:quality', assessmentTitle: 'A' } as never),
    ).toBeNull();
    expect(solutionName(null)).toBeNull();
  });
});
