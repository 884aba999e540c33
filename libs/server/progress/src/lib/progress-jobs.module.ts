import { Module } from '@nestjs/common';
import { JobProducer, LiveEventPublisher } from '@xinzhi/server-queue';
import { RecomputeProjectHandler, StaleProjectSweep } from './recompute';
import { SnapshotProjectsHandler } from './snapshots';

/**
 * The worker side of the progress engine. Its handlers register themselves with `@JobProcessor`;
 * being providers here is all the worker needs to find them.
 */
@Module({
  providers: [RecomputeProjectHandler, StaleProjectSweep, SnapshotProjectsHandler, JobProducer, LiveEventPublisher],
})
export class ProgressJobsModule {}
