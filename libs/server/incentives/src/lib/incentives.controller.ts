import { Controller, Delete, Get, Headers, HttpCode, Module, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AnyTenantMember,
  Clock,
  Responds,
  RespondsFile,
  RespondsNoContent,
  sendWorkbook,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
  XLSX_TYPE,
} from '@xinzhi/server-core';
import { JobProducer, LiveEventPublisher } from '@xinzhi/server-queue';
import {
  CreateIncentiveSchemeRequest,
  CreateIncentiveSchemeRequestSchema,
  CreateTrainingRecordRequest,
  CreateTrainingRecordRequestSchema,
  DecideAwardRequest,
  DecideAwardRequestSchema,
  IdParams,
  IdParamsSchema,
  IncentiveAward,
  IncentiveAwardPageSchema,
  IncentiveAwardQuery,
  IncentiveAwardQuerySchema,
  IncentiveAwardSchema,
  IncentiveScheme,
  IncentiveSchemePageSchema,
  IncentiveSchemeQuery,
  IncentiveSchemeQuerySchema,
  IncentiveSchemeSchema,
  LeaderboardEntry,
  LeaderboardSchema,
  MyAwardsSummary,
  MyAwardsSummarySchema,
  Page,
  PageQueryParams,
  PageQuerySchema,
  SkillsMatrix,
  SkillsMatrixSchema,
  TrainingRecord,
  TrainingRecordPageSchema,
  TrainingRecordQuery,
  TrainingRecordQuerySchema,
  TrainingRecordSchema,
  UpdateIncentiveSchemeRequest,
  UpdateIncentiveSchemeRequestSchema,
  UpdateTrainingRecordRequest,
  UpdateTrainingRecordRequestSchema,
} from '@xinzhi/shared-contracts';
import { IncentivesService } from './incentives.service';
import { TrainingService } from './training.service';

@ApiTags('incentives')
@Controller()
export class IncentivesController {
  constructor(
    private readonly incentives: IncentivesService,
    private readonly clock: Clock,
  ) {}

  @Get('incentive-awards.xlsx')
  @TenantRoles('owner', 'leader')
  @ApiOperation({
    summary:
      'The award ledger for payroll (owners and leaders): approved and paid awards with amount, recipient, basis and dates as an Excel workbook; the queue’s filters apply; key column first',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportAwards(
    @ValidQuery(IncentiveAwardQuerySchema) query: IncentiveAwardQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { body, locale } = await this.incentives.awardLedger(query, acceptLanguage);
    return sendWorkbook(reply, 'award-ledger', `${locale === 'zh-CN' ? '奖励台账' : 'award-ledger'}-${this.clock.today()}`, body);
  }

  @Get('incentive-schemes')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Incentive schemes; budget figures for owners and leaders only (null for others)' })
  @Responds(IncentiveSchemePageSchema)
  listSchemes(@ValidQuery(IncentiveSchemeQuerySchema) query: IncentiveSchemeQuery): Promise<Page<IncentiveScheme>> {
    return this.incentives.listSchemes(query);
  }

  @Post('incentive-schemes')
  @TenantRoles('owner', 'leader')
  @Responds(IncentiveSchemeSchema, 201)
  createScheme(@ValidBody(CreateIncentiveSchemeRequestSchema) body: CreateIncentiveSchemeRequest): Promise<IncentiveScheme> {
    return this.incentives.createScheme(body);
  }

  @Get('incentive-schemes/:id')
  @AnyTenantMember()
  @Responds(IncentiveSchemeSchema)
  getScheme(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<IncentiveScheme> {
    return this.incentives.getScheme(id);
  }

  @Patch('incentive-schemes/:id')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Changes a scheme; 409 for a new trigger or unit while it has awards' })
  @Responds(IncentiveSchemeSchema)
  updateScheme(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdateIncentiveSchemeRequestSchema) body: UpdateIncentiveSchemeRequest,
  ): Promise<IncentiveScheme> {
    return this.incentives.updateScheme(id, body);
  }

  @Delete('incentive-schemes/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Deletes a scheme with its proposals; 409 while it has approved or paid awards (deactivate it instead)' })
  async removeScheme(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.incentives.removeScheme(id);
  }

  @Get('incentive-awards')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'The award queue (owners and leaders), newest first; filter by status, scheme, recipient, project' })
  @Responds(IncentiveAwardPageSchema)
  listAwards(@ValidQuery(IncentiveAwardQuerySchema) query: IncentiveAwardQuery): Promise<Page<IncentiveAward>> {
    return this.incentives.listAwards(query);
  }

  @Get('incentive-awards/:id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'One award: owners and leaders any, others their own (404 otherwise)' })
  @Responds(IncentiveAwardSchema)
  getAward(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<IncentiveAward> {
    return this.incentives.getAward(id);
  }

  @Patch('incentive-awards/:id')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'approve or reject (reason required) a proposed award, pay an approved one; 409 from any other state' })
  @Responds(IncentiveAwardSchema)
  decide(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(DecideAwardRequestSchema) body: DecideAwardRequest,
  ): Promise<IncentiveAward> {
    return this.incentives.decide(id, body);
  }

  @Get('me/awards')
  @AnyTenantMember()
  @ApiOperation({ summary: 'The caller’s awards with the facts each was earned by, and totals' })
  @Responds(MyAwardsSummarySchema)
  myAwards(): Promise<MyAwardsSummary> {
    return this.incentives.myAwards();
  }

  @Get('incentives/leaderboard')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Members by points and training hours (no money amounts)' })
  @Responds(LeaderboardSchema)
  leaderboard(): Promise<LeaderboardEntry[]> {
    return this.incentives.leaderboard();
  }
}

@ApiTags('training')
@Controller()
export class TrainingController {
  constructor(
    private readonly training: TrainingService,
    private readonly clock: Clock,
  ) {}

  @Get('training-records.xlsx')
  @AnyTenantMember()
  @ApiOperation({
    summary:
      'Training records as an Excel workbook: owners and leaders everyone’s (filter by member, skill), others their own; key column first',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportTraining(
    @ValidQuery(TrainingRecordQuerySchema) query: TrainingRecordQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { body, locale } = await this.training.workbook(query, acceptLanguage);
    return sendWorkbook(reply, 'training-records', `${locale === 'zh-CN' ? '培训记录' : 'training-records'}-${this.clock.today()}`, body);
  }

  @Get('training-records')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Training records: owners and leaders see everyone’s, others their own' })
  @Responds(TrainingRecordPageSchema)
  list(@ValidQuery(TrainingRecordQuerySchema) query: TrainingRecordQuery): Promise<Page<TrainingRecord>> {
    return this.training.list(query, false);
  }

  @Post('training-records')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Adds a training record: for oneself, or (owners and leaders) for any member' })
  @Responds(TrainingRecordSchema, 201)
  create(@ValidBody(CreateTrainingRecordRequestSchema) body: CreateTrainingRecordRequest): Promise<TrainingRecord> {
    return this.training.create(body);
  }

  @Get('training-records/skills-matrix')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Members × skill tags in training hours, with the thin spots' })
  @Responds(SkillsMatrixSchema)
  skillsMatrix(): Promise<SkillsMatrix> {
    return this.training.skillsMatrix();
  }

  @Get('training-records/:id')
  @AnyTenantMember()
  @Responds(TrainingRecordSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<TrainingRecord> {
    return this.training.get(id);
  }

  @Patch('training-records/:id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Own records, or any record for owners and leaders' })
  @Responds(TrainingRecordSchema)
  update(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdateTrainingRecordRequestSchema) body: UpdateTrainingRecordRequest,
  ): Promise<TrainingRecord> {
    return this.training.update(id, body);
  }

  @Delete('training-records/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @AnyTenantMember()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.training.remove(id);
  }

  @Get('me/training-records')
  @AnyTenantMember()
  @Responds(TrainingRecordPageSchema)
  mine(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<TrainingRecord>> {
    return this.training.list(query, true);
  }
}

/** Incentive schemes, awards and their decisions, training records and the skills matrix. */
@Module({
  controllers: [IncentivesController, TrainingController],
  providers: [IncentivesService, TrainingService, JobProducer, LiveEventPublisher],
})
export class IncentivesHttpModule {}
