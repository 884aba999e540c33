import { Logger } from '@nestjs/common';
import type { JobSchedulerJson } from 'bullmq';
import { QueueRegistry } from './queue.module';
import { ScheduleSpec, scheduleIsCurrent, SchedulesKeeper, templateOptions } from './schedules';

const sweep: ScheduleSpec = {
  id: 'progress-sweep',
  queue: 'progress',
  jobName: 'sweep-stale-projects',
  every: 2000,
  data: { tenantId: null },
  priority: 10,
  attempts: 1,
};
const nightly: ScheduleSpec = {
  id: 'nightly-snapshots',
  queue: 'system',
  jobName: 'snapshot-projects',
  pattern: '10 0 * * *',
  data: { tenantId: null },
};

/** What BullMQ stores for a schedule (it adds the queue's default options to the template). */
function stored(spec: ScheduleSpec, tz: string, next = 1000): JobSchedulerJson {
  return {
    key: spec.id,
    name: spec.jobName,
    next,
    every: spec.every,
    pattern: spec.pattern,
    tz: spec.pattern ? tz : undefined,
    template: { data: spec.data, opts: { backoff: { type: 'exponential', delay: 500 }, attempts: 5, ...templateOptions(spec) } },
  };
}

describe('scheduleIsCurrent', () => {
  it('is true for the schedule as stored, whatever defaults BullMQ added', () => {
    expect(scheduleIsCurrent(stored(sweep, 'UTC'), sweep, 'UTC')).toBe(true);
    expect(scheduleIsCurrent(stored(nightly, 'UTC'), nightly, 'UTC')).toBe(true);
  });

  it('is false when it is missing or anything that shapes its runs changed', () => {
    expect(scheduleIsCurrent(undefined, sweep, 'UTC')).toBe(false);
    expect(scheduleIsCurrent(stored({ ...sweep, every: 5000 }, 'UTC'), sweep, 'UTC')).toBe(false);
    expect(scheduleIsCurrent(stored(nightly, 'UTC'), nightly, 'Asia/Shanghai')).toBe(false);
    expect(scheduleIsCurrent(stored({ ...nightly, pattern: '20 0 * * *' }, 'UTC'), nightly, 'UTC')).toBe(false);
    expect(scheduleIsCurrent(stored({ ...sweep, priority: undefined }, 'UTC'), sweep, 'UTC')).toBe(false);
    expect(scheduleIsCurrent(stored({ ...sweep, jobName: 'other' }, 'UTC'), sweep, 'UTC')).toBe(false);
    expect(scheduleIsCurrent(stored({ ...nightly, data: { tenantId: null, day: '2026-01-01' } as never }, 'UTC'), nightly, 'UTC')).toBe(
      false,
    );
  });
});

/** A stand-in for BullMQ's queues: schedulers and the jobs their next runs are. */
class FakeQueues {
  readonly schedulers = new Map<string, JobSchedulerJson>();
  readonly jobs = new Set<string>();
  readonly upserts: string[] = [];
  down = false;

  get(): unknown {
    const guard = () => {
      if (this.down) throw new Error('Connection is closed.');
    };
    return {
      getJobScheduler: async (id: string) => (guard(), this.schedulers.get(id)),
      getJob: async (id: string) => (guard(), this.jobs.has(id) ? { id } : undefined),
      upsertJobScheduler: async (
        id: string,
        repeat: { every?: number; pattern?: string; tz?: string },
        template: { name: string; data: unknown; opts: object },
      ) => {
        guard();
        this.upserts.push(id);
        const next = 1000 + this.upserts.length;
        this.schedulers.set(id, {
          key: id,
          name: template.name,
          next,
          ...repeat,
          template: { data: template.data, opts: { attempts: 5, ...template.opts } },
        });
        this.jobs.add(`repeat:${id}:${next}`);
      },
    };
  }
}

describe('SchedulesKeeper', () => {
  const logger = { log: jest.fn(), warn: jest.fn() } as unknown as Logger;
  let queues: FakeQueues;
  let keeper: SchedulesKeeper;

  beforeEach(() => {
    jest.clearAllMocks();
    queues = new FakeQueues();
    keeper = new SchedulesKeeper(queues as unknown as QueueRegistry, [sweep, nightly], 'UTC', logger);
  });
  afterEach(() => keeper.stop());

  it('registers every schedule once and leaves current ones alone', async () => {
    expect(await keeper.check()).toEqual(['progress-sweep', 'nightly-snapshots']);
    expect(await keeper.check()).toEqual([]);
    expect(queues.upserts).toEqual(['progress-sweep', 'nightly-snapshots']);
    expect(queues.schedulers.get('nightly-snapshots')).toMatchObject({ pattern: '10 0 * * *', tz: 'UTC', name: 'snapshot-projects' });
  });

  it('puts back what Redis lost: a whole schedule, or the next run of one', async () => {
    await keeper.check();
    queues.schedulers.delete('progress-sweep');
    expect(await keeper.check()).toEqual(['progress-sweep']);
    queues.jobs.clear();
    expect(await keeper.check()).toEqual(['progress-sweep', 'nightly-snapshots']);
    expect(await keeper.check()).toEqual([]);
  });

  it('says once that Redis is away and carries on when it returns', async () => {
    queues.down = true;
    expect(await keeper.check()).toEqual([]);
    expect(await keeper.check()).toEqual([]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    queues.down = false;
    expect(await keeper.check()).toEqual(['progress-sweep', 'nightly-snapshots']);
  });
});
