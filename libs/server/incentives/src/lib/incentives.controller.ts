import { Body, Controller, Delete, Get, HttpCode, Module, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyTenantMember, IdParam, PageQuery, TenantRoles } from '@xinzhi/server-core';
import { JobProducer, LiveEventPublisher } from '@xinzhi/server-queue';
import { IncentiveAward, IncentiveScheme, LeaderboardEntry, MyAwardsSummary, Page, SkillsMatrix, TrainingRecord } from '@xinzhi/shared-contracts';
import { AwardQueryDto, CreateSchemeDto, CreateTrainingDto, DecideAwardDto, SchemeQueryDto, TrainingQueryDto, UpdateSchemeDto, UpdateTrainingDto } from './dto';
import { IncentivesService } from './incentives.service';
import { TrainingService } from './training.service';

@ApiTags('incentives')
@Controller()
export class IncentivesController {
  constructor(private readonly incentives: IncentivesService) {}

  @Get('incentive-schemes')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Incentive schemes; budget figures for owners and leaders only (null for others)' })
  listSchemes(@Query() query: SchemeQueryDto): Promise<Page<IncentiveScheme>> {
    return this.incentives.listSchemes(query);
  }

  @Post('incentive-schemes')
  @TenantRoles('owner', 'leader')
  createScheme(@Body() body: CreateSchemeDto): Promise<IncentiveScheme> {
    return this.incentives.createScheme(body);
  }

  @Get('incentive-schemes/:id')
  @AnyTenantMember()
  getScheme(@Param() { id }: IdParam): Promise<IncentiveScheme> {
    return this.incentives.getScheme(id);
  }

  @Patch('incentive-schemes/:id')
  @TenantRoles('owner', 'leader')
  updateScheme(@Param() { id }: IdParam, @Body() body: UpdateSchemeDto): Promise<IncentiveScheme> {
    return this.incentives.updateScheme(id, body);
  }

  @Delete('incentive-schemes/:id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Deletes a scheme with its proposals; 409 while it has approved or paid awards (deactivate it instead)' })
  async removeScheme(@Param() { id }: IdParam): Promise<void> {
    await this.incentives.removeScheme(id);
  }

  @Get('incentive-awards')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'The award queue (owners and leaders), newest first; filter by status, scheme, recipient, project' })
  listAwards(@Query() query: AwardQueryDto): Promise<Page<IncentiveAward>> {
    return this.incentives.listAwards(query);
  }

  @Get('incentive-awards/:id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'One award: owners and leaders any, others their own (404 otherwise)' })
  getAward(@Param() { id }: IdParam): Promise<IncentiveAward> {
    return this.incentives.getAward(id);
  }

  @Patch('incentive-awards/:id')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'approve or reject (reason required) a proposed award, pay an approved one; 409 from any other state' })
  decide(@Param() { id }: IdParam, @Body() body: DecideAwardDto): Promise<IncentiveAward> {
    return this.incentives.decide(id, body);
  }

  @Get('me/awards')
  @AnyTenantMember()
  @ApiOperation({ summary: 'The caller’s awards with how each was earned, and totals' })
  myAwards(): Promise<MyAwardsSummary> {
    return this.incentives.myAwards();
  }

  @Get('incentives/leaderboard')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Members by points and training hours (no money amounts)' })
  leaderboard(): Promise<LeaderboardEntry[]> {
    return this.incentives.leaderboard();
  }
}

@ApiTags('training')
@Controller()
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get('training-records')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Training records: owners and leaders see everyone’s, others their own' })
  list(@Query() query: TrainingQueryDto): Promise<Page<TrainingRecord>> {
    return this.training.list(query, false);
  }

  @Post('training-records')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Adds a training record: for oneself, or (owners and leaders) for any member' })
  create(@Body() body: CreateTrainingDto): Promise<TrainingRecord> {
    return this.training.create(body);
  }

  @Get('training-records/skills-matrix')
  @TenantRoles('owner', 'leader')
  @ApiOperation({ summary: 'Members × skill tags in training hours, with the thin spots' })
  skillsMatrix(): Promise<SkillsMatrix> {
    return this.training.skillsMatrix();
  }

  @Get('training-records/:id')
  @AnyTenantMember()
  get(@Param() { id }: IdParam): Promise<TrainingRecord> {
    return this.training.get(id);
  }

  @Patch('training-records/:id')
  @AnyTenantMember()
  @ApiOperation({ summary: 'Own records, or any record for owners and leaders' })
  update(@Param() { id }: IdParam, @Body() body: UpdateTrainingDto): Promise<TrainingRecord> {
    return this.training.update(id, body);
  }

  @Delete('training-records/:id')
  @HttpCode(204)
  @AnyTenantMember()
  async remove(@Param() { id }: IdParam): Promise<void> {
    await this.training.remove(id);
  }

  @Get('me/training-records')
  @AnyTenantMember()
  mine(@Query() query: PageQuery): Promise<Page<TrainingRecord>> {
    return this.training.list(query, true);
  }
}

/** Incentive schemes, awards and their decisions, training records and the skills matrix. */
@Module({ controllers: [IncentivesController, TrainingController], providers: [IncentivesService, TrainingService, JobProducer, LiveEventPublisher] })
export class IncentivesHttpModule {}
