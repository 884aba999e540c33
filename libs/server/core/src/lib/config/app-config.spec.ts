import { ConfigError, configWarnings, loadConfig, redactUrl } from './app-config';

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
    expect(loadConfig({ APP_TIME_ZONE: 'Europe/Berlin', SNAPSHOT_BACKFILL_DAYS: '0' })).toMatchObject({
      appTimeZone: 'Europe/Berlin',
      snapshotBackfillDays: 0,
    });
    expect(() => loadConfig({ APP_TIME_ZONE: 'Mars/Olympus' })).toThrow(/APP_TIME_ZONE/);
    expect(() => loadConfig({ SNAPSHOT_BACKFILL_DAYS: '400' })).toThrow(/SNAPSHOT_BACKFILL_DAYS/);
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['yes', '10.0.0.0/33', 'proxy.internal', '127.0.0.1/8/1', ','])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });

  it('takes the access-token lifetime from ACCESS_TOKEN_TTL_SECONDS', () => {
    expect(loadConfig({}).accessTokenTtlSeconds).toBe(600);
    expect(loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '3' }).accessTokenTtlSeconds).toBe(3);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_SECONDS: '0' })).toThrow(/ACCESS_TOKEN_TTL_SECONDS/);
  });

  it('takes a test clock instant outside production only, and only with a zone', () => {
    expect(loadConfig({}).clockAt).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', XINZHI_CLOCK_AT: '2026-03-01T17:00:00Z' }).clockAt?.toISOString()).toBe(
      '2026-03-01T17:00:00.000Z',
    );
    expect(loadConfig({ XINZHI_CLOCK_AT: '2026-03-02T01:00:00+08:00' }).clockAt?.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(() => loadConfig({ XINZHI_CLOCK_AT: '2026-03-02 01:00' })).toThrow(/XINZHI_CLOCK_AT/);
    expect(() => loadConfig({ XINZHI_CLOCK_AT: '2026-13-40T00:00:00Z' })).toThrow(/XINZHI_CLOCK_AT/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), XINZHI_CLOCK_AT: '2026-03-01T17:00:00Z' })).toThrow(
      /XINZHI_CLOCK_AT.*production/,
    );
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toHaveLength(40);
  });

  it('warns at start-up when production has no PUBLIC_URL, and only then', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(configWarnings(loadConfig(prod), prod)).toEqual([expect.stringContaining('PUBLIC_URL is not set')]);
    const withUrl = { ...prod, PUBLIC_URL: 'https://xinzhi.example.cn/' };
    expect(configWarnings(loadConfig(withUrl), withUrl)).toEqual([]);
    expect(configWarnings(loadConfig({}), {})).toEqual([]);
  });

  it('masks passwords in URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
  });
});
