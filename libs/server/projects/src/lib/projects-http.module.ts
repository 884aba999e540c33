import { Module } from '@nestjs/common';
import { ProjectsController, ProjectsService } from './projects';
import { TeamsController, TeamsService } from './teams';

/** Transformation projects, their leadership groups and cross-department teams. */
@Module({
  controllers: [ProjectsController, TeamsController],
  providers: [ProjectsService, TeamsService],
})
export class ProjectsHttpModule {}
