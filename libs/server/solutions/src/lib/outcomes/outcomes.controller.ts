import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds, ValidParams } from '@xinzhi/server-core';
import {
  IdParams,
  IdParamsSchema,
  SolutionOutcomes,
  SolutionOutcomesSchema,
  UnmetDemand,
  UnmetDemandSchema,
} from '@xinzhi/shared-contracts';
import { OutcomesService } from './outcomes.service';

/** The park administrator's view: outcomes of a solution across the park's enterprises, and unmet demand. */
@ApiTags('solutions')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('park/solutions/:id/outcomes')
  @ParkAdmin()
  @ApiOperation({
    summary: 'Adoptions of the solution by the park’s enterprises: progress of their tasks, KPI attainment, scene levels before and after',
  })
  @Responds(SolutionOutcomesSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<SolutionOutcomes> {
    return this.outcomes.outcomes(id);
  }

  @Get('park/demand')
  @ParkAdmin()
  @ApiOperation({
    summary: 'Open pain points of the park’s enterprises that no published solution answers, counted by business area and industry',
  })
  @Responds(UnmetDemandSchema)
  demand(): Promise<UnmetDemand> {
    return this.outcomes.demand();
  }
}
