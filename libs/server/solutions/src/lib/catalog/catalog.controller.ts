import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyTenantMember, ParkAdmin, Responds, RespondsNoContent, ValidBody, ValidParams, ValidQuery } from '@xinzhi/server-core';
import {
  CreateSolutionRequest,
  CreateSolutionRequestSchema,
  IdParams,
  IdParamsSchema,
  Page,
  Solution,
  SolutionPageSchema,
  SolutionQuery,
  SolutionQuerySchema,
  SolutionSchema,
  UpdateSolutionRequest,
  UpdateSolutionRequestSchema,
} from '@xinzhi/shared-contracts';
import { CatalogService } from './catalog.service';

@ApiTags('park')
@Controller('park/solutions')
export class ParkCatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ParkAdmin()
  @ApiOperation({ summary: "The park's solution catalog, any status, newest first, with each solution's adoptions" })
  @Responds(SolutionPageSchema)
  list(@ValidQuery(SolutionQuerySchema) query: SolutionQuery): Promise<Page<Solution>> {
    return this.catalog.listForPark(query);
  }

  @Post()
  @ParkAdmin()
  @ApiOperation({ summary: "Adds a solution to the park's catalog (draft unless a status is given)" })
  @Responds(SolutionSchema, 201)
  create(@ValidBody(CreateSolutionRequestSchema) body: CreateSolutionRequest): Promise<Solution> {
    return this.catalog.create(body);
  }

  @Get(':id')
  @ParkAdmin()
  @Responds(SolutionSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Solution> {
    return this.catalog.getForPark(id);
  }

  @Patch(':id')
  @ParkAdmin()
  @ApiOperation({ summary: 'Changes a solution; status published shows it to the park’s tenants, retired hides it again' })
  @Responds(SolutionSchema)
  update(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdateSolutionRequestSchema) body: UpdateSolutionRequest,
  ): Promise<Solution> {
    return this.catalog.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RespondsNoContent()
  @ParkAdmin()
  @ApiOperation({ summary: 'Deletes a solution nobody adopted; 409 once adopted (retire it instead)' })
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.catalog.remove(id);
  }
}

@ApiTags('solutions')
@Controller('solutions')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @AnyTenantMember()
  @ApiOperation({ summary: "The published solutions of the enterprise's park, newest first (status filter ignored)" })
  @Responds(SolutionPageSchema)
  list(@ValidQuery(SolutionQuerySchema) query: SolutionQuery): Promise<Page<Solution>> {
    return this.catalog.listForTenant(query);
  }

  @Get(':id')
  @AnyTenantMember()
  @ApiOperation({ summary: "A published solution of the enterprise's park; another park's, a draft or a retired one → 404" })
  @Responds(SolutionSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Solution> {
    return this.catalog.getForTenant(id);
  }
}
