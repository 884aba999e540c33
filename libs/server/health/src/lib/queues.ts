import { Controller, Get, HttpCode, Inject, Injectable, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PlatformOperator, ProblemException, Responds, RespondsNoContent, ValidParams } from '@xinzhi/server-core';
import { QueueName, QueueNames, QueueRegistry } from '@xinzhi/server-queue';
import {
  FailedJob,
  QUEUE_NAMES,
  QueueJobParams,
  QueueJobParamsSchema,
  QueueOverview,
  QueueOverviewSchema,
  QueueSchedule,
  QueueStatus,
} from '@xinzhi/shared-contracts';
import { latestHeartbeat } from './health.data';

/** The contracts' list (what the retry route accepts); both assignments fail to compile should it and QueueNames differ. */
const QUEUES: readonly QueueName[] = QUEUE_NAMES;
const EVERY_QUEUE_LISTED: ReadonlyArray<(typeof QUEUE_NAMES)[number]> = Object.values(QueueNames);
void EVERY_QUEUE_LISTED;
/** Failed jobs shown per queue (BullMQ keeps more, trimmed by removeOnFail). */
const FAILED_SHOWN = 20;

/** Only ids and dates of a payload are shown: payloads carry ids, and an operator needs nothing more. */
function idsOnly(data: unknown): Record<string, string | null> {
  if (!data || typeof data !== 'object') return {};
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).filter(
      (entry): entry is [string, string | null] => /(^id$|Id$|^day$)/.test(entry[0]) && (typeof entry[1] === 'string' || entry[1] === null),
    ),
  );
}

/**
 * The platform operator's view of the job queues — an equivalent of Bull Board, kept to what an
 * operator acts on: counts, schedules, failed jobs and their reasons, and a retry.
 */
@Injectable()
export class QueuesService {
  constructor(
    private readonly queues: QueueRegistry,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async overview(): Promise<QueueOverview> {
    let queues: QueueStatus[];
    try {
      queues = await Promise.all(QUEUES.map((name) => this.status(name)));
    } catch (error) {
      throw ProblemException.unavailable(`The queues cannot be read: Redis is unreachable (${(error as Error).message}).`);
    }
    const beat = await latestHeartbeat(this.dataSource.manager);
    return { at: new Date().toISOString(), workerHeartbeatAt: beat?.beatAt.toISOString() ?? null, queues };
  }

  private async status(name: QueueName): Promise<QueueStatus> {
    const queue = this.queues.get(name);
    const [counts, paused, schedulers, failed] = await Promise.all([
      queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'),
      queue.isPaused(),
      queue.getJobSchedulers(0, 49),
      queue.getFailed(0, FAILED_SHOWN - 1),
    ]);
    const schedules: QueueSchedule[] = schedulers.map((s) => ({
      id: s.key,
      jobName: s.name,
      pattern: s.pattern ?? (s.every ? `every ${s.every} ms` : ''),
      timeZone: s.tz ?? null,
      nextRunAt: s.next ? new Date(s.next).toISOString() : null,
    }));
    const failedJobs: FailedJob[] = failed.filter(Boolean).map((job) => ({
      id: String(job.id),
      name: job.name,
      failedReason: job.failedReason ?? '',
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      data: idsOnly(job.data),
    }));
    return {
      name,
      paused,
      counts: {
        waiting: counts['waiting'] ?? 0,
        active: counts['active'] ?? 0,
        delayed: counts['delayed'] ?? 0,
        prioritized: counts['prioritized'] ?? 0,
        completed: counts['completed'] ?? 0,
        failed: counts['failed'] ?? 0,
      },
      schedules,
      failed: failedJobs,
    };
  }

  async retry(name: QueueName, id: string): Promise<void> {
    const job = await this.queues.get(name).getJob(id);
    if (!job) throw ProblemException.notFound('No job with this id in this queue.');
    if (!(await job.isFailed())) throw ProblemException.conflict('id', 'Only a failed job can be retried.', 'state');
    await job.retry('failed');
  }
}

@ApiTags('platform')
@Controller('platform/queues')
export class QueuesController {
  constructor(private readonly queues: QueuesService) {}

  @Get()
  @PlatformOperator()
  @Responds(QueueOverviewSchema, 200, 'Counts, schedules and failed jobs of every queue, and the worker heartbeat.')
  overview(): Promise<QueueOverview> {
    return this.queues.overview();
  }

  @Post(':queue/jobs/:id/retry')
  @HttpCode(204)
  @PlatformOperator()
  @RespondsNoContent()
  retry(@ValidParams(QueueJobParamsSchema) { queue, id }: QueueJobParams): Promise<void> {
    return this.queues.retry(queue, id);
  }
}
