import { Module } from '@nestjs/common';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { AdoptionsService } from './adoptions/adoptions.service';

/** The feature's HTTP side, composed by apps/api (controllers and services are added per sub-resource). */
@Module({
  controllers: [AdoptionsController],
  providers: [AdoptionsService, RecomputeRequests, JobProducer],
})
export class SolutionsHttpModule {}
