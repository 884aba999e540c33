import IORedis from 'ioredis';
import { JobProducer, LiveEventPublisher, QueueNames } from '@xinzhi/server-queue';
import { ServiceTest } from '@xinzhi/testing/service';
import { testEnv } from '@xinzhi/testing';

/**
 * The harness itself: jobs and events go to the real Redis under this file's own prefix, `jobs()`
 * and `events()` read back what reached it, and `close()` leaves no key of the file behind.
 */
describe('ServiceTest on Redis', () => {
  let t: ServiceTest;
  const tenantId = '01a21f4d-0000-7000-8000-00000000abcd';
  const projectId = '01a21f4d-0000-7000-8000-00000000abce';

  beforeAll(async () => {
    t = await ServiceTest.start({ providers: [JobProducer, LiveEventPublisher] });
  });
  afterAll(() => t?.close());

  const keysOf = async (prefix: string): Promise<string[]> => {
    const redis = new IORedis(testEnv()['REDIS_URL']);
    try {
      return await redis.keys(`${prefix}:*`);
    } finally {
      redis.disconnect();
    }
  };

  it('queues in Redis under a prefix of its own, and clears it on request', async () => {
    expect(t.queuePrefix).not.toBe(testEnv()['QUEUE_PREFIX']);
    await t
      .get(JobProducer)
      .enqueue(QueueNames.progress, 'recompute-project', { tenantId, projectId }, { jobId: `recompute-${projectId}`, delay: 60_000 });
    expect(await t.jobs()).toEqual([
      { queue: 'progress', name: 'recompute-project', data: { tenantId, projectId }, options: expect.objectContaining({ delay: 60_000 }) },
    ]);
    expect((await keysOf(t.queuePrefix)).length).toBeGreaterThan(0);
    await t.clearJobs();
    expect(await t.jobs()).toEqual([]);
  });

  it('hears the live events published on the tenant channels, in order', async () => {
    const events = t.get(LiveEventPublisher);
    await events.publish(tenantId, { type: 'notifications', at: '2026-01-01T00:00:00.000Z' });
    await events.publish(tenantId, { type: 'project.progress', projectId, at: '2026-01-01T00:00:01.000Z' });
    expect(await t.events()).toEqual([
      { tenantId, event: { type: 'notifications', at: '2026-01-01T00:00:00.000Z' } },
      { tenantId, event: { type: 'project.progress', projectId, at: '2026-01-01T00:00:01.000Z' } },
    ]);
  });

  it('deletes the keys of its prefix when closed', async () => {
    const other = await ServiceTest.start({ providers: [JobProducer] });
    await other.get(JobProducer).enqueue(QueueNames.progress, 'recompute-project', { tenantId, projectId });
    expect((await keysOf(other.queuePrefix)).length).toBeGreaterThan(0);
    await other.close();
    expect(await keysOf(other.queuePrefix)).toEqual([]);
  });
});
