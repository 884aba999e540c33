import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Injectable, Module, Param, Patch, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AnyTenantMember, Clock, IdParam, IsCalendarDate, isUniqueViolation, ProblemException, RequestContext, TenantRoles } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import {
  CreateKpiRequest, CreateReadingRequest, Kpi, KPI_CATEGORIES, KPI_DIRECTIONS, KpiCategory, KpiDirection, kpiAttainment, KpiReading,
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

interface KpiSql {
  id: string; project_id: string; name: string; unit: string; direction: KpiDirection; category: KpiCategory; baseline: number; target: number;
  target_date: string | null; owner_user_id: string | null; owner_name: string | null; latest_on: string | null; latest_value: number | null;
  created_at: Date; updated_at: Date;
}

const KPIS = `
  SELECT k.*, u.display_name AS owner_name, r.taken_on AS latest_on, r.value AS latest_value
    FROM kpis k
    LEFT JOIN users u ON u.id = k.owner_user_id
    LEFT JOIN LATERAL (SELECT taken_on, value FROM kpi_readings x WHERE x.tenant_id = k.tenant_id AND x.kpi_id = k.id ORDER BY taken_on DESC LIMIT 1) r ON true`;

function toKpi(r: KpiSql): Kpi {
  const latest = r.latest_on === null ? null : { takenOn: r.latest_on, value: r.latest_value as number };
  return {
    id: r.id, projectId: r.project_id, name: r.name, unit: r.unit, direction: r.direction, category: r.category, baseline: r.baseline, target: r.target,
    targetDate: r.target_date, ownerId: r.owner_user_id, ownerName: r.owner_name, latest,
    attainment: kpiAttainment(r, latest?.value ?? null), createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}

/** KPIs of a project: owners and leaders define them; the KPI's owner and leaders record readings. */
@Injectable()
export class KpisService {
  constructor(private readonly tx: TransactionRunner, private readonly recompute: RecomputeRequests, private readonly clock: Clock) {}

  private async one(m: EntityManager, id: string): Promise<Kpi> {
    const rows: KpiSql[] = await m.query(`${KPIS} WHERE k.id = $1`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No KPI with this id.');
    return toKpi(rows[0]);
  }

  private async assertOwner(m: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await m.query('SELECT 1 FROM tenant_memberships WHERE user_id = $1', [ownerId])).length) {
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
    const rows = await this.tx.run((m) => m.query('SELECT project_id FROM kpis WHERE id = $1', [id]));
    if (!rows[0]) throw ProblemException.notFound('No KPI with this id.');
    return rows[0].project_id;
  }

  list(projectId: string): Promise<Kpi[]> {
    return this.tx.run(async (m) => {
      if (!(await m.query('SELECT 1 FROM projects WHERE id = $1', [projectId])).length) throw ProblemException.notFound('No project with this id.');
      const rows: KpiSql[] = await m.query(`${KPIS} WHERE k.project_id = $1 ORDER BY k.category, k.name`, [projectId]);
      return rows.map(toKpi);
    });
  }

  get(id: string): Promise<Kpi> {
    return this.tx.run((m) => this.one(m, id));
  }

  async create(projectId: string, body: CreateKpiDto): Promise<Kpi> {
    const exists = await this.tx.run((m) => m.query('SELECT 1 FROM projects WHERE id = $1', [projectId]));
    if (!exists.length) throw ProblemException.notFound('No project with this id.');
    try {
      return await this.changed(projectId, async (m) => {
        await this.assertOwner(m, body.ownerId);
        const [row] = await m.query(
          `INSERT INTO kpis (tenant_id, project_id, name, unit, direction, category, baseline, target, target_date, owner_user_id)
           VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [projectId, body.name, body.unit, body.direction, body.category, body.baseline, body.target, body.targetDate ?? null, body.ownerId ?? null],
        );
        return this.one(m, row.id);
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
        await m.query(
          `UPDATE kpis SET name = $2, unit = $3, direction = $4, category = $5, baseline = $6, target = $7, target_date = $8, owner_user_id = $9, updated_at = now() WHERE id = $1`,
          [id, body.name ?? before.name, body.unit ?? before.unit, body.direction ?? before.direction, body.category ?? before.category, body.baseline ?? before.baseline,
            body.target ?? before.target, body.targetDate !== undefined ? body.targetDate : before.targetDate, body.ownerId !== undefined ? body.ownerId : before.ownerId],
        );
        return this.one(m, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'This project already has a KPI with this name.');
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    const projectId = await this.projectOf(id);
    await this.changed(projectId, (m) => m.query('DELETE FROM kpis WHERE id = $1', [id]));
  }

  readings(id: string): Promise<KpiReading[]> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      const rows: Array<{ id: string; kpi_id: string; taken_on: string; value: number; source: ReadingSource; recorded_by: string | null; recorded_by_name: string | null; created_at: Date }> = await m.query(
        `SELECT r.*, u.display_name AS recorded_by_name FROM kpi_readings r LEFT JOIN users u ON u.id = r.recorded_by WHERE r.kpi_id = $1 ORDER BY r.taken_on LIMIT 1000`,
        [id],
      );
      return rows.map((r) => ({ id: r.id, kpiId: r.kpi_id, takenOn: r.taken_on, value: r.value, source: r.source, recordedBy: r.recorded_by, recordedByName: r.recorded_by_name, createdAt: r.created_at.toISOString() }));
    });
  }

  /** A reading: by the KPI's owner or a leader; not in the future; one per KPI and day. */
  async record(id: string, body: CreateReadingDto): Promise<KpiReading> {
    // Today in the business calendar (APP_TIME_ZONE): at 01:00 in Shanghai, the Shanghai day.
    const today = this.clock.today();
    const projectId = await this.projectOf(id);
    const { role, userId } = RequestContext.current();
    try {
      return await this.changed(projectId, async (m) => {
        const kpi = await this.one(m, id);
        if (role !== 'owner' && role !== 'leader' && kpi.ownerId !== userId) throw new ForbiddenException('Only the KPI’s owner and leaders record its readings.');
        if (body.takenOn > today) throw ProblemException.validation([{ field: 'takenOn', code: 'future', message: 'takenOn must not be after today' }]);
        const [row] = await m.query(
          `INSERT INTO kpi_readings (tenant_id, kpi_id, taken_on, value, source, recorded_by) VALUES (app_tenant_id(), $1, $2, $3, $4, app_user_id())
           RETURNING id, kpi_id, taken_on, value, source, recorded_by, created_at, (SELECT display_name FROM users WHERE id = app_user_id()) AS recorded_by_name`,
          [id, body.takenOn, body.value, body.source ?? 'manual'],
        );
        return { id: row.id, kpiId: row.kpi_id, takenOn: row.taken_on, value: row.value, source: row.source, recordedBy: row.recorded_by, recordedByName: row.recorded_by_name, createdAt: row.created_at.toISOString() };
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
