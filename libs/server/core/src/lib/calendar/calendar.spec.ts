import { addDays, localDay, localHour } from './calendar';

describe('the daily jobs calendar', () => {
  // 2026-03-01 17:30 UTC is already 2 March, 01:30, in Shanghai (UTC+8), and still 1 March in New York.
  const at = new Date('2026-03-01T17:30:00Z');

  it('names the day and hour of the configured zone, not of UTC', () => {
    expect(localDay('Asia/Shanghai', at)).toBe('2026-03-02');
    expect(localHour('Asia/Shanghai', at)).toBe(1);
    expect(localDay('America/New_York', at)).toBe('2026-03-01');
    expect(localHour('UTC', at)).toBe(17);
  });

  it('moves across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-28', 0)).toBe('2026-11-28');
  });
});
