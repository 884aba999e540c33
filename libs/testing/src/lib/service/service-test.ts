import 'reflect-metadata';
import { DynamicModule, Global, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ActorContext, AuthCoreModule, ConfigModule, loadConfig, ProblemException, RequestContext, toProblem } from '@xinzhi/server-core';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions, DbModule, TransactionRunner } from '@xinzhi/server-db';
import { QUEUE_SETTINGS, QueueName, QueueRegistry, QueueSettings, REDIS_PRODUCER } from '@xinzhi/server-queue';
import type { LiveEvent, Problem } from '@xinzhi/shared-contracts';
import { TEST_QUEUE_PREFIX, testEnv } from '../env';

/** A job a service asked for (it goes nowhere: service tests run no worker). */
export interface RecordedJob {
  queue: QueueName;
  name: string;
  data: Record<string, unknown>;
  options: Record<string, unknown>;
}

/** A live event a service or job handler published. */
export interface RecordedEvent {
  tenantId: string;
  event: LiveEvent;
}

/**
 * Stands in for Redis: the real JobProducer and LiveEventPublisher run on top of it, and what they
 * send is kept for assertions. Global, like the API's QueueModule, so every feature module finds it.
 */
@Global()
@Module({})
class RecordingQueueModule {
  static forRecorder(jobs: RecordedJob[], events: RecordedEvent[]): DynamicModule {
    const settings: QueueSettings = { redisUrl: 'redis://service-tests.invalid:6379', prefix: TEST_QUEUE_PREFIX, service: 'service-test' };
    const registry = {
      get: (queue: QueueName) => ({
        add: async (name: string, data: Record<string, unknown>, options: Record<string, unknown> = {}) => {
          jobs.push({ queue, name, data, options });
          return { id: String(options['jobId'] ?? `${queue}-${jobs.length}`) };
        },
      }),
    };
    const channel = `${TEST_QUEUE_PREFIX}:events:`;
    const redis = {
      publish: async (name: string, message: string) => {
        events.push({ tenantId: name.startsWith(channel) ? name.slice(channel.length) : name, event: JSON.parse(message) as LiveEvent });
        return 0;
      },
      disconnect: () => undefined,
    };
    return {
      module: RecordingQueueModule,
      providers: [
        { provide: QUEUE_SETTINGS, useValue: settings },
        { provide: REDIS_PRODUCER, useValue: redis },
        { provide: QueueRegistry, useValue: registry },
      ],
      exports: [QUEUE_SETTINGS, REDIS_PRODUCER, QueueRegistry],
    };
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
 * The service layer of the server, assembled in this process: the real configuration, the real
 * TypeORM DataSource connected as the application role (row-level security in force), the
 * TransactionRunner, and the feature modules under test. No HTTP, no spawned process, no Redis:
 * jobs and live events are recorded in `jobs` and `events` instead.
 *
 *   const t = await ServiceTest.start({ imports: [TasksHttpModule] });
 *   const tenant = await freshTenant(t, { leader: 'leader', employee: 'employee' });
 *   await t.as(tenant.actor('employee'), () => t.get(TasksService).update(id, { status: 'done' }));
 */
export class ServiceTest {
  private constructor(
    readonly app: INestApplicationContext,
    readonly dataSource: DataSource,
    /** Jobs the services asked for, in order. */
    readonly jobs: RecordedJob[],
    /** Live events published, in order. */
    readonly events: RecordedEvent[],
  ) {}

  static async start(options: ServiceTestOptions = {}): Promise<ServiceTest> {
    const env = testEnv();
    const config = loadConfig(env);
    // The API's own options, without its query-error log: tests provoke errors on purpose.
    const settings = dataSourceOptions({ url: config.databaseUrl, poolSize: 4, applicationName: 'xinzhi-service-test', timeZone: config.appTimeZone });
    const dataSource = new DataSource({ ...settings, logging: false } as DataSourceOptions);
    await dataSource.initialize();
    const jobs: RecordedJob[] = [];
    const events: RecordedEvent[] = [];
    const root: DynamicModule = {
      module: ServiceTestModule,
      imports: [
        ConfigModule.forRoot(config),
        DbModule.forDataSource(dataSource),
        RecordingQueueModule.forRecorder(jobs, events),
        AuthCoreModule.forRoot(config),
        ...(options.imports ?? []),
      ],
      providers: options.providers ?? [],
    };
    let app: INestApplicationContext;
    try {
      app = await NestFactory.createApplicationContext(root, { logger: ['error'], abortOnError: false });
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
      throw error;
    }
    return new ServiceTest(app, dataSource, jobs, events);
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

  /** Closes the modules; the DataSource goes with them. */
  async close(): Promise<void> {
    await this.app.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
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
