import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { SummariesController } from './summaries/summaries.controller';
import { SummariesService } from './summaries/summaries.service';
import { AnalysisController } from './analysis/analysis.controller';
import { AnalysisService } from './analysis/analysis.service';
import { MatrixController } from './matrix/matrix.controller';
import { MatrixService } from './matrix/matrix.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
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
  controllers: [
    DashboardController,
    SummariesController,
    AnalysisController,
    MatrixController,
    ReportsController,
    ShowcasesController,
    ParkShowcasesController,
    BenchmarksController,
  ],
  providers: [DashboardService, SummariesService, AnalysisService, MatrixService, ReportsService, ShowcasesService, BenchmarksService],
  exports: [SummariesService],
})
export class ParkHttpModule {}
