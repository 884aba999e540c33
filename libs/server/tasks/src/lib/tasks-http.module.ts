import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Business-process tasks: planning, status updates by their assignees, comments and activity. */
@Module({ controllers: [TasksController], providers: [TasksService] })
export class TasksHttpModule {}
