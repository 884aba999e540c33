import { canAccept, managesSolutions } from './access';

describe('who manages pain points and adopts solutions', () => {
  it('owners and leaders of the enterprise; not team leads, employees or the park', () => {
    expect(managesSolutions({ type: 'tenant', id: 't1', role: 'owner' })).toBe(true);
    expect(managesSolutions({ type: 'tenant', id: 't1', role: 'leader' })).toBe(true);
    expect(managesSolutions({ type: 'tenant', id: 't1', role: 'team_lead' })).toBe(false);
    expect(managesSolutions({ type: 'tenant', id: 't1', role: 'employee' })).toBe(false);
    expect(managesSolutions({ type: 'park', id: 'p1', role: 'park_admin' })).toBe(false);
    expect(managesSolutions(null)).toBe(false);
  });

  it('accepting applies to proposed pain points only', () => {
    const leader = { type: 'tenant' as const, id: 't1', role: 'leader' as const };
    expect(canAccept(leader, { status: 'proposed' })).toBe(true);
    expect(canAccept(leader, { status: 'open' })).toBe(false);
    expect(canAccept({ type: 'tenant', id: 't1', role: 'employee' }, { status: 'proposed' })).toBe(false);
  });
});
