import type { IncentiveBudget } from '@xinzhi/shared-contracts';
import { budgetBar, budgetNotice } from './budget';

const budget = (b: Partial<IncentiveBudget>): IncentiveBudget => ({ committed: 0, paid: 0, remaining: null, skipped: 0, stop: null, ...b });

describe('budget bar', () => {
  it('is not drawn for people who do not see budget figures', () => {
    expect(budgetBar({ budgetCap: 3000, budget: null })).toBeNull();
  });

  it('splits the bar into paid, committed-but-unpaid and free shares of the cap', () => {
    const bar = budgetBar({ budgetCap: 4000, budget: budget({ committed: 1000, paid: 400, remaining: 3000 }) });
    expect(bar).toMatchObject({ cap: 4000, committed: 1000, paid: 400, remaining: 3000, percent: 25, level: 'ok' });
    expect(bar?.segments).toEqual({ paid: 10, pending: 15, free: 75 });
  });

  it('warns from 80 % committed', () => {
    expect(budgetBar({ budgetCap: 1000, budget: budget({ committed: 799, remaining: 201 }) })?.level).toBe('ok');
    expect(budgetBar({ budgetCap: 1000, budget: budget({ committed: 800, remaining: 200 }) })?.level).toBe('warning');
  });

  it('is exhausted when nothing is left, or achievements were skipped for the cap', () => {
    const full = budgetBar({ budgetCap: 3000, budget: budget({ committed: 3000, paid: 1200, remaining: 0 }) });
    expect(full).toMatchObject({ level: 'exhausted', percent: 100, remaining: 0 });
    expect(full?.segments).toEqual({ paid: 40, pending: 60, free: 0 });
    const skipped = budgetBar({ budgetCap: 3000, budget: budget({ committed: 2800, remaining: 200, skipped: 2, stop: 'short' }) });
    expect(skipped).toMatchObject({ level: 'exhausted', skipped: 2, stop: 'short', remaining: 200 });
  });

  it('never draws past the end when the cap was lowered below what is committed', () => {
    const bar = budgetBar({ budgetCap: 1000, budget: budget({ committed: 1500, paid: 1200, remaining: 0 }) });
    expect(bar?.percent).toBe(100);
    expect(bar?.segments).toEqual({ paid: 100, pending: 0, free: 0 });
  });

  it('works out what is left when the API did not say', () => {
    expect(budgetBar({ budgetCap: 500, budget: budget({ committed: 120.5 }) })?.remaining).toBe(379.5);
  });

  it('has no bar without a cap, only the sums', () => {
    const bar = budgetBar({ budgetCap: null, budget: budget({ committed: 900, paid: 300 }) });
    expect(bar).toMatchObject({ cap: null, level: 'uncapped', committed: 900, paid: 300, remaining: null, percent: 0 });
  });

  describe('notice', () => {
    const yuan = (value: number) => `¥${value.toLocaleString('en-US')}`;

    it('says "short" while something is left, from the API’s code and numbers', () => {
      const bar = budgetBar({ budgetCap: 3000, budget: budget({ committed: 2800, remaining: 200, skipped: 2, stop: 'short' }) });
      expect(budgetNotice(bar, yuan)).toEqual({
        key: 'budget.shortSkipped',
        params: { cap: '¥3,000', committed: '¥2,800', remaining: '¥200', count: 2 },
      });
      const one = budgetBar({ budgetCap: 3000, budget: budget({ committed: 2800, remaining: 200, skipped: 1, stop: 'short' }) });
      expect(budgetNotice(one, yuan)?.key).toBe('budget.shortSkippedOne');
      const noneSkipped = budgetBar({ budgetCap: 3000, budget: budget({ committed: 2800, remaining: 200, stop: 'short' }) });
      expect(budgetNotice(noneSkipped, yuan)?.key).toBe('budget.short');
    });

    it('says "used up" when nothing is left', () => {
      const full = budgetBar({ budgetCap: 3000, budget: budget({ committed: 3000, remaining: 0 }) });
      expect(budgetNotice(full, yuan)).toEqual({
        key: 'budget.usedUp',
        params: { cap: '¥3,000', committed: '¥3,000', remaining: '¥0', count: 0 },
      });
      const skipped = budgetBar({ budgetCap: 1000, budget: budget({ committed: 1500, remaining: 0, skipped: 3 }) });
      expect(budgetNotice(skipped, yuan)?.key).toBe('budget.usedUpSkipped');
    });

    it('is absent while the budget is fine, nearly used, uncapped or hidden', () => {
      expect(budgetNotice(budgetBar({ budgetCap: 1000, budget: budget({ committed: 100, remaining: 900 }) }), yuan)).toBeNull();
      expect(budgetNotice(budgetBar({ budgetCap: 1000, budget: budget({ committed: 850, remaining: 150 }) }), yuan)).toBeNull();
      expect(budgetNotice(budgetBar({ budgetCap: null, budget: budget({ committed: 900 }) }), yuan)).toBeNull();
      expect(budgetNotice(null, yuan)).toBeNull();
    });
  });
});
