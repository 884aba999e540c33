import { Module } from '@nestjs/common';
import { JobProducer, LiveEventPublisher } from '@xinzhi/server-queue';
import { RecomputeProjectHandler, StaleProjectSweep } from './recompute';

/** The worker side of the progress engine. */
@Module({
  providers: [RecomputeProjectHandler, StaleProjectSweep, JobProducer, LiveEventPublisher],
  exports: [RecomputeProjectHandler],
})
export class ProgressJobsModule {}

export const PROGRESS_JOB_HANDLERS = [RecomputeProjectHandler];
