import { age, dataFields, duration, formatInZone, needsSeconds, QUEUE_COUNT_KEYS, schedulePattern, shortReason } from './queue-format';

describe('duration', () => {
  it('uses the largest whole unit', () => {
    expect(duration(4_900)).toEqual({ key: 'queues.age.seconds', count: 4 });
    expect(duration(59_999)).toEqual({ key: 'queues.age.seconds', count: 59 });
    expect(duration(60_000)).toEqual({ key: 'queues.age.minutes', count: 1 });
    expect(duration(3 * 3600_000 + 5)).toEqual({ key: 'queues.age.hours', count: 3 });
    expect(duration(2 * 86_400_000)).toEqual({ key: 'queues.age.days', count: 2 });
  });

  it('never goes negative (clocks a little apart)', () => {
    expect(duration(-1500)).toEqual({ key: 'queues.age.seconds', count: 0 });
  });
});

describe('age', () => {
  const now = new Date('2026-03-10T08:00:30Z');

  it('is the time since then', () => {
    expect(age('2026-03-10T08:00:00Z', now)).toEqual({ key: 'queues.age.seconds', count: 30 });
  });

  it('is null without a time', () => {
    expect(age(null, now)).toBeNull();
    expect(age('never', now)).toBeNull();
  });
});

describe('schedulePattern', () => {
  it('keeps cron patterns as they are', () => {
    expect(schedulePattern('0 2 * * *')).toEqual({ kind: 'cron', text: '0 2 * * *' });
  });

  it('turns `every <ms>` into an interval', () => {
    expect(schedulePattern('every 5000')).toEqual({ kind: 'every', interval: { key: 'queues.age.seconds', count: 5 } });
    expect(schedulePattern('every 86400000')).toEqual({ kind: 'every', interval: { key: 'queues.age.days', count: 1 } });
    expect(schedulePattern('every 5000 ms')).toEqual({ kind: 'every', interval: { key: 'queues.age.seconds', count: 5 } });
  });
});

describe('dataFields', () => {
  it('shortens ids, sorts keys and keeps the whole value', () => {
    const fields = dataFields({ tenantId: '0b6f3f0c-8a59-4f4e-9d2b-2b9c8f7e6a51', projectId: 'p-1', day: 3 });
    expect(fields).toEqual([
      { key: 'day', text: '3', full: '3' },
      { key: 'projectId', text: 'p-1', full: 'p-1' },
      { key: 'tenantId', text: '0b6f3f0c…', full: '0b6f3f0c-8a59-4f4e-9d2b-2b9c8f7e6a51' },
    ]);
  });

  it('is empty without data', () => {
    expect(dataFields({})).toEqual([]);
    expect(dataFields(null)).toEqual([]);
  });
});

describe('shortReason', () => {
  it('keeps the first line and cuts long ones', () => {
    expect(shortReason('boom\n    at x (y.js:1)')).toBe('boom');
    expect(shortReason('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('QUEUE_COUNT_KEYS', () => {
  it('lists the counts the operator watches, in order', () => {
    expect(QUEUE_COUNT_KEYS).toEqual(['waiting', 'active', 'delayed', 'completed', 'failed']);
  });
});

describe('formatInZone', () => {
  it('shows the time in the schedule’s zone', () => {
    expect(formatInZone('2026-11-29T00:00:00Z', 'en-US', 'Asia/Shanghai')).toMatch(/^Nov 29, 2026, 8:00\sAM$/);
    expect(formatInZone('2026-11-29T00:00:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月29日 08:00');
  });

  it('falls back to the browser’s zone for an unknown zone, and is empty without a time', () => {
    expect(formatInZone('2026-11-29T00:00:00Z', 'en-US', 'Not/AZone')).toBe(formatInZone('2026-11-29T00:00:00Z', 'en-US', null));
    expect(formatInZone(null, 'en-US', 'UTC')).toBe('');
  });
});

describe('needsSeconds', () => {
  it('is true only for `every` schedules under a minute', () => {
    expect(needsSeconds('every 5000')).toBe(true);
    expect(needsSeconds('every 59999 ms')).toBe(true);
    expect(needsSeconds('every 60000')).toBe(false);
    expect(needsSeconds('*/5 * * * * *')).toBe(false);
  });

  it('makes the next run show its seconds', () => {
    expect(formatInZone('2026-03-10T08:02:05Z', 'en-US', 'UTC', true)).toContain('8:02:05');
    expect(formatInZone('2026-03-10T08:02:05Z', 'en-US', 'UTC')).not.toContain(':05');
  });
});
