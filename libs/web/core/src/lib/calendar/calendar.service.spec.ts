import { TestBed } from '@angular/core/testing';
import { addMonths, CalendarService, dayIn } from './calendar.service';

describe('CalendarService', () => {
  let calendar: CalendarService;

  beforeEach(() => {
    TestBed.configureTestingModule({});
    calendar = TestBed.inject(CalendarService);
  });

  afterEach(() => jest.restoreAllMocks());

  it('names the day in the app zone, not the browser’s or UTC', () => {
    // 17:30 UTC on 1 March is 01:30 on 2 March in Shanghai.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-01T17:30:00Z'));
    expect(calendar.timeZone()).toBe('Asia/Shanghai');
    expect(calendar.today()).toBe('2026-03-02');
    calendar.use({ timeZone: 'America/New_York', today: '2026-03-01', now: '2026-03-01T17:30:00Z' });
    expect(calendar.timeZone()).toBe('America/New_York');
    expect(calendar.today()).toBe('2026-03-01');
  });

  it('follows the server clock, and keeps counting from it past midnight', () => {
    let browser = Date.parse('2030-06-15T09:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => browser);
    // The server's clock stands at 01:00 in Shanghai on 2 March 2026, whatever the browser thinks.
    calendar.use({ timeZone: 'Asia/Shanghai', today: '2026-03-02', now: '2026-03-01T17:00:00Z' });
    expect(calendar.today()).toBe('2026-03-02');
    expect(calendar.now().toISOString()).toBe('2026-03-01T17:00:00.000Z');
    browser += 23 * 3600_000;
    expect(calendar.today()).toBe('2026-03-03');
  });

  it('moves days by months and reads days in a zone', () => {
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-03-02');
    expect(dayIn('UTC', new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-01');
  });
});
