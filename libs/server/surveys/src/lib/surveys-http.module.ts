import { Module } from '@nestjs/common';

/** Park surveys of tenants, composed by apps/api: the park builds and reads them, tenants answer. */
@Module({
  controllers: [],
  providers: [],
})
export class SurveysHttpModule {}
