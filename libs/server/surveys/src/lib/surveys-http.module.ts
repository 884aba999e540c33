import { Module } from '@nestjs/common';
import { ParkSurveysController, SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

/** Park surveys of tenants, composed by apps/api: the park builds and reads them, tenants answer. */
@Module({
  controllers: [ParkSurveysController, SurveysController],
  providers: [SurveysService],
  exports: [SurveysService],
})
export class SurveysHttpModule {}
