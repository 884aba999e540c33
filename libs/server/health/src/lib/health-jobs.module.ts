import { Module } from '@nestjs/common';
import { DiagnosticProbeHandler } from './diagnostics';
import { HeartbeatHandler } from './heartbeat';

/** The worker side of the health feature: the heartbeat and the diagnostics probe handler (both `@JobProcessor`s). */
@Module({
  providers: [HeartbeatHandler, DiagnosticProbeHandler],
})
export class HealthJobsModule {}
