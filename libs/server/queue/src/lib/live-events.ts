import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { LiveEvent } from '@xinzhi/shared-contracts';
import { QUEUE_SETTINGS, QueueSettings, REDIS_PRODUCER } from './queue.module';
import { createRedis } from './redis';

const channel = (prefix: string, tenantId: string) => `${prefix}:events:${tenantId}`;

/**
 * On the tenant's channel beside its live events, but for the API processes only (never forwarded
 * to a client): this user left the tenant, so their open streams in it end at once.
 */
interface StreamsRevoked {
  type: 'streams.revoked';
  userId: string;
  at: string;
}

/** Publishes "progress changed" events of a tenant on Redis (the worker does, after a recompute). */
@Injectable()
export class LiveEventPublisher {
  private readonly logger = new Logger('LiveEvents');

  constructor(
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
  ) {}

  async publish(tenantId: string, event: LiveEvent): Promise<void> {
    try {
      const receivers = await this.redis.publish(channel(this.settings.prefix, tenantId), JSON.stringify(event));
      this.logger.debug({ tenantId, type: event.type, receivers }, 'live event published');
    } catch (error) {
      // Live updates are a convenience: the numbers are in PostgreSQL and pages load them anyway.
      this.logger.warn(`event not published: ${(error as Error).message}`);
    }
  }

  /**
   * Ends a user's open event streams in a tenant, in every API process; call it after the commit
   * that removed them. Should Redis be away, those streams still end when their token expires.
   */
  async revokeStreams(tenantId: string, userId: string): Promise<void> {
    const message: StreamsRevoked = { type: 'streams.revoked', userId, at: new Date().toISOString() };
    try {
      await this.redis.publish(channel(this.settings.prefix, tenantId), JSON.stringify(message));
    } catch (error) {
      this.logger.warn(`streams not revoked: ${(error as Error).message}`);
    }
  }
}

type Listener = (event: LiveEvent) => void;

/** Whose stream a listener feeds, and how to end it when that user's streams are revoked. */
export interface StreamOwner {
  userId: string;
  revoked: () => void;
}

interface Entry {
  listener: Listener;
  owner?: StreamOwner;
}

/**
 * The API's side: one Redis subscription per process, fanned out to the open event streams of each
 * tenant. A stream only ever hears its own tenant's channel.
 */
@Injectable()
export class LiveEventHub implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  private subscriber: Redis | null = null;
  /** Resolves once the subscriber connection is ready (SUBSCRIBE before that can fail: see `subscribe`). */
  private connected: Promise<void> = Promise.resolve();
  /** SUBSCRIBE and UNSUBSCRIBE commands, one after the other. */
  private commands: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Map<string, Set<Entry>>();
  private readonly subscribed = new Map<string, Promise<void>>();

  constructor(@Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings) {}

  private connection(): Redis {
    if (!this.subscriber) {
      const subscriber = createRedis(this.settings.redisUrl, 'consumer', `${this.settings.service}-events`);
      this.subscriber = subscriber;
      this.connected = new Promise((resolve) => (subscriber.status === 'ready' ? resolve() : subscriber.once('ready', () => resolve())));
      subscriber.on('message', (name: string, message: string) => {
        const tenantId = name.slice(name.lastIndexOf(':') + 1);
        let event: LiveEvent | StreamsRevoked;
        try {
          event = JSON.parse(message) as LiveEvent | StreamsRevoked;
        } catch {
          return;
        }
        const listeners = [...(this.listeners.get(tenantId) ?? [])];
        this.logger.debug({ tenantId, type: event.type, listeners: listeners.length }, 'live event received');
        if (event.type === 'streams.revoked') {
          const { userId } = event;
          for (const entry of listeners) if (entry.owner?.userId === userId) entry.owner.revoked();
          return;
        }
        for (const entry of listeners) entry.listener(event);
      });
    }
    return this.subscriber;
  }

  /**
   * Subscribes to a tenant's channel once the connection is ready, commands one at a time: two
   * SUBSCRIBEs sent while a new connection was still starting up failed with "Connection in
   * subscriber mode" (its start-up commands queued behind the first SUBSCRIBE), and a stream then
   * said `ready` without hearing anything. A few retries, then the failure is the caller's.
   */
  private subscribe(tenantId: string): Promise<void> {
    const redis = this.connection();
    const run = this.commands.then(async () => {
      await this.connected;
      for (let attempt = 1; ; attempt++) {
        try {
          const count = await redis.subscribe(channel(this.settings.prefix, tenantId));
          this.logger.debug({ tenantId, channels: count }, 'live events subscribed');
          return;
        } catch (error) {
          if (attempt >= 3) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    });
    this.commands = run.catch(() => undefined);
    return run;
  }

  /**
   * Listens to one tenant's events. `ready` resolves once Redis confirms the subscription, so a
   * stream can tell its client that from then on nothing is missed; it rejects when the
   * subscription could not be made (the stream should then end, and its client reconnect).
   * With an `owner`, `revoked` is called when that user's streams in the tenant are revoked.
   */
  listen(tenantId: string, listener: Listener, owner?: StreamOwner): { stop: () => void; ready: Promise<void> } {
    let set = this.listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.listeners.set(tenantId, set);
      const subscription = this.subscribe(tenantId);
      this.subscribed.set(tenantId, subscription);
      subscription.catch((error: Error) => {
        this.logger.warn(`live events of a tenant not subscribed: ${error.message}`);
        // Forget it, so the next stream of this tenant tries afresh.
        if (this.subscribed.get(tenantId) === subscription) {
          this.subscribed.delete(tenantId);
          this.listeners.delete(tenantId);
        }
      });
    }
    const entry: Entry = { listener, owner };
    set.add(entry);
    const ready = this.subscribed.get(tenantId) ?? Promise.reject(new Error('live events are not subscribed'));
    const stop = () => {
      set?.delete(entry);
      if (set && set.size === 0 && this.listeners.get(tenantId) === set) {
        this.listeners.delete(tenantId);
        this.subscribed.delete(tenantId);
        const redis = this.connection();
        this.commands = this.commands.then(() => redis.unsubscribe(channel(this.settings.prefix, tenantId))).catch(() => undefined);
      }
    };
    return { stop, ready };
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }
}
