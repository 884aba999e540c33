import { Controller, Delete, ForbiddenException, Get, HttpCode, Injectable, Module, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember,
  Clock,
  isUniqueViolation,
  ProblemException,
  RequestContext,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
} from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import {
  deleteKpi,
  findKpi,
  insertKpi,
  insertReading,
  isMember,
  kpiProjectId,
  listKpis,
  listReadings,
  projectExists,
  updateKpi,
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
  KpiReadingSchema,
  KpiSchema,
  PROBLEM_CODES,
  UpdateKpiRequest,
  UpdateKpiRequestSchema,
} from '@xinzhi/shared-contracts';

/** KPIs of a project: owners and leaders define them; the KPI's owner and leaders record readings. */
@Injectable()
export class KpisService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recompute: RecomputeRequests,
    private readonly clock: Clock,
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

  async create(projectId: string, body: CreateKpiRequest): Promise<Kpi> {
    if (!(await this.tx.run((m) => projectExists(m, projectId)))) throw ProblemException.notFound('No project with this id.');
    try {
      return await this.changed(projectId, async (m) => {
        await this.assertOwner(m, body.ownerId);
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
        });
        return this.one(m, id);
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
  async record(id: string, body: CreateReadingRequest): Promise<KpiReading> {
    // Today in the business calendar (APP_TIME_ZONE): at 01:00 in Shanghai, the Shanghai day.
    const today = this.clock.today();
    const projectId = await this.projectOf(id);
    const { role, userId } = RequestContext.current();
    try {
      return await this.changed(projectId, async (m) => {
        const kpi = await this.one(m, id);
        if (role !== 'owner' && role !== 'leader' && kpi.ownerId !== userId)
          throw new ForbiddenException('Only the KPI’s owner and leaders record its readings.');
        if (body.takenOn > today)
          throw ProblemException.validation([{ field: 'takenOn', code: PROBLEM_CODES.future, message: 'takenOn must not be after today' }]);
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
}

/** KPIs with baselines and targets, and their dated readings. */
@Module({ controllers: [KpisController], providers: [KpisService, RecomputeRequests, JobProducer] })
export class KpisHttpModule {}
