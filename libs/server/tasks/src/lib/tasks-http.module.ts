import { Module } from '@nestjs/common';
import { JobProducer, LiveEventPublisher, RecomputeRequests } from '@xinzhi/server-queue';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Business-process tasks: planning, status updates by their assignees, comments and activity. */
@Module({ controllers: [TasksController], providers: [TasksService, RecomputeRequests, JobProducer, LiveEventPublisher] })
export class TasksHttpModule {}
