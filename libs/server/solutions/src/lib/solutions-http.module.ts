import { Module } from '@nestjs/common';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { AdoptionsService } from './adoptions/adoptions.service';
import { CatalogController, ParkCatalogController } from './catalog/catalog.controller';
import { CatalogService } from './catalog/catalog.service';
import { PainPointsController, ParkPainPointsController } from './pain-points/pain-points.controller';
import { PainPointsService } from './pain-points/pain-points.service';

/** The feature's HTTP side, composed by apps/api; each sub-resource adds its controller and service here. */
@Module({
  controllers: [PainPointsController, ParkPainPointsController, ParkCatalogController, CatalogController, AdoptionsController],
  providers: [PainPointsService, CatalogService, AdoptionsService, RecomputeRequests, JobProducer],
  exports: [PainPointsService, CatalogService],
})
export class SolutionsHttpModule {}
