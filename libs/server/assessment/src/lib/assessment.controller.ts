import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AnyTenantMember,
  Authenticated,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import {
  Assessment,
  AssessmentComparison,
  AssessmentComparisonSchema,
  AssessmentFramework,
  AssessmentFrameworkListSchema,
  AssessmentFrameworkSchema,
  AssessmentFrameworkSummary,
  AssessmentPageSchema,
  AssessmentQuery,
  AssessmentQuerySchema,
  AssessmentSchema,
  AssessmentSummary,
  AssignStepsRequest,
  AssignStepsRequestSchema,
  ComparisonQuery,
  ComparisonQuerySchema,
  CreateAssessmentRequest,
  CreateAssessmentRequestSchema,
  IdParams,
  IdParamsSchema,
  Page,
  SaveAnswersRequest,
  SaveAnswersRequestSchema,
} from '@xinzhi/shared-contracts';
import { AssessmentService } from './assessment.service';

@ApiTags('assessment')
@Controller()
export class AssessmentController {
  constructor(private readonly assessments: AssessmentService) {}

  @Get('assessment-frameworks')
  @Authenticated()
  @ApiOperation({ summary: 'Published assessment frameworks (platform reference data), current versions first' })
  @Responds(AssessmentFrameworkListSchema)
  listFrameworks(): Promise<AssessmentFrameworkSummary[]> {
    return this.assessments.listFrameworks();
  }

  @Get('assessment-frameworks/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One framework version: dimensions, items and options, scenes, the level rule, and the wizard steps' })
  @Responds(AssessmentFrameworkSchema)
  getFramework(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<AssessmentFramework> {
    return this.assessments.getFramework(id);
  }

  @Get('assessments')
  @AnyTenantMember()
  @ApiOperation({ summary: 'The enterprise’s assessments, newest first, with how far each is answered and its result' })
  @Responds(AssessmentPageSchema)
  list(@ValidQuery(AssessmentQuerySchema) query: AssessmentQuery): Promise<Page<AssessmentSummary>> {
    return this.assessments.list(query);
  }

  @Post('assessments')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Starts a draft against a published framework version' })
  @Responds(AssessmentSchema, 201)
  create(@ValidBody(CreateAssessmentRequestSchema) body: CreateAssessmentRequest): Promise<Assessment> {
    return this.assessments.create(body);
  }

  @Get('assessments/:id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'One assessment: answers, assignments, the steps the caller may answer, and the result once scored' })
  @Responds(AssessmentSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Assessment> {
    return this.assessments.get(id);
  }

  @Put('assessments/:id/answers')
  @AnyTenantMember()
  @ApiOperation({
    summary: 'Merges answers into a draft (owners and leaders any step, others their assigned steps); 409 once submitted',
  })
  @Responds(AssessmentSchema)
  saveAnswers(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(SaveAnswersRequestSchema) body: SaveAnswersRequest,
  ): Promise<Assessment> {
    return this.assessments.saveAnswers(id, body);
  }

  @Put('assessments/:id/assignments')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Assigns steps of a draft to members (userId null takes one back); only the steps given change' })
  @Responds(AssessmentSchema)
  assign(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(AssignStepsRequestSchema) body: AssignStepsRequest,
  ): Promise<Assessment> {
    return this.assessments.assign(id, body);
  }

  @Post('assessments/:id/submit')
  @HttpCode(202)
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Submits a draft; the worker scores it (status becomes scored). 409 unless a draft' })
  @Responds(AssessmentSchema, 202)
  submit(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Assessment> {
    return this.assessments.submit(id);
  }

  @Delete('assessments/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Deletes a draft; 409 once submitted' })
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.assessments.remove(id);
  }

  @Get('assessments/:id/comparison')
  @AnyTenantMember()
  @ApiOperation({ summary: 'T0 (`with`) → T1 (this one): differences per dimension and scene; both scored, same framework' })
  @Responds(AssessmentComparisonSchema)
  compare(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidQuery(ComparisonQuerySchema) query: ComparisonQuery,
  ): Promise<AssessmentComparison> {
    return this.assessments.compare(id, query.with);
  }
}
