import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyTenantMember, ParkAdmin, Responds, RespondsNoContent, ValidBody, ValidParams, ValidQuery } from '@xinzhi/server-core';
import {
  CreatePainPointRequest,
  CreatePainPointRequestSchema,
  IdParams,
  IdParamsSchema,
  Page,
  PainPoint,
  PainPointPageSchema,
  PainPointQuery,
  PainPointQuerySchema,
  PainPointSchema,
  ParkPainPointQuery,
  ParkPainPointQuerySchema,
  UpdatePainPointRequest,
  UpdatePainPointRequestSchema,
} from '@xinzhi/shared-contracts';
import { PainPointsService } from './pain-points.service';

@ApiTags('pain-points')
@Controller('pain-points')
export class PainPointsController {
  constructor(private readonly painPoints: PainPointsService) {}

  @Get()
  @AnyTenantMember()
  @Responds(PainPointPageSchema)
  list(@ValidQuery(PainPointQuerySchema) query: PainPointQuery): Promise<Page<PainPoint>> {
    return this.painPoints.list(query);
  }

  @Post()
  @AnyTenantMember()
  @ApiOperation({ summary: 'Records a pain point; from a member who is not an owner or leader it is a proposal (status proposed)' })
  @Responds(PainPointSchema, 201)
  create(@ValidBody(CreatePainPointRequestSchema) body: CreatePainPointRequest): Promise<PainPoint> {
    return this.painPoints.create(body);
  }

  @Get(':id')
  @AnyTenantMember()
  @Responds(PainPointSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<PainPoint> {
    return this.painPoints.get(id);
  }

  @Patch(':id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Owners and leaders edit a pain point or change its status (status open accepts a proposal); others 403' })
  @Responds(PainPointSchema)
  update(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdatePainPointRequestSchema) body: UpdatePainPointRequest,
  ): Promise<PainPoint> {
    return this.painPoints.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RespondsNoContent()
  @AnyTenantMember()
  @ApiOperation({ summary: 'Owners and leaders delete any pain point; a member only their own proposal while it is proposed' })
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.painPoints.remove(id);
  }
}

@ApiTags('park')
@Controller('park')
export class ParkPainPointsController {
  constructor(private readonly painPoints: PainPointsService) {}

  @Get('pain-points')
  @ParkAdmin()
  @ApiOperation({ summary: "The park's tenants' pain points, newest first; of one tenant with tenantId" })
  @Responds(PainPointPageSchema)
  list(@ValidQuery(ParkPainPointQuerySchema) query: ParkPainPointQuery): Promise<Page<PainPoint>> {
    return this.painPoints.listForPark(query);
  }

  @Post('tenants/:id/pain-points')
  @ParkAdmin()
  @ApiOperation({ summary: 'Records a pain point for a tenant of the park (during a visit): open, marked as recorded by the park' })
  @Responds(PainPointSchema, 201)
  record(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(CreatePainPointRequestSchema) body: CreatePainPointRequest,
  ): Promise<PainPoint> {
    return this.painPoints.recordForTenant(id, body);
  }
}
