import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssessmentHttpModule } from '@xinzhi/server-assessment';
import { AppConfig, AuthCoreModule, ConfigModule, LoggingModule } from '@xinzhi/server-core';
import { DbModule } from '@xinzhi/server-db';
import { HealthHttpModule } from '@xinzhi/server-health';
import { IdentityHttpModule } from '@xinzhi/server-identity';
import { ImportsHttpModule } from '@xinzhi/server-imports';
import { IncentivesHttpModule } from '@xinzhi/server-incentives';
import { KpisHttpModule } from '@xinzhi/server-kpis';
import { NotificationsHttpModule } from '@xinzhi/server-notifications';
import { ParkHttpModule } from '@xinzhi/server-park';
import { ProgressHttpModule } from '@xinzhi/server-progress';
import { ProjectsHttpModule } from '@xinzhi/server-projects';
import { SolutionsHttpModule } from '@xinzhi/server-solutions';
import { SurveysHttpModule } from '@xinzhi/server-surveys';
import { TasksHttpModule } from '@xinzhi/server-tasks';
import { QueueModule } from '@xinzhi/server-queue';

/** The API composes the features' HTTP modules; it never loads job processors. */
@Module({})
export class ApiModule {
  static compose(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, 'api'),
        DbModule.forDataSource(dataSource),
        QueueModule.forRoot(config, 'api'),
        AuthCoreModule.forRoot(config),
        HealthHttpModule,
        IdentityHttpModule,
        ProjectsHttpModule,
        TasksHttpModule,
        KpisHttpModule,
        IncentivesHttpModule,
        AssessmentHttpModule,
        SolutionsHttpModule,
        ParkHttpModule,
        SurveysHttpModule,
        ProgressHttpModule,
        NotificationsHttpModule,
        ImportsHttpModule,
      ],
    };
  }
}
