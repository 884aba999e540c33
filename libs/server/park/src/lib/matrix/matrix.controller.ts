import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds } from '@xinzhi/server-core';
import { PainPointMatrix, PainPointMatrixSchema } from '@xinzhi/shared-contracts';
import { MatrixService } from './matrix.service';

@ApiTags('park')
@Controller('park')
export class MatrixController {
  constructor(private readonly matrix: MatrixService) {}

  @Get('pain-point-matrix')
  @ParkAdmin()
  @ApiOperation({
    summary:
      'Open pain points of the park’s tenants by industry section × business area (count, mean severity), cells marked where the published catalog covers no solution for the area',
  })
  @Responds(PainPointMatrixSchema)
  get(): Promise<PainPointMatrix> {
    return this.matrix.matrix();
  }
}
