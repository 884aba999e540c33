import { isIP } from 'node:net';

/**
 * The one place where the server reads its environment. Every variable is validated once at boot;
 * a missing or malformed one stops start-up with a message that names it.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Connection of the application role (no BYPASSRLS, owns nothing). */
  databaseUrl: string;
  /** Connection of the owner role that runs migrations. */
  databaseOwnerUrl: string;
  databasePoolSize: number;
  redisUrl: string;
  /** Prefix for every queue key, so test runs and environments never share jobs. */
  queuePrefix: string;
  /** Folder with the built web app (index.html); empty means "do not serve the web app". */
  webDist: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  jwtSecret: string;
  version: string;
  /** Origin users reach the web app at, for links in invitations. */
  publicUrl: string;
  /** Send the refresh cookie only over HTTPS (default on in production). */
  cookieSecure: boolean;
  /** Failed logins allowed per account, and attempts per client address, inside the window. */
  loginMaxFailuresPerAccount: number;
  loginMaxAttemptsPerAddress: number;
  loginWindowSeconds: number;
  /**
   * IANA time zone of the business calendar: every "today" (overdue, "not after today", the daily
   * jobs, replays) is the day in this zone, on every database connection and in the web app.
   */
  appTimeZone: string;
  /** Test clock: the instant the process's clock starts at (then runs forward); null = the real clock. Never in production. */
  clockAt: Date | null;
  /** How many past days a project's first snapshot run fills in from its history (0 turns backfill off). */
  snapshotBackfillDays: number;
  /**
   * Which proxies may name the client address (`X-Forwarded-For`), handed to Fastify's `trustProxy`:
   * false (default: the socket's address counts, whatever the headers say), true (trust every
   * hop), a hop count, or the proxies' addresses and CIDRs.
   */
  trustProxy: boolean | number | string[];
  /** Lifetime of an access token in seconds (an open event stream ends when its token expires). */
  accessTokenTtlSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'xinzhi-development-secret-change-me-0123456789';

function parseUrl(env: Env, name: string, protocols: string[], fallback: string, problems: string[]): string {
  const raw = env[name]?.trim() || fallback;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${url.protocol}//...")`);
    }
  } catch {
    problems.push(`${name} is not a valid URL (got "${raw}")`);
  }
  return raw;
}

function parseInt10(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
  return raw as T;
}

/** TRUST_PROXY: unset or `false`, `true`, a hop count, or a comma list of addresses and CIDRs. */
function parseTrustProxy(env: Env, problems: string[]): boolean | number | string[] {
  const raw = env['TRUST_PROXY']?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    if (!family || extra !== undefined) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (!entries.length || bad.length) {
    problems.push(`TRUST_PROXY must be true, false, a hop count or a comma list of IP addresses and CIDRs (got "${raw}")`);
    return false;
  }
  return entries;
}

/** Builds and validates the configuration from an environment; throws ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = parseEnum(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const databaseUrl = parseUrl(
    env,
    'DATABASE_URL',
    ['postgres:', 'postgresql:'],
    'postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/xinzhi',
    problems,
  );
  const databaseOwnerUrl = parseUrl(
    env,
    'DATABASE_OWNER_URL',
    ['postgres:', 'postgresql:'],
    'postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/xinzhi',
    problems,
  );
  const redisUrl = parseUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379', problems);
  const jwtSecret = env['JWT_SECRET']?.trim() || (nodeEnv === 'production' ? '' : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be set to at least 32 characters (required when NODE_ENV=production)');
  }
  const queuePrefix = env['QUEUE_PREFIX']?.trim() || 'xinzhi';
  if (!/^[a-z0-9_-]{1,40}$/i.test(queuePrefix)) {
    problems.push(`QUEUE_PREFIX may contain only letters, digits, "-" and "_" (got "${queuePrefix}")`);
  }
  const port = parseInt10(env, 'PORT', 3000, 1, 65535, problems);
  const publicUrl = parseUrl(env, 'PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`, problems).replace(/\/+$/, '');
  const cookieSecureRaw = env['COOKIE_SECURE']?.trim();
  const appTimeZone = env['APP_TIME_ZONE']?.trim() || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: appTimeZone });
  } catch {
    problems.push(`APP_TIME_ZONE must be an IANA time zone such as Asia/Shanghai (got "${appTimeZone}")`);
  }
  const clockAtRaw = env['XINZHI_CLOCK_AT']?.trim();
  let clockAt: Date | null = null;
  if (clockAtRaw) {
    // An instant, so the zone is explicit: 2026-03-01T17:00:00Z or 2026-03-02T01:00:00+08:00.
    const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(clockAtRaw)
      ? new Date(clockAtRaw)
      : null;
    if (nodeEnv === 'production') problems.push('XINZHI_CLOCK_AT (the test clock) must not be set when NODE_ENV=production');
    else if (!instant || Number.isNaN(instant.getTime()))
      problems.push(`XINZHI_CLOCK_AT must be an ISO 8601 instant with a zone, such as 2026-03-01T17:00:00Z (got "${clockAtRaw}")`);
    else clockAt = instant;
  }
  if (cookieSecureRaw && !['true', 'false'].includes(cookieSecureRaw))
    problems.push(`COOKIE_SECURE must be true or false (got "${cookieSecureRaw}")`);
  const config: AppConfig = {
    nodeEnv,
    port,
    host: env['HOST']?.trim() || '0.0.0.0',
    databaseUrl,
    databaseOwnerUrl,
    databasePoolSize: parseInt10(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
    redisUrl,
    queuePrefix,
    webDist: env['WEB_DIST']?.trim() ?? '',
    logLevel: parseEnum(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
      problems,
    ),
    jwtSecret,
    version: env['APP_VERSION']?.trim() || '0.1.0',
    publicUrl,
    cookieSecure: cookieSecureRaw ? cookieSecureRaw === 'true' : nodeEnv === 'production',
    loginMaxFailuresPerAccount: parseInt10(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 10, 1, 100000, problems),
    loginMaxAttemptsPerAddress: parseInt10(env, 'LOGIN_MAX_ATTEMPTS_PER_ADDRESS', 100, 1, 1000000, problems),
    loginWindowSeconds: parseInt10(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400, problems),
    appTimeZone,
    clockAt,
    snapshotBackfillDays: parseInt10(env, 'SNAPSHOT_BACKFILL_DAYS', 180, 0, 366, problems),
    trustProxy: parseTrustProxy(env, problems),
    accessTokenTtlSeconds: parseInt10(env, 'ACCESS_TOKEN_TTL_SECONDS', 600, 1, 3600, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** A URL with its password masked, for messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable url>';
  }
}

/**
 * What is valid but probably wrong where the process runs, worded for the log at start-up. In
 * production without PUBLIC_URL, invitation links would point at http://localhost:<port>.
 */
export function configWarnings(config: AppConfig, env: Env = process.env): string[] {
  const warnings: string[] = [];
  if (config.nodeEnv === 'production' && !env['PUBLIC_URL']?.trim()) {
    warnings.push(
      `PUBLIC_URL is not set: invitation links will point at ${config.publicUrl}, which invitees cannot open. ` +
        'Set PUBLIC_URL to the address the product is served at (e.g. https://xinzhi.example.cn).',
    );
  }
  return warnings;
}
