import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig, RevokedSessions } from '@xinzhi/server-core';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';
import { createRedis } from './redis';
import { SessionRevocations } from './session-revocations';

import { QUEUE_SETTINGS, QueueSettings, REDIS_PRODUCER } from './queue-tokens';

export { QUEUE_SETTINGS, REDIS_PRODUCER } from './queue-tokens';
export type { QueueSettings } from './queue-tokens';

/** One BullMQ Queue object per queue name, created on first use and closed on shutdown. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS_PRODUCER) private readonly connection: Redis,
    @Inject(QUEUE_SETTINGS) readonly settings: QueueSettings,
  ) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.settings.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, service: string): DynamicModule {
    const settings: QueueSettings = { redisUrl: config.redisUrl, prefix: config.queuePrefix, service };
    return {
      module: QueueModule,
      providers: [
        { provide: QUEUE_SETTINGS, useValue: settings },
        { provide: REDIS_PRODUCER, useFactory: () => createRedis(settings.redisUrl, 'producer', service) },
        QueueRegistry,
        SessionRevocations,
        { provide: RevokedSessions, useExisting: SessionRevocations },
      ],
      exports: [QUEUE_SETTINGS, REDIS_PRODUCER, QueueRegistry, SessionRevocations, RevokedSessions],
    };
  }
}
