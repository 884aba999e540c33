import { Module } from '@nestjs/common';
import { JobProducer } from '@xinzhi/server-queue';
import { RefreshAllTenantSummaries, RefreshTenantSummaryHandler, SnapshotParkHandler, TenantSummarySweep } from './rollups/rollups.jobs';

/** The worker side of park oversight: the per-tenant rollups and the park's daily snapshot (`@JobProcessor`s). */
@Module({
  providers: [RefreshTenantSummaryHandler, TenantSummarySweep, RefreshAllTenantSummaries, SnapshotParkHandler, JobProducer],
})
export class ParkJobsModule {}
