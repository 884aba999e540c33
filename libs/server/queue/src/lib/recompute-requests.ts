import { Injectable, Logger } from '@nestjs/common';
import { JobProducer } from './producer';
import { QueueNames, recomputeJobId } from './queues';

/** Coalescing window: changes to one project within it become one recompute. */
export const RECOMPUTE_DELAY_MS = 50;

/**
 * Asks the worker to recompute a project after a change has committed. The change itself has
 * already marked the project stale in PostgreSQL, so when Redis is away this only logs: the
 * worker's sweep finds the project and catches up when Redis returns.
 */
@Injectable()
export class RecomputeRequests {
  private readonly logger = new Logger('Recompute');

  constructor(private readonly producer: JobProducer) {}

  async request(tenantId: string, projectId: string): Promise<void> {
    try {
      await this.producer.enqueue(
        QueueNames.progress,
        'recompute-project',
        { tenantId, projectId },
        {
          jobId: recomputeJobId(projectId),
          delay: RECOMPUTE_DELAY_MS,
          removeOnComplete: true,
          removeOnFail: 100,
        },
      );
    } catch (error) {
      this.logger.warn(`recompute of ${projectId} not queued (the sweep will catch up): ${(error as Error).message}`);
    }
  }
}
