import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { LiveEvent } from '@xinzhi/shared-contracts';
import { QUEUE_SETTINGS, QueueSettings, REDIS_PRODUCER } from './queue.module';
import { createRedis } from './redis';

const channel = (prefix: string, tenantId: string) => `${prefix}:events:${tenantId}`;

/** Publishes "progress changed" events of a tenant on Redis (the worker does, after a recompute). */
@Injectable()
export class LiveEventPublisher {
  private readonly logger = new Logger('LiveEvents');

  constructor(@Inject(REDIS_PRODUCER) private readonly redis: Redis, @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  async publish(tenantId: string, event: LiveEvent): Promise<void> {
    try {
      await this.redis.publish(channel(this.settings.prefix, tenantId), JSON.stringify(event));
    } catch (error) {
      // Live updates are a convenience: the numbers are in PostgreSQL and pages load them anyway.
      this.logger.warn(`event not published: ${(error as Error).message}`);
    }
  }
}

type Listener = (event: LiveEvent) => void;

/**
 * The API's side: one Redis subscription per process, fanned out to the open event streams of each
 * tenant. A stream only ever hears its own tenant's channel.
 */
@Injectable()
export class LiveEventHub implements OnApplicationShutdown {
  private subscriber: Redis | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly subscribed = new Map<string, Promise<void>>();

  constructor(@Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  private connection(): Redis {
    if (!this.subscriber) {
      this.subscriber = createRedis(this.settings.redisUrl, 'consumer', `${this.settings.service}-events`);
      this.subscriber.on('message', (name: string, message: string) => {
        const tenantId = name.slice(name.lastIndexOf(':') + 1);
        let event: LiveEvent;
        try {
          event = JSON.parse(message) as LiveEvent;
        } catch {
          return;
        }
        for (const listener of this.listeners.get(tenantId) ?? []) listener(event);
      });
    }
    return this.subscriber;
  }

  /**
   * Listens to one tenant's events. `ready` resolves once Redis confirms the subscription, so a
   * stream can tell its client that from then on nothing is missed.
   */
  listen(tenantId: string, listener: Listener): { stop: () => void; ready: Promise<void> } {
    let set = this.listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.listeners.set(tenantId, set);
      this.subscribed.set(tenantId, this.connection().subscribe(channel(this.settings.prefix, tenantId)).then(() => undefined, () => undefined));
    }
    set.add(listener);
    const ready = this.subscribed.get(tenantId) ?? Promise.resolve();
    const stop = () => {
      set?.delete(listener);
      if (set && set.size === 0) {
        this.listeners.delete(tenantId);
        this.subscribed.delete(tenantId);
        void this.connection().unsubscribe(channel(this.settings.prefix, tenantId)).catch(() => undefined);
      }
    };
    return { stop, ready };
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }
}
