import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds, ValidParams, ValidQuery } from '@xinzhi/server-core';
import {
  IdParams,
  IdParamsSchema,
  ParkTenantSummaryPage,
  ParkTenantSummaryPageSchema,
  TenantTablePage,
  TenantTablePageSchema,
  TenantTableQuery,
  TenantTableQuerySchema,
} from '@xinzhi/shared-contracts';
import { SummariesService } from './summaries.service';

@ApiTags('park')
@Controller('park')
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get('tenant-summaries')
  @ParkAdmin()
  @ApiOperation({ summary: 'The park’s tenant table from the rollups: filtered by classification, name and reason, sorted, paged' })
  @Responds(TenantTablePageSchema)
  table(@ValidQuery(TenantTableQuerySchema) query: TenantTableQuery): Promise<TenantTablePage> {
    return this.summaries.table(query);
  }

  @Get('tenants/:id/summary')
  @ParkAdmin()
  @ApiOperation({ summary: 'A tenant’s classification, rollup and per-project numbers (no tasks, no people)' })
  @Responds(ParkTenantSummaryPageSchema)
  summary(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<ParkTenantSummaryPage> {
    return this.summaries.summary(id);
  }
}
