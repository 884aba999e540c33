import { Module } from '@nestjs/common';

/** The worker side of park oversight: the per-tenant rollups and the park's daily snapshot (`@JobProcessor`s). */
@Module({
  providers: [],
})
export class ParkJobsModule {}
