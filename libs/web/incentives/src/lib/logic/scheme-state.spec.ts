import { SCHEME_STATE_LABELS, schemeState } from './scheme-state';

const scheme = (over: { active?: boolean; activeFrom?: string | null; activeUntil?: string | null } = {}) => ({
  active: true,
  activeFrom: null,
  activeUntil: null,
  ...over,
});

describe('scheme state', () => {
  const today = '2026-11-28';

  it('runs when switched on without dates, or today is within them (both days included)', () => {
    expect(schemeState(scheme(), today)).toBe('running');
    expect(schemeState(scheme({ activeFrom: '2026-11-28', activeUntil: '2026-11-28' }), today)).toBe('running');
    expect(schemeState(scheme({ activeFrom: '2026-01-01', activeUntil: '2026-12-31' }), today)).toBe('running');
  });

  it('is not yet active before its first day', () => {
    expect(schemeState(scheme({ activeFrom: '2026-11-29' }), today)).toBe('upcoming');
    expect(SCHEME_STATE_LABELS.upcoming).toBe('schemes.notYetActive');
  });

  it('has ended after its last day', () => {
    expect(schemeState(scheme({ activeUntil: '2026-11-27' }), today)).toBe('ended');
    expect(SCHEME_STATE_LABELS.ended).toBe('schemes.ended');
  });

  it('is switched off whatever its dates say', () => {
    expect(schemeState(scheme({ active: false }), today)).toBe('off');
    expect(schemeState(scheme({ active: false, activeFrom: '2027-01-01' }), today)).toBe('off');
    expect(schemeState(scheme({ active: false, activeUntil: '2026-01-01' }), today)).toBe('off');
    expect(SCHEME_STATE_LABELS.off).toBe('schemes.inactive');
  });
});
