import { Logger } from '@nestjs/common';
import { JobData, JobName, QueueName } from './queues';
import { QueueRegistry } from './queue.module';

/**
 * Registers (or updates) a repeating job in BullMQ's job scheduler. The schedule lives in Redis, so
 * every worker registering the same id keeps one schedule and one job per tick, however many
 * workers run. Redis may be away at start: the next start registers it.
 */
export async function registerSchedule<Q extends QueueName, N extends JobName<Q>>(
  queues: QueueRegistry,
  spec: { id: string; queue: Q; jobName: N; data: JobData<Q, N>; pattern: string; timeZone: string },
  logger: Logger,
): Promise<void> {
  try {
    await queues.get(spec.queue).upsertJobScheduler(spec.id, { pattern: spec.pattern, tz: spec.timeZone }, {
      name: spec.jobName,
      data: spec.data,
      opts: { removeOnComplete: 20, removeOnFail: 50 },
    });
  } catch (error) {
    logger.warn(`could not register the schedule "${spec.id}" yet: ${(error as Error).message}`);
  }
}
