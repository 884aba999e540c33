import { enoughPeers, PutShowcaseRequestSchema, quartiles } from './showcases';

describe('quartiles (linear interpolation, type 7)', () => {
  it('is null without values', () => {
    expect(quartiles([])).toBeNull();
  });

  it('gives the value itself for one value', () => {
    expect(quartiles([0.4])).toEqual({ q1: 0.4, median: 0.4, q3: 0.4 });
  });

  it('interpolates between order statistics, whatever the input order', () => {
    // n = 4: positions 0.75, 1.5, 2.25
    expect(quartiles([4, 1, 3, 2])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
  });

  it('hits order statistics exactly when (n - 1)·p is whole', () => {
    expect(quartiles([10, 20, 30, 40, 50])).toEqual({ q1: 20, median: 30, q3: 40 });
  });

  it('matches PostgreSQL percentile_cont on an uneven set', () => {
    // percentile_cont(0.25/0.5/0.75) over {1, 2, 4, 8, 16, 32}: 2.5, 6, 14
    expect(quartiles([32, 1, 16, 2, 8, 4])).toEqual({ q1: 2.5, median: 6, q3: 14 });
  });

  it('ignores non-finite numbers', () => {
    expect(quartiles([Number.NaN, 2, Number.POSITIVE_INFINITY])).toEqual({ q1: 2, median: 2, q3: 2 });
  });
});

describe('peer threshold', () => {
  it('needs at least five other tenants', () => {
    expect(enoughPeers(4)).toBe(false);
    expect(enoughPeers(5)).toBe(true);
  });
});

describe('showcase consent request', () => {
  it('defaults absolute values to off', () => {
    expect(PutShowcaseRequestSchema.parse({ projectId: '0190a8a0-0000-7000-8000-000000000001' })).toEqual({
      projectId: '0190a8a0-0000-7000-8000-000000000001',
      showAbsolute: false,
    });
  });

  it('revokes with a null project and refuses anything else', () => {
    expect(PutShowcaseRequestSchema.safeParse({ projectId: null }).success).toBe(true);
    expect(PutShowcaseRequestSchema.safeParse({ projectId: 'x' }).success).toBe(false);
    expect(PutShowcaseRequestSchema.safeParse({ projectId: null, showAbsolute: 'yes' }).success).toBe(false);
    expect(PutShowcaseRequestSchema.safeParse({ projectId: null, tenantId: 'x' }).success).toBe(false);
  });
});
