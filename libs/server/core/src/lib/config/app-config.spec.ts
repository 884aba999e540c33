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

  it('takes the daily jobs calendar from JOBS_TIME_ZONE and refuses an unknown zone', () => {
    expect(loadConfig({}).jobsTimeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ JOBS_TIME_ZONE: 'Europe/Berlin', SNAPSHOT_BACKFILL_DAYS: '0' })).toMatchObject({ jobsTimeZone: 'Europe/Berlin', snapshotBackfillDays: 0 });
    expect(() => loadConfig({ JOBS_TIME_ZONE: 'Mars/Olympus' })).toThrow(/JOBS_TIME_ZONE/);
    expect(() => loadConfig({ SNAPSHOT_BACKFILL_DAYS: '400' })).toThrow(/SNAPSHOT_BACKFILL_DAYS/);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toHaveLength(40);
  });

  it('masks passwords in URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
  });
});
