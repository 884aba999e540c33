import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { HealthResponse } from '@xinzhi/shared-contracts';
import { ApiProcess, RunningProcess, startApi, startWorker, TEST_QUEUE_PREFIX, testEnv, waitFor } from '@xinzhi/testing';

/**
 * The job plumbing with two worker processes: periodic work runs once per period for the cluster,
 * a malformed payload fails at once, and the schedules come back on their own when Redis loses them.
 * Its own queue prefix, so emptying "Redis" here deletes only this file's keys.
 */
const PREFIX = `${TEST_QUEUE_PREFIX}-jobs`;
/** The catch-up sweeps: scheduler id and job name. */
const SWEEPS: Array<[string, string]> = [
  ['progress-sweep', 'sweep-stale-projects'],
  ['incentives-sweep', 'sweep-incentives'],
  ['pain-points-sweep', 'sweep-pain-points'],
];
/** Every schedule the worker keeps. */
const SCHEDULES = ['heartbeat', 'nightly-snapshots', 'morning-overdue', ...SWEEPS.map(([id]) => id)];

describe('job plumbing with two workers', () => {
  let api: ApiProcess;
  const workers: RunningProcess[] = [];
  let progress: Queue;
  let system: Queue;
  let redis: Redis;

  /** Deletes every key of this file's prefix (other test runs may share this Redis); returns them. */
  async function emptyRedis(): Promise<string[]> {
    const deleted: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) {
        await redis.del(...keys);
        deleted.push(...keys);
      }
    } while (cursor !== '0');
    return deleted;
  }

  /**
   * The scheduled times of the finished scheduled runs of one job, whichever scheduler made them
   * (BullMQ names a scheduler's run `repeat:<scheduler id>:<time>`).
   */
  async function runsOf(queue: Queue, jobName: string, since = 0): Promise<number[]> {
    const jobs = (await queue.getJobs(['completed', 'failed'], 0, 999)).filter(
      (job): job is Job => !!job && job.name === jobName && String(job.id).startsWith('repeat:'),
    );
    return jobs
      .map((job) => Number(String(job.id).split(':').pop()))
      .filter((at) => at >= since)
      .sort((a, b) => a - b);
  }

  async function schedulerIds(): Promise<string[]> {
    const [s, p] = await Promise.all([system.getJobSchedulers(0, 99), progress.getJobSchedulers(0, 99)]);
    return [...s, ...p].map((scheduler) => scheduler.key).sort();
  }

  async function health(): Promise<HealthResponse> {
    return (await (await fetch(`${api.url}/api/health`)).json()) as HealthResponse;
  }

  beforeAll(async () => {
    const connection = { url: testEnv()['REDIS_URL'], maxRetriesPerRequest: null };
    redis = new Redis(connection.url);
    progress = new Queue('progress', { connection, prefix: PREFIX });
    system = new Queue('system', { connection, prefix: PREFIX });
    await emptyRedis();
    const env = { QUEUE_PREFIX: PREFIX };
    const [started, ...both] = await Promise.all([startApi(env), startWorker(env), startWorker(env)]);
    api = started as ApiProcess;
    workers.push(...both);
    // Both workers consume the progress queue (each BullMQ Worker names its connection after the queue).
    await waitFor(async () => (await progress.getWorkersCount()) >= 2, 30_000, 'two workers on the progress queue');
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), ...workers.map((w) => w.stop())]);
    if (redis) await emptyRedis();
    await Promise.all([progress?.close(), system?.close()]);
    redis?.disconnect();
  });

  it.each(SWEEPS)(
    'runs the sweep %s (%s) once per period for the cluster, however many workers run',
    async (id, name) => {
      const scheduler = await waitFor(() => progress.getJobScheduler(id), 30_000, `the scheduler ${id}`);
      const every = Number(scheduler.every);
      expect(every).toBeGreaterThan(0);
      const from = Date.now();
      await waitFor(async () => (await runsOf(progress, name, from)).length >= 5, 60_000, `five runs of ${name}`, 250);
      const to = Date.now();
      const runs = (await runsOf(progress, name, from)).filter((at) => at <= to);
      // One worker's cadence, not one per worker: at most one run per period of the window…
      expect(runs.length).toBeGreaterThanOrEqual(1);
      expect(runs.length).toBeLessThanOrEqual(Math.floor((to - from) / every) + 1);
      // …and never two runs for one period.
      const gaps = runs.slice(1).map((at, i) => at - runs[i]);
      expect(gaps.filter((gap) => gap < every)).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['a tenant id that is not a UUID', { tenantId: 'not-a-uuid', projectId: randomUUID() }, 'tenantId'],
    ['no project id', { tenantId: randomUUID() }, 'projectId'],
  ])('fails a job with %s at once, naming the field, without retrying it', async (_what, data, field) => {
    const added = await progress.add('recompute-project', data, {
      jobId: `malformed-${field}-${randomUUID()}`,
      attempts: 5,
      backoff: { type: 'fixed', delay: 10 },
    });
    // A retried job would pass through "delayed" and end failed only after five attempts.
    await waitFor(async () => (await added.getState()) === 'failed', 15_000, 'the job to fail');
    const job = await Job.fromId(progress, String(added.id));
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(new RegExp(`^invalid payload of progress/recompute-project: .*\\b${field}: `));
    // The worker that took it says so in its log, as the worker.
    const line = await waitFor(
      () => workers.flatMap((w) => w.output().split('\n')).find((l) => l.includes(String(added.id))),
      5_000,
      'the log line of the failed job',
    );
    expect(JSON.parse(line)).toMatchObject({
      service: 'worker',
      queue: 'progress',
      id: added.id,
      attempts: 1,
      err: expect.stringContaining(`${field}: `),
    });
  });

  it('has every schedule and the heartbeat back within a minute of Redis losing every key', async () => {
    const before = await waitFor(
      async () => {
        const ids = await schedulerIds();
        return SCHEDULES.every((id) => ids.includes(id)) ? ids : null;
      },
      30_000,
      'every schedule to be registered',
    );

    const deleted = await emptyRedis();
    const emptiedAt = Date.now();
    expect(deleted).toEqual(expect.arrayContaining([`${PREFIX}:system:repeat`, `${PREFIX}:progress:repeat`]));
    const left = () => Math.max(emptiedAt + 60_000 - Date.now(), 1);

    await waitFor(
      async () => {
        const ids = await schedulerIds();
        return before.every((id) => ids.includes(id));
      },
      left(),
      'every schedule to be registered again',
      250,
    );
    // Scheduled work runs again (only jobs finished after the keys were deleted are in Redis at all).
    await waitFor(async () => (await runsOf(system, 'heartbeat', emptiedAt - 60_000)).length > 0, left(), 'a heartbeat run', 250);
    await waitFor(async () => (await runsOf(progress, 'sweep-stale-projects', emptiedAt - 60_000)).length > 0, left(), 'a sweep run', 250);
    const h = await waitFor(
      async () => {
        const now = await health();
        return now.worker.status === 'up' && now.worker.lastHeartbeatAt && Date.parse(now.worker.lastHeartbeatAt) > emptiedAt ? now : null;
      },
      left(),
      '/api/health to report a heartbeat newer than the emptying',
      250,
    );
    expect(h.worker.status).toBe('up');
  }, 120_000);
});
