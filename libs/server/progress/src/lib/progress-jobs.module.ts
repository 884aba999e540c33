import { Module } from '@nestjs/common';
import { JobProducer, LiveEventPublisher } from '@xinzhi/server-queue';
import { RecomputeProjectHandler, StaleProjectSweep } from './recompute';
import { SnapshotProjectsHandler } from './snapshots';

/** The worker side of the progress engine. */
@Module({
  providers: [RecomputeProjectHandler, StaleProjectSweep, SnapshotProjectsHandler, JobProducer, LiveEventPublisher],
  exports: [RecomputeProjectHandler, SnapshotProjectsHandler],
})
export class ProgressJobsModule {}

export const PROGRESS_JOB_HANDLERS = [RecomputeProjectHandler, SnapshotProjectsHandler];
