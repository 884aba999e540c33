import type { AwardStatus, Role } from '@xinzhi/shared-contracts';
import { awardActions, decidesAwards } from './award-actions';

const award = (status: AwardStatus, recipientId = 'someone') => ({ status, recipientId });

describe('award actions', () => {
  it.each([
    ['proposed', { approve: true, reject: true, pay: false }],
    ['approved', { approve: false, reject: false, pay: true }],
    ['rejected', { approve: false, reject: false, pay: false }],
    ['paid', { approve: false, reject: false, pay: false }],
  ] as const)('a leader may act on a %s award as the API allows', (status, expected) => {
    expect(awardActions(award(status), 'leader', 'me')).toEqual({ ...expected, ownAward: false });
    expect(awardActions(award(status), 'owner', 'me')).toEqual({ ...expected, ownAward: false });
  });

  it('does not let a leader decide or pay their own award', () => {
    expect(awardActions(award('proposed', 'me'), 'leader', 'me')).toEqual({ approve: false, reject: false, pay: false, ownAward: true });
    expect(awardActions(award('approved', 'me'), 'leader', 'me')).toEqual({ approve: false, reject: false, pay: false, ownAward: true });
  });

  it('lets an owner decide their own award (someone must)', () => {
    expect(awardActions(award('proposed', 'me'), 'owner', 'me')).toEqual({ approve: true, reject: true, pay: false, ownAward: false });
  });

  it.each<Role>(['team_lead', 'employee', 'park_admin', 'operator'])('offers a %s nothing', (role) => {
    expect(awardActions(award('proposed'), role, 'me')).toEqual({ approve: false, reject: false, pay: false, ownAward: false });
    expect(decidesAwards(role)).toBe(false);
  });

  it('offers nothing without a role', () => {
    expect(awardActions(award('proposed'), null, null)).toEqual({ approve: false, reject: false, pay: false, ownAward: false });
  });
});
