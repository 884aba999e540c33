import { Controller, Delete, Get, HttpCode, Patch, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyTenantMember, ParkAdmin, Responds, RespondsNoContent, TenantRoles, ValidBody, ValidParams } from '@xinzhi/server-core';
import {
  IdParams,
  IdParamsSchema,
  MarkShowcaseRequest,
  MarkShowcaseRequestSchema,
  PutShowcaseRequestSchema,
  ShowcaseCard,
  ShowcaseListSchema,
  ShowcasePage,
  ShowcasePageSchema,
  ShowcaseSettings,
  ShowcaseSettingsSchema,
} from '@xinzhi/shared-contracts';
import { z } from 'zod';
import { ShowcasesService } from './showcases.service';

/** The tenant's own consent (owners write, leaders read) and the park's showcases as its tenants see them. */
@ApiTags('showcases')
@Controller()
export class ShowcasesController {
  constructor(private readonly showcases: ShowcasesService) {}

  @Get('showcase')
  @TenantRoles('owner', 'leader')
  @Responds(ShowcaseSettingsSchema)
  settings(): Promise<ShowcaseSettings> {
    return this.showcases.settings();
  }

  @Put('showcase')
  @TenantRoles('owner')
  @ApiOperation({ summary: 'Show one project to the park as a showcase (null revokes); absolute KPI values only when ticked' })
  @Responds(ShowcaseSettingsSchema)
  put(@ValidBody(PutShowcaseRequestSchema) body: z.output<typeof PutShowcaseRequestSchema>): Promise<ShowcaseSettings> {
    return this.showcases.put(body);
  }

  @Delete('showcase')
  @HttpCode(204)
  @RespondsNoContent()
  @TenantRoles('owner')
  @ApiOperation({ summary: 'Revoke the showcase: others no longer see it from the next read' })
  async revoke(): Promise<void> {
    await this.showcases.revoke();
  }

  @Get('showcases')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Active showcases of your park' })
  @Responds(ShowcaseListSchema)
  list(): Promise<ShowcaseCard[]> {
    return this.showcases.list();
  }

  @Get('showcases/:id')
  @AnyTenantMember()
  @Responds(ShowcasePageSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<ShowcasePage> {
    return this.showcases.get(id);
  }
}

/** The park administrator's view of its tenants' showcases and the benchmark mark (标杆). */
@ApiTags('showcases')
@Controller('park/showcases')
export class ParkShowcasesController {
  constructor(private readonly showcases: ShowcasesService) {}

  @Get()
  @ParkAdmin()
  @Responds(ShowcaseListSchema)
  list(): Promise<ShowcaseCard[]> {
    return this.showcases.list();
  }

  @Get(':id')
  @ParkAdmin()
  @Responds(ShowcasePageSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<ShowcasePage> {
    return this.showcases.get(id);
  }

  @Patch(':id')
  @ParkAdmin()
  @ApiOperation({ summary: 'Mark or unmark an active showcase of your park as a benchmark' })
  @Responds(ShowcasePageSchema)
  mark(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(MarkShowcaseRequestSchema) body: MarkShowcaseRequest,
  ): Promise<ShowcasePage> {
    return this.showcases.mark(id, body.benchmark);
  }
}
