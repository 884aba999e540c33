import { AWARD_ACTIONS, AWARD_STATUSES, awardTransition, INCENTIVE_KINDS, incentiveUnit } from './incentives';

describe('incentive rules', () => {
  it('counts bonus, equity and performance in yuan, the rest in points', () => {
    expect(INCENTIVE_KINDS.map((k) => [k, incentiveUnit(k)])).toEqual([
      ['bonus', 'cny'], ['points', 'points'], ['equity', 'cny'], ['performance', 'cny'], ['recognition', 'points'], ['training_credit', 'points'],
    ]);
  });

  it('approves or rejects proposed awards and pays approved ones, nothing else', () => {
    const allowed = AWARD_STATUSES.flatMap((from) => AWARD_ACTIONS.map((action) => [from, action, awardTransition(from, action)])).filter(([, , to]) => to !== null);
    expect(allowed).toEqual([
      ['proposed', 'approve', 'approved'],
      ['proposed', 'reject', 'rejected'],
      ['approved', 'pay', 'paid'],
    ]);
  });
});
