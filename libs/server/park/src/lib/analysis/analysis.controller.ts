import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds, ValidQuery } from '@xinzhi/server-core';
import { Analysis, AnalysisQuery, AnalysisQuerySchema, AnalysisSchema } from '@xinzhi/shared-contracts';
import { AnalysisService } from './analysis.service';

@ApiTags('park')
@Controller('park')
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  @Get('analysis')
  @ParkAdmin()
  @ApiOperation({
    summary:
      'Cross-analysis of the park’s tenants: rows × cols (two different classification dimensions) against a measure of their rollups; each cell lists its tenants',
  })
  @Responds(AnalysisSchema)
  get(@ValidQuery(AnalysisQuerySchema) query: AnalysisQuery): Promise<Analysis> {
    return this.analysis.analysis(query);
  }
}
