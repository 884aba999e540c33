import { Module } from '@nestjs/common';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import { ProjectsController, ProjectsService } from './projects';
import { TeamsController, TeamsService } from './teams';

/** Transformation projects, their leadership groups and cross-department teams. */
@Module({
  controllers: [ProjectsController, TeamsController],
  providers: [ProjectsService, TeamsService, RecomputeRequests, JobProducer],
})
export class ProjectsHttpModule {}
