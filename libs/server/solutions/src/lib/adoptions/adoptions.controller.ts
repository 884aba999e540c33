import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds, RespondsNoContent, TenantRoles, ValidBody, ValidParams, ValidQuery } from '@xinzhi/server-core';
import {
  Adoption,
  AdoptionListSchema,
  AdoptionSchema,
  CreateAdoptionRequest,
  CreateAdoptionRequestSchema,
  IdParams,
  IdParamsSchema,
  RemoveAdoptionQuery,
  RemoveAdoptionQuerySchema,
} from '@xinzhi/shared-contracts';
import { AdoptionsService } from './adoptions.service';

/** Solutions adopted into a project: owners and leaders. */
@ApiTags('solutions')
@Controller()
export class AdoptionsController {
  constructor(private readonly adoptions: AdoptionsService) {}

  @Get('projects/:id/adoptions')
  @TenantRoles('owner', 'leader')
  @Responds(AdoptionListSchema)
  list(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Adoption[]> {
    return this.adoptions.list(id);
  }

  @Post('projects/:id/adoptions')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Adopt a published solution of your park: its template tasks and KPIs are created in the project' })
  @Responds(AdoptionSchema, 201)
  adopt(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(CreateAdoptionRequestSchema) body: CreateAdoptionRequest,
  ): Promise<Adoption> {
    return this.adoptions.adopt(id, body);
  }

  @Get('adoptions/:id')
  @TenantRoles('owner', 'leader')
  @Responds(AdoptionSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Adoption> {
    return this.adoptions.get(id);
  }

  @Delete('adoptions/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Remove an adoption: cancel its open tasks or keep them (as ordinary tasks); its KPIs stay' })
  async remove(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidQuery(RemoveAdoptionQuerySchema) query: RemoveAdoptionQuery,
  ): Promise<void> {
    await this.adoptions.remove(id, query);
  }
}
