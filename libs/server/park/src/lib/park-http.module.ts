import { Module } from '@nestjs/common';
import { BenchmarksController } from './benchmarks/benchmarks.controller';
import { BenchmarksService } from './benchmarks/benchmarks.service';
import { ParkShowcasesController, ShowcasesController } from './showcases/showcases.controller';
import { ShowcasesService } from './showcases/showcases.service';

/**
 * The park administrator's oversight, composed by apps/api: the dashboard, tenant summaries,
 * cross-analysis, the pain-point matrix and reports (all read from the worker's rollups), and the
 * tenants' side of it — showcases (model rooms) and peer benchmarks. Each sub-resource adds its
 * controller and service here.
 */
@Module({
  controllers: [ShowcasesController, ParkShowcasesController, BenchmarksController],
  providers: [ShowcasesService, BenchmarksService],
})
export class ParkHttpModule {}
