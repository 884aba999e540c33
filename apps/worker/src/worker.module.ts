import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssessmentJobsModule } from '@xinzhi/server-assessment';
import { AppConfig, ConfigModule, LoggingModule } from '@xinzhi/server-core';
import { DbModule } from '@xinzhi/server-db';
import { HealthJobsModule } from '@xinzhi/server-health';
import { ImportsJobsModule } from '@xinzhi/server-imports';
import { IncentiveJobsModule } from '@xinzhi/server-incentives';
import { NotificationJobsModule } from '@xinzhi/server-notifications';
import { ParkJobsModule } from '@xinzhi/server-park';
import { ProgressJobsModule } from '@xinzhi/server-progress';
import { JobConsumerModule, QueueModule } from '@xinzhi/server-queue';
import { SolutionsJobsModule } from '@xinzhi/server-solutions';

/**
 * The worker alone loads job processors. It composes the features' job modules; the consumer host
 * finds their `@JobProcessor` handlers and schedules itself, checks each payload and enters the
 * job's tenant context before a handler runs.
 */
@Module({})
export class WorkerModule {
  static compose(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, 'worker'),
        DbModule.forDataSource(dataSource),
        QueueModule.forRoot(config, 'worker'),
        JobConsumerModule,
        HealthJobsModule,
        ProgressJobsModule,
        IncentiveJobsModule,
        AssessmentJobsModule,
        SolutionsJobsModule,
        ParkJobsModule,
        NotificationJobsModule,
        ImportsJobsModule,
      ],
    };
  }
}
