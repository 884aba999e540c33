import { formatAmount, formatDay, formatNumber } from './format';

describe('amounts and days', () => {
  it('writes money with ¥ and the thousands separators of the language', () => {
    expect(formatAmount(1234567.5, 'cny', 'zh-CN')).toBe('¥1,234,567.5');
    expect(formatAmount(1234567.5, 'cny', 'en-US')).toBe('¥1,234,567.5');
    expect(formatAmount(200, 'cny', 'en-US')).toBe('¥200');
  });

  it('writes points with the language’s word', () => {
    expect(formatAmount(600, 'points', 'zh-CN')).toBe('600 分');
    expect(formatAmount(12000, 'points', 'en-US')).toBe('12,000 pts');
  });

  it('rounds to at most two decimals', () => {
    expect(formatNumber(10.005, 'en-US')).toMatch(/^10\.0[01]$/);
    expect(formatNumber(3.14159, 'zh-CN')).toBe('3.14');
  });

  it('reads a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDay('2026-11-20', 'zh-CN')).toBe('2026年11月20日');
    expect(formatDay('not a day', 'zh-CN')).toBe('not a day');
    expect(formatDay(null, 'zh-CN')).toBe('');
  });
});
