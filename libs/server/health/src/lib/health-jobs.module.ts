import { Module } from '@nestjs/common';
import { DiagnosticProbeHandler } from './diagnostics';
import { HeartbeatHandler } from './heartbeat';

/** The worker side of the health feature: the heartbeat and the diagnostics probe handler. */
@Module({
  providers: [HeartbeatHandler, DiagnosticProbeHandler],
  exports: [HeartbeatHandler, DiagnosticProbeHandler],
})
export class HealthJobsModule {}

export const HEALTH_JOB_HANDLERS = [HeartbeatHandler, DiagnosticProbeHandler];
