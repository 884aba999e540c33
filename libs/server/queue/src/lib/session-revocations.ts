import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig, InjectConfig, RevokedSessions } from '@xinzhi/server-core';
import { QUEUE_SETTINGS, QueueSettings, REDIS_PRODUCER } from './queue-tokens';

/** Slack over the access-token lifetime, for clocks of API processes that disagree by a little. */
const CLOCK_SLACK_SECONDS = 60;
/** How often an unreachable Redis is logged by the check (it runs on every request). */
const WARN_EVERY_MS = 30_000;
/** How long the check waits for a Redis that is connected but does not answer, before letting the token through. */
export const REVOCATION_CHECK_TIMEOUT_MS = 1000;

/**
 * The revocation list of signed-out sessions, in Redis: one key per revoked session
 * (`<prefix>:session:revoked:<sessionId>`) that expires when the last access token the session could
 * have issued has expired (the access-token lifetime, plus a minute for clock skew). The refresh
 * tokens are revoked in PostgreSQL, which stays the record; this list only closes the window in
 * which an already-issued access token would still be honoured.
 *
 * The check is one `EXISTS` on the producer connection (fails fast, no offline queue; a Redis that
 * is connected but silent is given REVOCATION_CHECK_TIMEOUT_MS). When Redis cannot answer, the check lets the token through and logs the outage at most every 30 s: the API
 * keeps serving while Redis is away (health says `degraded`), and a revoked session can then live at
 * most one access-token lifetime, since its refresh token is already refused by the database.
 */
@Injectable()
export class SessionRevocations extends RevokedSessions {
  private readonly logger = new Logger('SessionRevocations');
  private lastWarning = 0;

  constructor(
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super();
  }

  private key(sessionId: string): string {
    return `${this.settings.prefix}:session:revoked:${sessionId}`;
  }

  /** Marks sessions as signed out; their access tokens are refused from the next request on. */
  async revoke(sessionIds: readonly string[]): Promise<void> {
    if (!sessionIds.length) return;
    const ttl = this.config.accessTokenTtlSeconds + CLOCK_SLACK_SECONDS;
    const batch = this.redis.multi();
    for (const id of new Set(sessionIds)) batch.set(this.key(id), '1', 'EX', ttl);
    try {
      await batch.exec();
    } catch (error) {
      this.logger.warn(
        { sessions: sessionIds.length },
        `could not list revoked sessions (their access tokens live until they expire): ${(error as Error).message}`,
      );
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${REVOCATION_CHECK_TIMEOUT_MS} ms`)), REVOCATION_CHECK_TIMEOUT_MS);
      });
      return (await Promise.race([this.redis.exists(this.key(sessionId)), timeout])) === 1;
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning > WARN_EVERY_MS) {
        this.lastWarning = now;
        this.logger.warn(`session revocation check unavailable, tokens are honoured until they expire: ${(error as Error).message}`);
      }
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
