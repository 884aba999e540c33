import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, NestFactory } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { ActorContext, AppConfig, RequestContext } from '@xinzhi/server-core';
import { dispatchJob, JobConsumerHost, JobHandler, JobProcessor } from './consumer';
import { JobBase, ProgressJobs, SystemJobs } from './queues';
import { QueueRegistry, QueueSettings } from './queue.module';

const TENANT = '0b6f3f0c-8a59-4f4e-9d2b-2b9c8f7e6a51';
const PROJECT = '01a21f3d-d543-7b8f-86f6-bca5d78a1fbd';

/** A handler that records the context it ran in. */
class Recorder implements JobHandler {
  readonly seen: Array<{ data: JobBase; context: ActorContext }> = [];
  async handle(job: Job<JobBase>): Promise<string> {
    this.seen.push({ data: job.data, context: RequestContext.current() });
    return 'done';
  }
}

const job = (name: string, data: unknown, id = '42') => ({ name, data, id }) as unknown as Job<JobBase>;

describe('dispatchJob', () => {
  it('runs a tenant job inside that tenant’s context', async () => {
    const recorder = new Recorder();
    const result = await dispatchJob(
      'progress',
      new Map([['recompute-project', recorder]]),
      job('recompute-project', { tenantId: TENANT, projectId: PROJECT }),
    );
    expect(result).toBe('done');
    expect(recorder.seen).toHaveLength(1);
    expect(recorder.seen[0].context).toMatchObject({
      tenantId: TENANT,
      requestId: 'job-42',
      userId: null,
      parkId: null,
      platformOperator: false,
    });
    expect(RequestContext.peek()).toBeNull();
  });

  it('runs a platform job in a context without a tenant', async () => {
    const recorder = new Recorder();
    await dispatchJob('system', new Map([['heartbeat', recorder]]), job('heartbeat', { tenantId: null }, '7'));
    expect(recorder.seen[0].context).toMatchObject({ tenantId: null, parkId: null, requestId: 'job-7' });
  });

  it('fails a malformed payload for good, naming the field, without calling the handler', async () => {
    const recorder = new Recorder();
    const handlers = new Map([['recompute-project', recorder]]);
    const bad = dispatchJob('progress', handlers, job('recompute-project', { tenantId: 'not-a-uuid', projectId: PROJECT }));
    await expect(bad).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(bad).rejects.toThrow(/recompute-project: tenantId: must be a UUID/);
    await expect(dispatchJob('progress', handlers, job('recompute-project', { tenantId: TENANT }))).rejects.toThrow(/projectId: /);
    expect(recorder.seen).toEqual([]);
  });

  it('fails a job nobody handles for good', async () => {
    await expect(dispatchJob('system', new Map(), job('no-such-job', { tenantId: null }))).rejects.toThrow(
      new UnrecoverableError('No handler for job system/no-such-job'),
    );
  });

  it('lets a handler’s own error through, so BullMQ retries it', async () => {
    const failing: JobHandler = { handle: () => Promise.reject(new Error('database away')) };
    const run = dispatchJob('system', new Map([['heartbeat', failing]]), job('heartbeat', { tenantId: null }));
    await expect(run).rejects.toThrow('database away');
    await expect(run).rejects.not.toBeInstanceOf(UnrecoverableError);
  });
});

@Injectable()
@JobProcessor('progress', 'recompute-project')
class RecomputeHandler implements JobHandler<ProgressJobs['recompute-project']> {
  async handle(): Promise<void> {
    /* nothing */
  }
}

@Injectable()
@JobProcessor('system', 'heartbeat', { schedule: { id: 'heartbeat', every: 5000, data: { tenantId: null }, attempts: 1 } })
class BeatHandler implements JobHandler<SystemJobs['heartbeat']> {
  async handle(): Promise<void> {
    /* nothing */
  }
}

@Injectable()
class NotAHandler {}

@Module({ imports: [DiscoveryModule], providers: [RecomputeHandler, BeatHandler, NotAHandler] })
class FeatureJobs {}

@Injectable()
@JobProcessor('progress', 'recompute-project')
class SecondRecomputeHandler implements JobHandler<ProgressJobs['recompute-project']> {
  async handle(): Promise<void> {
    /* nothing */
  }
}

@Module({ imports: [DiscoveryModule], providers: [RecomputeHandler, SecondRecomputeHandler] })
class ClashingJobs {}

@Injectable()
@JobProcessor('system', 'notify-overdue', {
  schedule: { id: 'bad', pattern: '0 8 * * *', data: { tenantId: TENANT } as unknown as { tenantId: null } },
})
class BadlyScheduled implements JobHandler<SystemJobs['notify-overdue']> {
  async handle(): Promise<void> {
    /* nothing */
  }
}

@Module({ imports: [DiscoveryModule], providers: [BadlyScheduled] })
class BadlyScheduledJobs {}

async function discoverIn(module: unknown) {
  const app = await NestFactory.createApplicationContext(module as never, { logger: false });
  try {
    const host = new JobConsumerHost(
      { redisUrl: 'redis://unused', prefix: 'test', service: 'worker' } as QueueSettings,
      app.get(DiscoveryService),
      {} as QueueRegistry,
      {} as AppConfig,
    );
    return host.discover();
  } finally {
    await app.close();
  }
}

describe('JobConsumerHost.discover', () => {
  it('finds every @JobProcessor provider and its schedule, and nothing else', async () => {
    const { byQueue, schedules } = await discoverIn(FeatureJobs);
    expect([...byQueue.keys()].sort()).toEqual(['progress', 'system']);
    expect(byQueue.get('progress')?.get('recompute-project')).toBeInstanceOf(RecomputeHandler);
    expect(byQueue.get('system')?.get('heartbeat')).toBeInstanceOf(BeatHandler);
    expect(schedules).toEqual([
      { id: 'heartbeat', every: 5000, data: { tenantId: null }, attempts: 1, queue: 'system', jobName: 'heartbeat' },
    ]);
  });

  it('refuses two handlers for one job', async () => {
    await expect(discoverIn(ClashingJobs)).rejects.toThrow('Two handlers for progress/recompute-project');
  });

  it('refuses a schedule whose payload does not match its job', async () => {
    await expect(discoverIn(BadlyScheduledJobs)).rejects.toThrow(/notify-overdue: tenantId: must be null/);
  });
});
