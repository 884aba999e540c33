import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { AppConfig, InjectConfig, ProblemException } from '@xinzhi/server-core';
import { QUEUE_SETTINGS, QueueSettings, REDIS_PRODUCER } from '@xinzhi/server-queue';

/**
 * Login throttling in Redis, shared by every API process: failed logins per account, and all
 * attempts per client address, in a fixed window. When Redis is away, logins are not blocked (the
 * outage is logged): availability of sign-in beats throttling for a few seconds.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private accountKey(email: string): string {
    return `${this.settings.prefix}:login:acct:${createHash('sha256').update(email).digest('hex').slice(0, 32)}`;
  }

  private addressKey(ip: string): string {
    return `${this.settings.prefix}:login:addr:${ip}`;
  }

  /** Counts this attempt for the address and refuses with 429 when either limit is reached. */
  async admit(email: string, ip: string): Promise<void> {
    try {
      const window = this.config.loginWindowSeconds;
      const [[, attempts], , [, failures], [, accountTtl], [, addressTtl]] = (await this.redis
        .multi()
        .incr(this.addressKey(ip))
        .expire(this.addressKey(ip), window, 'NX')
        .get(this.accountKey(email))
        .ttl(this.accountKey(email))
        .ttl(this.addressKey(ip))
        .exec()) as Array<[Error | null, unknown]>;
      if (Number(failures ?? 0) >= this.config.loginMaxFailuresPerAccount) {
        throw this.tooMany(Number(accountTtl), 'Too many failed sign-ins for this account. Try again later.');
      }
      if (Number(attempts) > this.config.loginMaxAttemptsPerAddress) {
        throw this.tooMany(Number(addressTtl), 'Too many sign-in attempts from this address. Try again later.');
      }
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      this.logger.warn(`login throttling unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string): Promise<void> {
    try {
      await this.redis.multi().incr(this.accountKey(email)).expire(this.accountKey(email), this.config.loginWindowSeconds, 'NX').exec();
    } catch (error) {
      this.logger.warn(`could not record a failed login: ${(error as Error).message}`);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email)).catch(() => undefined);
  }

  private tooMany(ttl: number, detail: string): ProblemException {
    const retryAfter = Math.max(1, ttl > 0 ? ttl : this.config.loginWindowSeconds);
    return new ProblemException({ type: '/problems/too-many-requests', title: 'Too many requests', status: 429, detail, retryAfter });
  }
}
