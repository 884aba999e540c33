import { initialPainPointStatus, mayDeletePainPoint, mayManagePainPoints, painPointStatusProblem } from './pain-point-rules';

describe('pain point rules', () => {
  it('owners and leaders manage, others propose', () => {
    expect(mayManagePainPoints('owner')).toBe(true);
    expect(mayManagePainPoints('leader')).toBe(true);
    expect(mayManagePainPoints('team_lead')).toBe(false);
    expect(mayManagePainPoints('employee')).toBe(false);
    expect(mayManagePainPoints(null)).toBe(false);
    expect(initialPainPointStatus('leader')).toBe('open');
    expect(initialPainPointStatus('employee')).toBe('proposed');
    expect(initialPainPointStatus('team_lead')).toBe('proposed');
  });

  it('a member deletes only their own proposal while it is proposed', () => {
    const own = { status: 'proposed' as const, recordedBy: 'u1', recordedByPark: false };
    expect(mayDeletePainPoint('employee', 'u1', own)).toBe(true);
    expect(mayDeletePainPoint('employee', 'u2', own)).toBe(false);
    expect(mayDeletePainPoint('employee', 'u1', { ...own, status: 'open' })).toBe(false);
    expect(mayDeletePainPoint('employee', null, own)).toBe(false);
    expect(mayDeletePainPoint('leader', 'u9', { ...own, status: 'closed' })).toBe(true);
  });

  it('nothing goes back to proposed', () => {
    expect(painPointStatusProblem('proposed', 'open')).toBeNull();
    expect(painPointStatusProblem('open', 'closed')).toBeNull();
    expect(painPointStatusProblem('closed', 'open')).toBeNull();
    expect(painPointStatusProblem('proposed', 'proposed')).toBeNull();
    expect(painPointStatusProblem('open', 'proposed')).toMatch(/proposed/);
  });
});
