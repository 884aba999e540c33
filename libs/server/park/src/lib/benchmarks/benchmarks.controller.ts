import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds, TenantRoles } from '@xinzhi/server-core';
import { Benchmark, BenchmarkSchema } from '@xinzhi/shared-contracts';
import { BenchmarksService } from './benchmarks.service';

/** The tenant's peer benchmark: owners and leaders. */
@ApiTags('showcases')
@Controller('benchmarks')
export class BenchmarksController {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Get()
  @TenantRoles('owner', 'leader')
  @ApiOperation({
    summary:
      'Your index and maturity beside the quartiles of your industry in your park and of the whole park (only with at least 5 other tenants)',
  })
  @Responds(BenchmarkSchema)
  get(): Promise<Benchmark> {
    return this.benchmarks.get();
  }
}
