import { Module } from '@nestjs/common';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { AdoptionsService } from './adoptions/adoptions.service';
import { CatalogController, ParkCatalogController } from './catalog/catalog.controller';
import { CatalogService } from './catalog/catalog.service';
import { OutcomesController } from './outcomes/outcomes.controller';
import { OutcomesService } from './outcomes/outcomes.service';
import { PainPointsController, ParkPainPointsController } from './pain-points/pain-points.controller';
import { PainPointsService } from './pain-points/pain-points.service';
import { RecommendationsController } from './recommendations/recommendations.controller';
import { RecommendationsService } from './recommendations/recommendations.service';

/** The feature's HTTP side, composed by apps/api; each sub-resource adds its controller and service here. */
@Module({
  controllers: [
    PainPointsController,
    ParkPainPointsController,
    ParkCatalogController,
    RecommendationsController,
    CatalogController,
    AdoptionsController,
    OutcomesController,
  ],
  providers: [PainPointsService, CatalogService, AdoptionsService, RecommendationsService, OutcomesService, RecomputeRequests, JobProducer],
  exports: [PainPointsService, CatalogService, AdoptionsService, RecommendationsService, OutcomesService],
})
export class SolutionsHttpModule {}
