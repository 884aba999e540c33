import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember,
  Clock,
  decodeCursor,
  encodeCursor,
  ProblemException,
  RequestContext,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { auditChanges, AuditLog, TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, QueueNames, RecomputeRequests, tenantSummaryJobId } from '@xinzhi/server-queue';
import {
  BUSINESS_AREAS,
  BusinessArea,
  CreateProjectRequest,
  CreateProjectRequestSchema,
  IdParams,
  IdParamsSchema,
  LeadershipMember,
  LeadershipSchema,
  Page,
  PAGE_LIMIT_DEFAULT,
  PROBLEM_CODES,
  Project,
  ProjectOverview,
  ProjectOverviewSchema,
  ProjectListQuery,
  ProjectListQuerySchema,
  ProjectPageSchema,
  ProjectSchema,
  PutLeadershipRequest,
  PutLeadershipRequestSchema,
  TASK_STATUSES,
  TaskStatus,
  UpdateProjectRequest,
  UpdateProjectRequestSchema,
} from '@xinzhi/shared-contracts';
import {
  deleteProject,
  findProject,
  insertProject,
  listLeadership,
  listProjects,
  membersAmong,
  replaceLeadership,
  taskCounts,
  updateProject,
} from './projects.data';
import { listTeams } from './teams.data';

const datesProblem = () =>
  ProblemException.validation([
    { field: 'targetDate', code: PROBLEM_CODES.afterStart, message: 'targetDate must not be before startDate' },
  ]);

/** Fields an audit event of a project change tells. */
const AUDITED: Readonly<Record<string, keyof Project>> = {
  name: 'name',
  goal: 'goal',
  phase: 'phase',
  status: 'status',
  startDate: 'startDate',
  targetDate: 'targetDate',
  taskWeight: 'taskWeight',
};

/** Projects of the acting tenant. Owners and leaders plan them; every member reads them. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recompute: RecomputeRequests,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly producer: JobProducer,
  ) {}

  /**
   * The park's rollup of the tenant leaves archived projects out: archiving or restoring one (or
   * deleting it) asks for the rollup to be rewritten. Best effort: the park's sweep catches up.
   */
  private async refreshRollup(tenantId: string): Promise<void> {
    await this.producer
      .enqueue(
        QueueNames.park,
        'refresh-tenant-summary',
        { tenantId },
        { jobId: tenantSummaryJobId(tenantId), removeOnComplete: true, removeOnFail: 100 },
      )
      .catch(() => undefined);
  }

  async one(m: EntityManager, id: string): Promise<Project> {
    const project = await findProject(m, id);
    if (!project) throw ProblemException.notFound('No project with this id.');
    return project;
  }

  /** Projects in id order; without a status, every status but archived (archived ones are listed on asking). */
  list(query: ProjectListQuery): Promise<Page<Project>> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    return this.tx.run(async (m) => {
      const rows = await listProjects(m, limit + 1, decodeCursor(query.cursor), { status: query.status ?? null, q: query.q || null });
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  overview(id: string): Promise<ProjectOverview> {
    return this.tx.run(async (m) => {
      const project = await this.one(m, id);
      const counts = await taskCounts(m, id, this.clock.today());
      const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
      const byArea = Object.fromEntries(BUSINESS_AREAS.map((a) => [a, 0])) as Record<BusinessArea, number>;
      let overdue = 0;
      let total = 0;
      for (const c of counts) {
        byStatus[c.status] += c.n;
        byArea[c.businessArea] += c.n;
        overdue += c.overdue;
        total += c.n;
      }
      return {
        ...project,
        taskCounts: { byStatus, byArea, overdue, total },
        leadership: await listLeadership(m, id),
        teams: await listTeams(m, id),
      };
    });
  }

  create(body: CreateProjectRequest): Promise<Project> {
    if (body.targetDate < body.startDate) throw datesProblem();
    return this.tx.run(async (m) => {
      // The creator chairs the leadership group until it is set up.
      const id = await insertProject(m, {
        name: body.name,
        goal: body.goal ?? '',
        phase: body.phase ?? 'diagnose',
        startDate: body.startDate,
        targetDate: body.targetDate,
        taskWeight: body.taskWeight ?? 0.5,
      });
      const project = await this.one(m, id);
      await this.audit.record(m, 'project.created', project.name, {
        phase: project.phase,
        startDate: project.startDate,
        targetDate: project.targetDate,
      });
      return project;
    });
  }

  /**
   * Changes a project. Archiving (`status: 'archived'`) takes it out of the lists and the park's
   * numbers but keeps it and its history readable; setting another status restores it. Audited as
   * `project.archived`, `project.restored` or `project.updated`.
   */
  async update(id: string, body: UpdateProjectRequest): Promise<Project> {
    const updated = await this.tx.run(async (m) => {
      const before = await this.one(m, id);
      const start = body.startDate ?? before.startDate;
      const target = body.targetDate ?? before.targetDate;
      if (target < start) throw datesProblem();
      const planningChanged = body.startDate !== undefined || body.targetDate !== undefined || body.taskWeight !== undefined;
      await updateProject(m, id, {
        name: body.name ?? null,
        goal: body.goal ?? null,
        phase: body.phase ?? null,
        status: body.status ?? null,
        startDate: start,
        targetDate: target,
        taskWeight: body.taskWeight ?? null,
        planningChanged,
      });
      const project = await this.one(m, id);
      const archived = body.status === 'archived' && before.status !== 'archived';
      const restored = body.status !== undefined && body.status !== 'archived' && before.status === 'archived';
      const statusChanged = body.status !== undefined && body.status !== before.status;
      if (archived) await this.audit.record(m, 'project.archived', before.name, { from: before.status });
      if (restored) await this.audit.record(m, 'project.restored', before.name, { to: project.status });
      const changes = auditChanges(before, project, AUDITED);
      // Archiving and restoring are events of their own (project.archived / project.restored), not an edit.
      if (before.status === 'archived' || project.status === 'archived') delete changes['status'];
      if (Object.keys(changes).length) await this.audit.record(m, 'project.updated', project.name, changes);
      return { project, planningChanged, statusChanged, tenantId: RequestContext.current().tenantId as string };
    });
    if (updated.planningChanged) await this.recompute.request(updated.tenantId, id);
    else if (updated.statusChanged) await this.refreshRollup(updated.tenantId);
    return updated.project;
  }

  async remove(id: string): Promise<void> {
    const tenantId = await this.tx.run(async (m) => {
      const project = await this.one(m, id);
      await deleteProject(m, id);
      await this.audit.record(m, 'project.deleted', project.name, { phase: project.phase, status: project.status });
      return RequestContext.current().tenantId as string;
    });
    await this.refreshRollup(tenantId);
  }

  leadership(projectId: string): Promise<LeadershipMember[]> {
    return this.tx.run(async (m) => {
      await this.one(m, projectId);
      return listLeadership(m, projectId);
    });
  }

  /** Replaces the leadership group: members of the enterprise, each once, exactly one chair. */
  putLeadership(projectId: string, body: PutLeadershipRequest): Promise<LeadershipMember[]> {
    return this.tx.run(async (m) => {
      await this.one(m, projectId);
      const chairs = body.members.filter((x) => x.role === 'chair').length;
      if (chairs !== 1) {
        throw ProblemException.validation([
          { field: 'members', code: PROBLEM_CODES.oneChair, message: `the leadership group needs exactly one chair (got ${chairs})` },
        ]);
      }
      const ids = body.members.map((x) => x.userId);
      if (new Set(ids).size !== ids.length)
        throw ProblemException.validation([{ field: 'members', code: PROBLEM_CODES.unique, message: 'each person may appear once' }]);
      const knownIds = await membersAmong(m, ids);
      const unknown = body.members.map((x, i) => ({ x, i })).filter(({ x }) => !knownIds.has(x.userId));
      if (unknown.length) {
        throw ProblemException.validation(
          unknown.map(({ i }) => ({
            field: `members.${i}.userId`,
            code: PROBLEM_CODES.member,
            message: 'userId is not a member of this enterprise',
          })),
        );
      }
      await replaceLeadership(m, projectId, body.members);
      return listLeadership(m, projectId);
    });
  }
}

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @AnyTenantMember()
  @Responds(ProjectPageSchema)
  list(@ValidQuery(ProjectListQuerySchema) query: ProjectListQuery): Promise<Page<Project>> {
    return this.projects.list(query);
  }

  @Post()
  @TenantRoles('owner', 'leader')
  @Responds(ProjectSchema, 201)
  create(@ValidBody(CreateProjectRequestSchema) body: CreateProjectRequest): Promise<Project> {
    return this.projects.create(body);
  }

  /** The project with its leadership group, teams and task counts by status and business area. */
  @Get(':id')
  @AnyTenantMember()
  @Responds(ProjectOverviewSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<ProjectOverview> {
    return this.projects.overview(id);
  }

  @Patch(':id')
  @TenantRoles('owner', 'leader')
  @Responds(ProjectSchema)
  update(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(UpdateProjectRequestSchema) body: UpdateProjectRequest,
  ): Promise<Project> {
    return this.projects.update(id, body);
  }

  /** Deletes the project with its teams and tasks. Archive it (status `archived`) to keep it readable instead. */
  @Delete(':id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader')
  @RespondsNoContent()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.projects.remove(id);
  }

  @Get(':id/leadership')
  @AnyTenantMember()
  @Responds(LeadershipSchema)
  leadership(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<LeadershipMember[]> {
    return this.projects.leadership(id);
  }

  @Put(':id/leadership')
  @TenantRoles('owner', 'leader')
  @Responds(LeadershipSchema)
  putLeadership(
    @ValidParams(IdParamsSchema) { id }: IdParams,
    @ValidBody(PutLeadershipRequestSchema) body: PutLeadershipRequest,
  ): Promise<LeadershipMember[]> {
    return this.projects.putLeadership(id, body);
  }
}
