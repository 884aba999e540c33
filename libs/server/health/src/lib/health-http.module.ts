import { Module } from '@nestjs/common';
import { JobProducer } from '@xinzhi/server-queue';
import { DiagnosticsController, DiagnosticsService } from './diagnostics';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** The API side of the health feature: `/api/health` and the diagnostics probes. */
@Module({
  controllers: [HealthController, DiagnosticsController],
  providers: [HealthService, DiagnosticsService, JobProducer],
})
export class HealthHttpModule {}
