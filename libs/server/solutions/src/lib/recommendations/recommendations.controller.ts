import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyTenantMember, Responds } from '@xinzhi/server-core';
import { Recommendation, RecommendationListSchema } from '@xinzhi/shared-contracts';
import { RecommendationsService } from './recommendations.service';

@ApiTags('solutions')
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  /** Declared as a fixed path: the router prefers it to `solutions/:id`. */
  @Get('solutions/recommended')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Your park’s published solutions ranked against your open pain points, assessment gaps, industry and scale' })
  @Responds(RecommendationListSchema)
  recommended(): Promise<Recommendation[]> {
    return this.recommendations.recommended();
  }
}
