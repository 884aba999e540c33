import { Controller, Delete, ForbiddenException, Get, Headers, HttpCode, Injectable, Module, Patch, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember,
  Clock,
  exportLocale,
  namesLanguage,
  isUniqueViolation,
  ProblemException,
  RequestContext,
  Responds,
  RespondsFile,
  RespondsNoContent,
  sendWorkbook,
  TenantRoles,
  ValidBody,
  ValidParams,
  writeWorkbook,
  XLSX_TYPE,
} from '@xinzhi/server-core';
import { actingUserLocale, AuditLog, markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { kpiSheets } from './kpis-export';
import {
  deleteKpi,
  deleteReading,
  findKpi,
  findReading,
  findReadingForUpdate,
  insertKpi,
  insertReading,
  insertReadingEvent,
  isMember,
  kpiProjectId,
  listKpis,
  listReadingEvents,
  listReadings,
  projectExists,
  ReadingOfKpi,
  teamInProject,
  updateKpi,
  updateReading,
} from './kpis.data';
import { JobProducer, RecomputeRequests } from '@xinzhi/server-queue';
import {
  CreateKpiRequest,
  CreateKpiRequestSchema,
  CreateReadingRequest,
  CreateReadingRequestSchema,
  IdParams,
  IdParamsSchema,
  Kpi,
  KpiReading,
  KpiReadingEvent,
  KpiReadingEventSchema,
  KpiReadingSchema,
  KpiSchema,
  PROBLEM_CODES,
  UpdateKpiRequest,
  UpdateKpiRequestSchema,
  UpdateReadingRequest,
  UpdateReadingRequestSchema,
} from '@xinzhi/shared-contracts';

/** The answer to a second reading on one day: the existing one is corrected, not recorded again. */
const SAME_DAY =
  'This KPI already has a reading for that date. Correct the existing reading instead (edit it in the KPI’s readings, or PATCH /api/kpi-readings/:id).';

/** KPIs of a project: owners and leaders define them; the KPI's owner and leaders record readings. */
@Injectable()
export class KpisService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recompute: RecomputeRequests,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  private async one(m: EntityManager, id: string): Promise<Kpi> {
    const kpi = await findKpi(m, id);
    if (!kpi) throw ProblemException.notFound('No KPI with this id.');
    return kpi;
  }

  private async assertOwner(m: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await isMember(m, ownerId))) {
      throw ProblemException.validation([
        { field: 'ownerId', code: PROBLEM_CODES.member, message: 'ownerId is not a member of this enterprise' },
      ]);
    }
  }

  private async assertTeam(m: EntityManager, projectId: string, teamId: string | null | undefined): Promise<void> {
    if (teamId && !(await teamInProject(m, teamId, projectId))) {
      throw ProblemException.validation([
        { field: 'teamId', code: PROBLEM_CODES.exists, message: 'teamId is not a team of this KPI’s project' },
      ]);
    }
  }

  /** Who may record (and so correct) a KPI's readings: owners, leaders and the KPI's owner. */
  private assertMayRecord(kpiOwnerId: string | null): void {
    const { role, userId } = RequestContext.current();
    if (role !== 'owner' && role !== 'leader' && kpiOwnerId !== userId)
      throw new ForbiddenException('Only the KPI’s owner and leaders record and correct its readings.');
  }

  private assertNotFuture(takenOn: string): void {
    if (takenOn > this.clock.today())
      throw ProblemException.validation([{ field: 'takenOn', code: PROBLEM_CODES.future, message: 'takenOn must not be after today' }]);
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

  /** A project's KPIs with their readings as a workbook in the export's language. */
  workbook(projectId: string, acceptLanguage: string | undefined): Promise<{ body: Buffer; locale: 'zh-CN' | 'en-US' }> {
    return this.tx.run(async (m) => {
      if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
      const kpis = [];
      for (const kpi of await listKpis(m, projectId)) kpis.push({ kpi, readings: await listReadings(m, kpi.id) });
      const locale = exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m));
      return { body: await writeWorkbook(kpiSheets(kpis, locale), locale), locale };
    });
  }

  async create(projectId: string, body: CreateKpiRequest): Promise<Kpi> {
    if (!(await this.tx.run((m) => projectExists(m, projectId)))) throw ProblemException.notFound('No project with this id.');
    try {
      return await this.changed(projectId, async (m) => {
        await this.assertOwner(m, body.ownerId);
        await this.assertTeam(m, projectId, body.teamId);
        const id = await insertKpi(m, projectId, {
          name: body.name,
          unit: body.unit,
          direction: body.direction,
          category: body.category,
          baseline: body.baseline,
          target: body.target,
          targetDate: body.targetDate ?? null,
          readingInterval: body.readingInterval ?? 'monthly',
          ownerId: body.ownerId ?? null,
          teamId: body.teamId ?? null,
        });
        const kpi = await this.one(m, id);
        await this.audit.record(m, 'kpi.created', kpi.name, { kpiId: kpi.id, projectId, teamId: kpi.teamId });
        return kpi;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'This project already has a KPI with this name.');
      throw error;
    }
  }

  async update(id: string, body: UpdateKpiRequest): Promise<Kpi> {
    const projectId = await this.projectOf(id);
    try {
      return await this.changed(projectId, async (m) => {
        const before = await this.one(m, id);
        await this.assertOwner(m, body.ownerId);
        await this.assertTeam(m, projectId, body.teamId);
        await updateKpi(m, id, {
          name: body.name ?? before.name,
          unit: body.unit ?? before.unit,
          direction: body.direction ?? before.direction,
          category: body.category ?? before.category,
          baseline: body.baseline ?? before.baseline,
          target: body.target ?? before.target,
          targetDate: body.targetDate !== undefined ? body.targetDate : before.targetDate,
          readingInterval: body.readingInterval ?? before.readingInterval,
          ownerId: body.ownerId !== undefined ? body.ownerId : before.ownerId,
          teamId: body.teamId !== undefined ? body.teamId : before.teamId,
        });
        const after = await this.one(m, id);
        await this.audit.record(m, 'kpi.updated', after.name, {
          kpiId: id,
          fields: Object.keys(body).sort().join(','),
          ...(after.name !== before.name ? { from: before.name } : {}),
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'This project already has a KPI with this name.');
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    const projectId = await this.projectOf(id);
    await this.changed(projectId, async (m) => {
      const before = await this.one(m, id);
      await deleteKpi(m, id);
      await this.audit.record(m, 'kpi.deleted', before.name, { kpiId: id, projectId });
    });
  }

  /** The KPI's corrections and deletions of readings, oldest first. */
  readingEvents(id: string): Promise<KpiReadingEvent[]> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      return listReadingEvents(m, id);
    });
  }

  readings(id: string): Promise<KpiReading[]> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      return listReadings(m, id);
    });
  }

  /** A reading: by the KPI's owner or a leader; not in the future; one per KPI and day. */
  async record(id: string, body: CreateReadingRequest): Promise<KpiReading> {
    // Today in the business calendar (APP_TIME_ZONE): at 01:00 in Shanghai, the Shanghai day.
    const projectId = await this.projectOf(id);
    try {
      return await this.changed(projectId, async (m) => {
        const kpi = await this.one(m, id);
        this.assertMayRecord(kpi.ownerId);
        this.assertNotFuture(body.takenOn);
        const reading = await insertReading(m, id, { takenOn: body.takenOn, value: body.value, source: body.source ?? 'manual' });
        await this.audit.record(m, 'kpi_reading.recorded', kpi.name, {
          kpiId: id,
          readingId: reading.id,
          takenOn: reading.takenOn,
          value: reading.value,
        });
        return reading;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('takenOn', SAME_DAY);
      throw error;
    }
  }

  /** One reading, for any member (like the KPI's readings). */
  reading(readingId: string): Promise<KpiReading> {
    return this.tx.run(async (m) => {
      const found = await findReading(m, readingId);
      if (!found) throw ProblemException.notFound('No KPI reading with this id.');
      return found.reading;
    });
  }

  /** The reading and its KPI, for whoever may record that KPI's readings; 404 when not visible. */
  private async readingOf(m: EntityManager, readingId: string): Promise<ReadingOfKpi> {
    const found = await findReadingForUpdate(m, readingId);
    if (!found) throw ProblemException.notFound('No KPI reading with this id.');
    this.assertMayRecord(found.kpiOwnerId);
    return found;
  }

  private async readingProject(readingId: string): Promise<string> {
    const found = await this.tx.run((m) => findReading(m, readingId));
    if (!found) throw ProblemException.notFound('No KPI reading with this id.');
    return found.projectId;
  }

  /**
   * Corrects a reading's date and/or value (same rule as recording; not in the future, not onto
   * another reading's date), keeps the before and after in the KPI's history, and has the project's
   * numbers recomputed.
   */
  async correct(readingId: string, body: UpdateReadingRequest): Promise<KpiReading> {
    if (body.takenOn === undefined && body.value === undefined)
      throw ProblemException.validation([
        { field: 'value', code: PROBLEM_CODES.required, message: 'give the corrected value, takenOn or both' },
      ]);
    const projectId = await this.readingProject(readingId);
    try {
      return await this.changed(projectId, async (m) => {
        const { reading, kpiName } = await this.readingOf(m, readingId);
        const takenOn = body.takenOn ?? reading.takenOn;
        const value = body.value ?? reading.value;
        if (takenOn !== reading.takenOn) this.assertNotFuture(takenOn);
        if (takenOn === reading.takenOn && value === reading.value) return reading;
        const after = await updateReading(m, readingId, takenOn, value);
        const before = { takenOn: reading.takenOn, value: reading.value };
        await insertReadingEvent(m, { kpiId: reading.kpiId, readingId, action: 'corrected', before, after: { takenOn, value } });
        await this.audit.record(m, 'kpi_reading.corrected', kpiName, {
          kpiId: reading.kpiId,
          readingId,
          fromTakenOn: before.takenOn,
          toTakenOn: takenOn,
          fromValue: before.value,
          toValue: value,
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('takenOn', 'This KPI already has another reading for that date.');
      throw error;
    }
  }

  /** Deletes a reading (same rule as recording), keeping what it was in the KPI's history. */
  async removeReading(readingId: string): Promise<void> {
    const projectId = await this.readingProject(readingId);
    await this.changed(projectId, async (m) => {
      const { reading, kpiName } = await this.readingOf(m, readingId);
      await deleteReading(m, readingId);
      const before = { takenOn: reading.takenOn, value: reading.value };
      await insertReadingEvent(m, { kpiId: reading.kpiId, readingId, action: 'deleted', before, after: null });
      await this.audit.record(m, 'kpi_reading.deleted', kpiName, {
        kpiId: reading.kpiId,
        readingId,
        takenOn: before.takenOn,
        value: before.value,
      });
    });
  }
}

@ApiTags('kpis')
@Controller()
export class KpisController {
  constructor(
    private readonly kpis: KpisService,
    private readonly clock: Clock,
  ) {}

  @Get('projects/:id/kpis.xlsx')
  @AnyTenantMember()
  @ApiOperation({
    summary:
      'The project’s KPIs (one sheet) and their readings (a long-format sheet, one row per reading) as an Excel workbook; key column first; language from Accept-Language, else the user’s saved locale',
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async exportKpis(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { body, locale } = await this.kpis.workbook(id, acceptLanguage);
    return sendWorkbook(reply, 'kpis', `${locale === 'zh-CN' ? '指标' : 'kpis'}-${this.clock.today()}`, body);
  }

  @Get('projects/:id/kpis')
  @AnyTenantMember()
  @Responds(z.array(KpiSchema))
  list(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Kpi[]> {
    return this.kpis.list(id);
  }

  @Post('projects/:id/kpis')
  @TenantRoles('owner', 'leader')
  @Responds(KpiSchema, 201)
  create(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(CreateKpiRequestSchema) body: CreateKpiRequest): Promise<Kpi> {
    return this.kpis.create(id, body);
  }

  @Get('kpis/:id')
  @AnyTenantMember()
  @Responds(KpiSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Kpi> {
    return this.kpis.get(id);
  }

  @Patch('kpis/:id')
  @TenantRoles('owner', 'leader')
  @Responds(KpiSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateKpiRequestSchema) body: UpdateKpiRequest): Promise<Kpi> {
    return this.kpis.update(id, body);
  }

  @Delete('kpis/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @TenantRoles('owner', 'leader')
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.kpis.remove(id);
  }

  @Get('kpis/:id/readings')
  @AnyTenantMember()
  @Responds(z.array(KpiReadingSchema))
  readings(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<KpiReading[]> {
    return this.kpis.readings(id);
  }

  /** The KPI's owner, owners and leaders record readings; others get 403. */
  @Post('kpis/:id/readings')
  @AnyTenantMember()
  @Responds(KpiReadingSchema, 201)
  record(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(CreateReadingRequestSchema) body: CreateReadingRequest,
  ): Promise<KpiReading> {
    return this.kpis.record(id, body);
  }

  /** The KPI's corrections and deletions of readings, oldest first. */
  @Get('kpis/:id/reading-events')
  @AnyTenantMember()
  @Responds(z.array(KpiReadingEventSchema))
  readingEvents(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<KpiReadingEvent[]> {
    return this.kpis.readingEvents(id);
  }

  @Get('kpi-readings/:id')
  @AnyTenantMember()
  @Responds(KpiReadingSchema)
  reading(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<KpiReading> {
    return this.kpis.reading(id);
  }

  /** Corrects a reading: the KPI's owner, owners and leaders; others get 403. */
  @Patch('kpi-readings/:id')
  @AnyTenantMember()
  @Responds(KpiReadingSchema)
  correct(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdateReadingRequestSchema) body: UpdateReadingRequest,
  ): Promise<KpiReading> {
    return this.kpis.correct(id, body);
  }

  /** Deletes a reading: the KPI's owner, owners and leaders; others get 403. */
  @Delete('kpi-readings/:id')
  @HttpCode(204)
  @RespondsNoContent()
  @AnyTenantMember()
  async removeReading(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.kpis.removeReading(id);
  }
}

/** KPIs with baselines and targets, and their dated readings. */
@Module({ controllers: [KpisController], providers: [KpisService, RecomputeRequests, JobProducer] })
export class KpisHttpModule {}
