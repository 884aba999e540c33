import { join } from 'node:path';

/** The repository root (tests run from it or below it). */
export const ROOT = join(__dirname, '..', '..', '..', '..');

/** The database the test run uses; `npm test` recreates it and applies the migrations first. */
export const TEST_DB = process.env['XINZHI_TEST_DB'] ?? 'xinzhi_test';

/**
 * Queue prefix of this test file's processes. Unique per database and test process, so two runs
 * sharing one Redis (a CI check beside local work) never take each other's jobs or events.
 */
export const TEST_QUEUE_PREFIX = `xinzhi-test-${TEST_DB}-${process.pid}`;

/** Environment of an API or worker process under test: test database, its own queue prefix, quiet logs. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: process.env['TEST_DATABASE_URL'] ?? `postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/${TEST_DB}`,
    DATABASE_OWNER_URL: process.env['TEST_DATABASE_OWNER_URL'] ?? `postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/${TEST_DB}`,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: TEST_QUEUE_PREFIX,
    WEB_DIST: join(ROOT, 'dist', 'apps', 'web', 'browser'),
    // Every test signs in from 127.0.0.1; the throttling test starts its own API with low limits.
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    // The suites write their dates as UTC days (`toISOString().slice(0, 10)`), so their processes keep
    // a UTC business calendar; the calendar suite runs in Asia/Shanghai with a test clock on purpose.
    APP_TIME_ZONE: 'UTC',
    ...overrides,
  };
}

/** A superuser-free connection string for assertions made as the owner role (catalog checks). */
export function ownerDatabaseUrl(): string {
  return testEnv()['DATABASE_OWNER_URL'];
}
