import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, LoggingModule } from '@xinzhi/server-core';
import { DbModule } from '@xinzhi/server-db';
import { HEALTH_JOB_HANDLERS, HealthJobsModule } from '@xinzhi/server-health';
import { INCENTIVE_JOB_HANDLERS, IncentiveJobsModule } from '@xinzhi/server-incentives';
import { NOTIFICATION_JOB_HANDLERS, NotificationJobsModule } from '@xinzhi/server-notifications';
import { PROGRESS_JOB_HANDLERS, ProgressJobsModule } from '@xinzhi/server-progress';
import { JOB_HANDLERS, JobConsumerHost, QueueModule } from '@xinzhi/server-queue';

/** Every job handler the worker runs, gathered from the features' job modules. */
const HANDLERS = [...HEALTH_JOB_HANDLERS, ...PROGRESS_JOB_HANDLERS, ...INCENTIVE_JOB_HANDLERS, ...NOTIFICATION_JOB_HANDLERS];

/** The worker alone loads job processors; each job re-enters its tenant context through the TransactionRunner. */
@Module({})
export class WorkerModule {
  static compose(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DbModule.forDataSource(dataSource),
        QueueModule.forRoot(config, 'worker'),
        HealthJobsModule,
        ProgressJobsModule,
        IncentiveJobsModule,
        NotificationJobsModule,
      ],
      providers: [{ provide: JOB_HANDLERS, useFactory: (...handlers: unknown[]) => handlers, inject: HANDLERS }, JobConsumerHost],
    };
  }
}
