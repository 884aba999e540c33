import { loadConfig } from '../config/app-config';
import { Clock } from './clock';

describe('the business clock', () => {
  it('names the day in the app zone, not in UTC', () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in Shanghai and still 1 March in New York.
    const real = () => Date.parse('2026-03-01T17:30:00Z');
    expect(new Clock('Asia/Shanghai', null, real).today()).toBe('2026-03-02');
    expect(new Clock('Asia/Shanghai', null, real).hour()).toBe(1);
    expect(new Clock('America/New_York', null, real).today()).toBe('2026-03-01');
    expect(new Clock('UTC', null, real).now().toISOString()).toBe('2026-03-01T17:30:00.000Z');
  });

  it('starts a test clock at its instant and runs forward from there', () => {
    let real = Date.parse('2030-06-15T09:00:00Z');
    const clock = new Clock('Asia/Shanghai', new Date('2026-03-01T17:00:00Z'), () => real);
    expect(clock.now().toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(clock.today()).toBe('2026-03-02');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-03-01T17:01:30.000Z');
    // Twenty-three hours later (16:01:30Z) it is just past midnight in Shanghai: the next day.
    real += 23 * 3600_000;
    expect(clock.today()).toBe('2026-03-03');
    expect(clock.calendar()).toEqual({ timeZone: 'Asia/Shanghai', today: '2026-03-03', now: '2026-03-02T16:01:30.000Z' });
  });

  it('is built from the configuration', () => {
    const clock = Clock.fromConfig(loadConfig({ APP_TIME_ZONE: 'Europe/Berlin', XINZHI_CLOCK_AT: '2026-12-31T23:30:00Z' }));
    expect(clock.timeZone).toBe('Europe/Berlin');
    expect(clock.today()).toBe('2027-01-01');
    const real = Clock.fromConfig(loadConfig({}));
    expect(Math.abs(real.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
