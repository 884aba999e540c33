import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds } from '@xinzhi/server-core';
import { ParkDashboard, ParkDashboardSchema } from '@xinzhi/shared-contracts';
import { DashboardService } from './dashboard.service';

@ApiTags('park')
@Controller('park/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ParkAdmin()
  @ApiOperation({ summary: 'Tiles, the needs-attention queue and the trend of the park, from the tenants’ rollups' })
  @Responds(ParkDashboardSchema)
  get(): Promise<ParkDashboard> {
    return this.dashboard.dashboard();
  }
}
