import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Injectable, Module, Param, Patch, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AnyTenantMember, IdParam, IsCalendarDate, isUniqueViolation, ProblemException, RequestContext, TenantRoles } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { deleteKpi, findKpi, insertKpi, insertReading, isMember, kpiProjectId, listKpis, listReadings, projectExists, updateKpi } from './kpis.data';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import {
  CreateKpiRequest, CreateReadingRequest, Kpi, KPI_CATEGORIES, KPI_DIRECTIONS, KpiCategory, KpiDirection, KpiReading,
  READING_SOURCES, ReadingSource, UpdateKpiRequest,
} from '@xinzhi/shared-contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const FINITE = { allowNaN: false, allowInfinity: false };

export class CreateKpiDto implements CreateKpiRequest {
  @ApiProperty({ example: '设备联网率 Networked equipment' }) @Transform(trim) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: '%' }) @IsString() @MaxLength(40) unit!: string;
  @ApiProperty({ enum: KPI_DIRECTIONS }) @IsIn(KPI_DIRECTIONS) direction!: KpiDirection;
  @ApiProperty({ enum: KPI_CATEGORIES }) @IsIn(KPI_CATEGORIES) category!: KpiCategory;
  @ApiProperty({ example: 35 }) @IsNumber(FINITE) baseline!: number;
  @ApiProperty({ example: 80 }) @IsNumber(FINITE) target!: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() targetDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string | null;
}

export class UpdateKpiDto implements UpdateKpiRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @ApiPropertyOptional({ enum: KPI_DIRECTIONS }) @IsOptional() @IsIn(KPI_DIRECTIONS) direction?: KpiDirection;
  @ApiPropertyOptional({ enum: KPI_CATEGORIES }) @IsOptional() @IsIn(KPI_CATEGORIES) category?: KpiCategory;
  @ApiPropertyOptional() @IsOptional() @IsNumber(FINITE) baseline?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber(FINITE) target?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() targetDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all') ownerId?: string | null;
}

export class CreateReadingDto implements CreateReadingRequest {
  @ApiProperty({ example: '2026-11-01' }) @IsCalendarDate() takenOn!: string;
  @ApiProperty({ example: 52.5 }) @IsNumber(FINITE, { message: 'value must be a number' }) value!: number;
  @ApiPropertyOptional({ enum: READING_SOURCES }) @IsOptional() @IsIn(READING_SOURCES) source?: ReadingSource;
}

/** KPIs of a project: owners and leaders define them; the KPI's owner and leaders record readings. */
@Injectable()
export class KpisService {
  constructor(private readonly tx: TransactionRunner, private readonly recompute: RecomputeRequests) {}

  private async one(m: EntityManager, id: string): Promise<Kpi> {
    const kpi = await findKpi(m, id);
    if (!kpi) throw ProblemException.notFound('No KPI with this id.');
    return kpi;
  }

  private async assertOwner(m: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await isMember(m, ownerId))) {
      throw ProblemException.validation([{ field: 'ownerId', code: 'member', message: 'ownerId is not a member of this enterprise' }]);
    }
  }

  /** Marks the project stale with the change, then asks the worker (after commit) for new numbers. */
  private async changed<T>(projectId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.tx.run(async (m) => {
      const value = await work(m);
      await markProjectChanged(m, projectId);
      return value;
    });
    await this.recompute.request(RequestContext.current().tenantId as string, projectId);
    return result;
  }

  private async projectOf(id: string): Promise<string> {
    const projectId = await this.tx.run((m) => kpiProjectId(m, id));
    if (!projectId) throw ProblemException.notFound('No KPI with this id.');
    return projectId;
  }

  list(projectId: string): Promise<Kpi[]> {
    return this.tx.run(async (m) => {
      if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
      return listKpis(m, projectId);
    });
  }

  get(id: string): Promise<Kpi> {
    return this.tx.run((m) => this.one(m, id));
  }

  async create(projectId: string, body: CreateKpiDto): Promise<Kpi> {
    if (!(await this.tx.run((m) => projectExists(m, projectId)))) throw ProblemException.notFound('No project with this id.');
    try {
      return await this.changed(projectId, async (m) => {
        await this.assertOwner(m, body.ownerId);
        const id = await insertKpi(m, projectId, {
          name: body.name, unit: body.unit, direction: body.direction, category: body.category, baseline: body.baseline, target: body.target,
          targetDate: body.targetDate ?? null, ownerId: body.ownerId ?? null,
        });
        return this.one(m, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'This project already has a KPI with this name.');
      throw error;
    }
  }

  async update(id: string, body: UpdateKpiDto): Promise<Kpi> {
    const projectId = await this.projectOf(id);
    try {
      return await this.changed(projectId, async (m) => {
        const before = await this.one(m, id);
        await this.assertOwner(m, body.ownerId);
        await updateKpi(m, id, {
          name: body.name ?? before.name, unit: body.unit ?? before.unit, direction: body.direction ?? before.direction, category: body.category ?? before.category,
          baseline: body.baseline ?? before.baseline, target: body.target ?? before.target,
          targetDate: body.targetDate !== undefined ? body.targetDate : before.targetDate, ownerId: body.ownerId !== undefined ? body.ownerId : before.ownerId,
        });
        return this.one(m, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'This project already has a KPI with this name.');
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    const projectId = await this.projectOf(id);
    await this.changed(projectId, (m) => deleteKpi(m, id));
  }

  readings(id: string): Promise<KpiReading[]> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      return listReadings(m, id);
    });
  }

  /** A reading: by the KPI's owner or a leader; not in the future; one per KPI and day. */
  async record(id: string, body: CreateReadingDto): Promise<KpiReading> {
    const today = new Date().toISOString().slice(0, 10);
    const projectId = await this.projectOf(id);
    const { role, userId } = RequestContext.current();
    try {
      return await this.changed(projectId, async (m) => {
        const kpi = await this.one(m, id);
        if (role !== 'owner' && role !== 'leader' && kpi.ownerId !== userId) throw new ForbiddenException('Only the KPI’s owner and leaders record its readings.');
        if (body.takenOn > today) throw ProblemException.validation([{ field: 'takenOn', code: 'future', message: 'takenOn must not be after today' }]);
        return insertReading(m, id, { takenOn: body.takenOn, value: body.value, source: body.source ?? 'manual' });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('takenOn', 'This KPI already has a reading for that date.');
      throw error;
    }
  }
}

@ApiTags('kpis')
@Controller()
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Get('projects/:id/kpis')
  @AnyTenantMember()
  list(@Param() { id }: IdParam): Promise<Kpi[]> {
    return this.kpis.list(id);
  }

  @Post('projects/:id/kpis')
  @TenantRoles('owner', 'leader')
  create(@Param() { id }: IdParam, @Body() body: CreateKpiDto): Promise<Kpi> {
    return this.kpis.create(id, body);
  }

  @Get('kpis/:id')
  @AnyTenantMember()
  get(@Param() { id }: IdParam): Promise<Kpi> {
    return this.kpis.get(id);
  }

  @Patch('kpis/:id')
  @TenantRoles('owner', 'leader')
  update(@Param() { id }: IdParam, @Body() body: UpdateKpiDto): Promise<Kpi> {
    return this.kpis.update(id, body);
  }

  @Delete('kpis/:id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader')
  async remove(@Param() { id }: IdParam): Promise<void> {
    await this.kpis.remove(id);
  }

  @Get('kpis/:id/readings')
  @AnyTenantMember()
  readings(@Param() { id }: IdParam): Promise<KpiReading[]> {
    return this.kpis.readings(id);
  }

  /** The KPI's owner, owners and leaders record readings; others get 403. */
  @Post('kpis/:id/readings')
  @AnyTenantMember()
  record(@Param() { id }: IdParam, @Body() body: CreateReadingDto): Promise<KpiReading> {
    return this.kpis.record(id, body);
  }
}

/** KPIs with baselines and targets, and their dated readings. */
@Module({ controllers: [KpisController], providers: [KpisService, RecomputeRequests, JobProducer] })
export class KpisHttpModule {}
