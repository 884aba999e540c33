import { Module } from '@nestjs/common';

/**
 * The park administrator's oversight, composed by apps/api: the dashboard, tenant summaries,
 * cross-analysis, the pain-point matrix and reports (all read from the worker's rollups), and the
 * tenants' side of it — showcases (model rooms) and peer benchmarks. Each sub-resource adds its
 * controller and service here.
 */
@Module({
  controllers: [],
  providers: [],
})
export class ParkHttpModule {}
