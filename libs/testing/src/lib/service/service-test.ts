import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { JobType } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { ActorContext, AuthCoreModule, ConfigModule, loadConfig, ProblemException, RequestContext, toProblem } from '@xinzhi/server-core';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions, DbModule, TransactionRunner } from '@xinzhi/server-db';
import { createRedis, QueueModule, QueueName, QueueNames, QueueRegistry, REDIS_PRODUCER } from '@xinzhi/server-queue';
import type { LiveEvent, Problem } from '@xinzhi/shared-contracts';
import { testEnv } from '../env';

/** A job a service queued, as BullMQ holds it in Redis (service tests run no worker, so it stays there). */
export interface QueuedJob {
  queue: QueueName;
  name: string;
  data: Record<string, unknown>;
  /** BullMQ's options of the job (jobId, delay, priority, …). */
  options: Record<string, unknown>;
}

/** A message published on a tenant's live-event channel in Redis. */
export interface PublishedEvent {
  tenantId: string;
  event: LiveEvent;
}

/** Every state a job can be in; nothing moves a job on here, but a test may ask for any of them. */
const JOB_STATES: JobType[] = ['waiting', 'delayed', 'prioritized', 'active', 'waiting-children', 'completed', 'failed'];

/**
 * The Redis keys and channels of one test file: a prefix unique to this process and file (the
 * integration suites' processes get theirs from TEST_QUEUE_PREFIX the same way), short enough for
 * QUEUE_PREFIX's 40 characters. Two files, or two runs sharing one Redis, never see each other's
 * jobs or events, and `close()` deletes exactly this file's keys.
 */
function filePrefix(): string {
  return `xinzhi-svc-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * Hears every message on the file's event channels (`<prefix>:events:<tenantId>`) through a
 * pattern subscription of its own. `settle()` publishes a marker and waits for it: Redis delivers
 * a subscriber's messages in the order it ran the PUBLISHes, so once the marker is heard, every
 * event published before it has been heard too — no polling, no timeout to guess.
 */
const MARKER = '~settled-';

class EventTap {
  readonly heard: PublishedEvent[] = [];
  private markers = 0;
  private readonly waiting = new Map<string, () => void>();

  private constructor(
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {
    subscriber.on('pmessage', (_pattern: string, name: string, message: string) => {
      const tenantId = name.slice(this.channel.length);
      if (tenantId.startsWith(MARKER)) return this.waiting.get(tenantId)?.();
      this.heard.push({ tenantId, event: JSON.parse(message) as LiveEvent });
    });
  }

  static async open(redisUrl: string, prefix: string): Promise<EventTap> {
    const channel = `${prefix}:events:`;
    const subscriber = createRedis(redisUrl, 'consumer', 'service-test-events');
    const tap = new EventTap(subscriber, channel);
    try {
      await subscriber.psubscribe(`${channel}*`);
    } catch (error) {
      subscriber.disconnect();
      throw error;
    }
    return tap;
  }

  /** Resolves once everything published (on `publisher`) before this call has been heard. */
  async settle(publisher: Redis): Promise<void> {
    const marker = `${MARKER}${++this.markers}`;
    const heard = new Promise<void>((resolve) => this.waiting.set(marker, resolve));
    await publisher.publish(`${this.channel}${marker}`, '{}');
    await heard;
    this.waiting.delete(marker);
  }

  close(): void {
    this.subscriber.disconnect();
  }
}

export interface ServiceTestOptions {
  /** The feature modules under test, as the API or the worker composes them (e.g. TasksHttpModule). */
  imports?: Array<Type<unknown> | DynamicModule>;
  /** Extra providers, e.g. a job handler taken from a jobs module whose timers should not run here. */
  providers?: Array<Type<unknown>>;
}

@Module({})
class ServiceTestModule {}

/**
 * The service layer of the server, assembled in this process from real parts: the real
 * configuration, the real TypeORM DataSource connected as the application role (row-level security
 * in force), the TransactionRunner, the API's QueueModule on the test Redis (REDIS_URL of the test
 * environment) under a queue prefix of this file's own, and the feature modules under test. No
 * HTTP, no spawned process, no worker: the real JobProducer and LiveEventPublisher write to Redis,
 * and `jobs()` and `events()` read back what reached it.
 *
 *   const t = await ServiceTest.start({ imports: [TasksHttpModule] });
 *   const tenant = await freshTenant(t, { leader: 'leader', employee: 'employee' });
 *   await t.as(tenant.actor('employee'), () => t.get(TasksService).update(id, { status: 'done' }));
 *   expect(await t.jobs()).toContainEqual(expect.objectContaining({ name: 'recompute-project' }));
 *
 * `close()` (in `afterAll`) deletes this file's Redis keys.
 */
export class ServiceTest {
  private constructor(
    readonly app: INestApplicationContext,
    readonly dataSource: DataSource,
    /** This file's queue prefix in Redis. */
    readonly queuePrefix: string,
    private readonly redisUrl: string,
    private readonly tap: EventTap,
  ) {}

  static async start(options: ServiceTestOptions = {}): Promise<ServiceTest> {
    const prefix = filePrefix();
    const config = loadConfig(testEnv({ QUEUE_PREFIX: prefix }));
    // The API's own options, without its query-error log: tests provoke errors on purpose.
    const settings = dataSourceOptions({
      url: config.databaseUrl,
      poolSize: 4,
      applicationName: 'xinzhi-service-test',
      timeZone: config.appTimeZone,
    });
    const dataSource = new DataSource({ ...settings, logging: false } as DataSourceOptions);
    await dataSource.initialize();
    let tap: EventTap | null = null;
    let app: INestApplicationContext | null = null;
    try {
      tap = await EventTap.open(config.redisUrl, prefix);
      const root: DynamicModule = {
        module: ServiceTestModule,
        imports: [
          ConfigModule.forRoot(config),
          DbModule.forDataSource(dataSource),
          QueueModule.forRoot(config, 'service-test'),
          AuthCoreModule.forRoot(config),
          ...(options.imports ?? []),
        ],
        providers: options.providers ?? [],
      };
      app = await NestFactory.createApplicationContext(root, { logger: ['error'], abortOnError: false });
      // The producer fails fast rather than queueing commands while it connects (as in the API):
      // start the tests once it is connected, so a first enqueue is not lost to start-up.
      const producer = app.get<Redis>(REDIS_PRODUCER, { strict: false });
      if (producer.status !== 'ready') await once(producer, 'ready');
      return new ServiceTest(app, dataSource, prefix, config.redisUrl, tap);
    } catch (error) {
      tap?.close();
      await app?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      throw error;
    }
  }

  /** A provider of the assembled modules (a service, a job handler), as Nest built it. */
  get<T>(type: Type<T>): T {
    return this.app.get(type, { strict: false });
  }

  /** The runner every service uses: one transaction scoped to the current (or a given) context. */
  get tx(): TransactionRunner {
    return this.get(TransactionRunner);
  }

  /** Runs `work` as `actor`, the way the auth guard scopes a request: services read it from RequestContext. */
  as<T>(actor: ActorContext, work: () => Promise<T>): Promise<T> {
    return RequestContext.run(actor, work);
  }

  /** The jobs in this file's queues in Redis, oldest first (read with BullMQ's `Queue.getJobs`). */
  async jobs(): Promise<QueuedJob[]> {
    const registry = this.get(QueueRegistry);
    const lists = await Promise.all(
      Object.values(QueueNames).map(async (queue) => {
        const jobs = await registry.get(queue).getJobs(JOB_STATES, 0, -1, true);
        return jobs
          .filter(Boolean)
          .map((job): [number, QueuedJob] => [
            job.timestamp,
            { queue, name: job.name, data: job.data as Record<string, unknown>, options: { ...job.opts } },
          ]);
      }),
    );
    return lists
      .flat()
      .sort((a, b) => a[0] - b[0])
      .map(([, job]) => job);
  }

  /**
   * Removes every job from this file's queues. A job id (such as a project's recompute) is taken
   * once per queue, so a test that asks "did this call queue it?" clears the queues first.
   */
  async clearJobs(): Promise<void> {
    const registry = this.get(QueueRegistry);
    await Promise.all(Object.values(QueueNames).map((queue) => registry.get(queue).obliterate({ force: true })));
  }

  /** Every live event published on this file's tenant channels so far, in order. */
  async events(): Promise<PublishedEvent[]> {
    await this.tap.settle(this.app.get<Redis>(REDIS_PRODUCER, { strict: false }));
    return [...this.tap.heard];
  }

  /** Closes the modules (the DataSource and the Redis connections go with them) and deletes this file's Redis keys. */
  async close(): Promise<void> {
    this.tap.close();
    await this.app.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    const redis = createRedis(this.redisUrl, 'consumer', 'service-test-cleanup');
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.queuePrefix}:*`, 'COUNT', 500);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}

/**
 * The problem document a refused call answers with (what the client would get as problem+json).
 * Fails when the call succeeds; rethrows errors that are not a refusal (a bug, a broken query).
 */
export async function refusal(work: Promise<unknown>): Promise<Problem> {
  try {
    await work;
  } catch (error) {
    const problem = toProblem(error);
    if (problem.status >= 500 && !(error instanceof ProblemException)) throw error;
    return problem;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
