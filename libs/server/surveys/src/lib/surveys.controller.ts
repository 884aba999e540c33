import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkAdmin, Responds, RespondsNoContent, TenantRoles, ValidBody, ValidParams, ValidQuery } from '@xinzhi/server-core';
import {
  CreateSurveyRequest,
  CreateSurveyRequestSchema,
  IdParams,
  IdParamsSchema,
  Survey,
  SurveyList,
  SurveyListSchema,
  SurveyResponseRequest,
  SurveyResponseRequestSchema,
  SurveyResults,
  SurveyResultsQuery,
  SurveyResultsQuerySchema,
  SurveyResultsSchema,
  SurveySchema,
  TenantSurvey,
  TenantSurveyList,
  TenantSurveyListSchema,
  TenantSurveySchema,
  UpdateSurveyRequest,
  UpdateSurveyRequestSchema,
} from '@xinzhi/shared-contracts';
import { SurveysService } from './surveys.service';

@ApiTags('park')
@Controller('park/surveys')
export class ParkSurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @ParkAdmin()
  @ApiOperation({ summary: "The park's surveys, any status, newest first, with response and targeted counts" })
  @Responds(SurveyListSchema)
  list(): Promise<SurveyList> {
    return this.surveys.listForPark();
  }

  @Post()
  @ParkAdmin()
  @ApiOperation({ summary: 'Creates a draft survey with its questions' })
  @Responds(SurveySchema, 201)
  create(@ValidBody(CreateSurveyRequestSchema) body: CreateSurveyRequest): Promise<Survey> {
    return this.surveys.create(body);
  }

  @Get(':id')
  @ParkAdmin()
  @Responds(SurveySchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Survey> {
    return this.surveys.getForPark(id);
  }

  @Patch(':id')
  @ParkAdmin()
  @ApiOperation({ summary: 'Edits a draft; status open sends it, status closed closes it early; a sent survey’s content → 409' })
  @Responds(SurveySchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateSurveyRequestSchema) body: UpdateSurveyRequest): Promise<Survey> {
    return this.surveys.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RespondsNoContent()
  @ParkAdmin()
  @ApiOperation({ summary: 'Deletes a draft; a sent survey → 409 (close it instead)' })
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.surveys.remove(id);
  }

  @Get(':id/results')
  @ParkAdmin()
  @ApiOperation({
    summary: 'Counts and percents per question, optionally by industry or scale; an anonymous survey hides groups of fewer than 3 tenants',
  })
  @Responds(SurveyResultsSchema)
  results(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidQuery(SurveyResultsQuerySchema) q: SurveyResultsQuery,
  ): Promise<SurveyResults> {
    return this.surveys.results(id, q.by);
  }
}

@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: "The sent surveys of the enterprise's park that target it, with its own answers" })
  @Responds(TenantSurveyListSchema)
  list(): Promise<TenantSurveyList> {
    return this.surveys.listForTenant();
  }

  @Get(':id')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: "A sent survey that targets the enterprise; another park's, a draft or an untargeted one → 404" })
  @Responds(TenantSurveySchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<TenantSurvey> {
    return this.surveys.getForTenant(id);
  }

  @Put(':id/response')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: "Stores the enterprise's answers (replacing earlier ones) while the survey is open; closed → 409" })
  @Responds(TenantSurveySchema)
  answer(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(SurveyResponseRequestSchema) body: SurveyResponseRequest,
  ): Promise<TenantSurvey> {
    return this.surveys.answer(id, body.answers);
  }
}
