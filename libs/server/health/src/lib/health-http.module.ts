import { Module } from '@nestjs/common';
import { JobProducer } from '@xinzhi/server-queue';
import { DiagnosticsController, DiagnosticsService } from './diagnostics';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { QueuesController, QueuesService } from './queues';

/** The API side of the health feature: `/api/health`, the diagnostics probes and the operator's queue view. */
@Module({
  controllers: [HealthController, DiagnosticsController, QueuesController],
  providers: [HealthService, DiagnosticsService, QueuesService, JobProducer],
})
export class HealthHttpModule {}
