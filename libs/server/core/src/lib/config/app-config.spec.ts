import { ConfigError, loadConfig, redactUrl } from './app-config';

describe('loadConfig', () => {
  it('gives working defaults for local development', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toContain('xinzhi_app@127.0.0.1:5432/xinzhi');
    expect(config.nodeEnv).toBe('development');
  });

  it('names every malformed variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x@y/z', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('LOG_LEVEL');
  });

  it('takes the business calendar from APP_TIME_ZONE and refuses an unknown zone', () => {
    expect(loadConfig({}).appTimeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ APP_TIME_ZONE: 'Europe/Berlin', SNAPSHOT_BACKFILL_DAYS: '0' })).toMatchObject({ appTimeZone: 'Europe/Berlin', snapshotBackfillDays: 0 });
    expect(() => loadConfig({ APP_TIME_ZONE: 'Mars/Olympus' })).toThrow(/APP_TIME_ZONE/);
    expect(() => loadConfig({ SNAPSHOT_BACKFILL_DAYS: '400' })).toThrow(/SNAPSHOT_BACKFILL_DAYS/);
  });

  it('takes a test clock instant outside production only, and only with a zone', () => {
    expect(loadConfig({}).clockAt).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', XINZHI_CLOCK_AT: '2026-03-01T17:00:00Z' }).clockAt?.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(loadConfig({ XINZHI_CLOCK_AT: '2026-03-02T01:00:00+08:00' }).clockAt?.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(() => loadConfig({ XINZHI_CLOCK_AT: '2026-03-02 01:00' })).toThrow(/XINZHI_CLOCK_AT/);
    expect(() => loadConfig({ XINZHI_CLOCK_AT: '2026-13-40T00:00:00Z' })).toThrow(/XINZHI_CLOCK_AT/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), XINZHI_CLOCK_AT: '2026-03-01T17:00:00Z' })).toThrow(/XINZHI_CLOCK_AT.*production/);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toHaveLength(40);
  });

  it('masks passwords in URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
  });
});
