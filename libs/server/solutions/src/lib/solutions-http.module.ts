import { Module } from '@nestjs/common';

/** The feature's HTTP side, composed by apps/api (controllers and services are added per sub-resource). */
@Module({
  controllers: [],
  providers: [],
})
export class SolutionsHttpModule {}
