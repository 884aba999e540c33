import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember, Clock, decodeCursor, encodeCursor, ProblemException, RequestContext, Responds, RespondsNoContent, TenantRoles, ValidBody, ValidParams, ValidQuery,
} from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { RecomputeRequests } from '@xinzhi/server-queue';
import {
  BUSINESS_AREAS, BusinessArea, CreateProjectRequest, CreateProjectRequestSchema, IdParams, IdParamsSchema, LeadershipMember, LeadershipSchema, Page,
  PAGE_LIMIT_DEFAULT, PageQueryParams, PageQuerySchema, PROBLEM_CODES, Project, ProjectOverview, ProjectOverviewSchema, ProjectPageSchema, ProjectSchema,
  PutLeadershipRequest, PutLeadershipRequestSchema, TASK_STATUSES, TaskStatus, UpdateProjectRequest, UpdateProjectRequestSchema,
} from '@xinzhi/shared-contracts';
import { listTeams } from './teams';

interface ProjectSql {
  id: string; name: string; goal: string; phase: Project['phase']; status: Project['status']; start_date: string; target_date: string;
  task_weight: string; progress: number | null; kpi_attainment: number | null; transformation_index: number | null; spi: number | null;
  health: Project['health']; progress_computed_at: Date | null; created_at: Date; updated_at: Date;
}

const COLUMNS = `id, name, goal, phase, status, start_date, target_date, task_weight, progress, kpi_attainment, transformation_index,
  spi, health, progress_computed_at, created_at, updated_at`;

export function toProject(r: ProjectSql): Project {
  return {
    id: r.id, name: r.name, goal: r.goal, phase: r.phase, status: r.status, startDate: r.start_date, targetDate: r.target_date,
    taskWeight: Number(r.task_weight), progress: r.progress, kpiAttainment: r.kpi_attainment, transformationIndex: r.transformation_index,
    spi: r.spi, health: r.health, progressComputedAt: r.progress_computed_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}

const datesProblem = () =>
  ProblemException.validation([{ field: 'targetDate', code: PROBLEM_CODES.afterStart, message: 'targetDate must not be before startDate' }]);

/** Projects of the acting tenant. Owners and leaders plan them; every member reads them. */
@Injectable()
export class ProjectsService {
  constructor(private readonly tx: TransactionRunner, private readonly recompute: RecomputeRequests, private readonly clock: Clock) {}

  async one(m: EntityManager, id: string): Promise<Project> {
    const rows: ProjectSql[] = await m.query(`SELECT ${COLUMNS} FROM projects WHERE id = $1`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No project with this id.');
    return toProject(rows[0]);
  }

  list(limit: number, cursor: string | null, includeArchived: boolean): Promise<Page<Project>> {
    return this.tx.run(async (m) => {
      const rows: ProjectSql[] = await m.query(
        `SELECT ${COLUMNS} FROM projects WHERE ($1::uuid IS NULL OR id > $1::uuid) AND ($3 OR status <> 'archived') ORDER BY id LIMIT $2`,
        [cursor, limit + 1, includeArchived],
      );
      const items = rows.slice(0, limit).map(toProject);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  overview(id: string): Promise<ProjectOverview> {
    return this.tx.run(async (m) => {
      const project = await this.one(m, id);
      const counts: Array<{ status: TaskStatus; business_area: BusinessArea; n: number; overdue: number }> = await m.query(
        `SELECT status, business_area, count(*)::int AS n,
                count(*) FILTER (WHERE due_date < $2::date AND status NOT IN ('done', 'cancelled'))::int AS overdue
           FROM tasks WHERE project_id = $1 GROUP BY 1, 2`,
        [id, this.clock.today()],
      );
      const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
      const byArea = Object.fromEntries(BUSINESS_AREAS.map((a) => [a, 0])) as Record<BusinessArea, number>;
      let overdue = 0;
      let total = 0;
      for (const c of counts) {
        byStatus[c.status] += c.n;
        byArea[c.business_area] += c.n;
        overdue += c.overdue;
        total += c.n;
      }
      return { ...project, taskCounts: { byStatus, byArea, overdue, total }, leadership: await this.leadershipOf(m, id), teams: await listTeams(m, id) };
    });
  }

  create(body: CreateProjectRequest): Promise<Project> {
    if (body.targetDate < body.startDate) throw datesProblem();
    return this.tx.run(async (m) => {
      const [row] = await m.query(
        `INSERT INTO projects (tenant_id, name, goal, phase, start_date, target_date, task_weight)
         VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6) RETURNING id`,
        [body.name, body.goal ?? '', body.phase ?? 'diagnose', body.startDate, body.targetDate, body.taskWeight ?? 0.5],
      );
      // The creator chairs the leadership group until it is set up.
      await m.query(`INSERT INTO leadership_members (tenant_id, project_id, user_id, role) VALUES (app_tenant_id(), $1, app_user_id(), 'chair')`, [row.id]);
      return this.one(m, row.id);
    });
  }

  async update(id: string, body: UpdateProjectRequest): Promise<Project> {
    const updated = await this.tx.run(async (m) => {
      const before = await this.one(m, id);
      const start = body.startDate ?? before.startDate;
      const target = body.targetDate ?? before.targetDate;
      if (target < start) throw datesProblem();
      const planningChanged = body.startDate !== undefined || body.targetDate !== undefined || body.taskWeight !== undefined;
      await m.query(
        `UPDATE projects SET name = coalesce($2, name), goal = coalesce($3, goal), phase = coalesce($4, phase), status = coalesce($5, status),
                start_date = $6, target_date = $7, task_weight = coalesce($8, task_weight), updated_at = now(),
                changed_at = CASE WHEN $9 THEN clock_timestamp() ELSE changed_at END
          WHERE id = $1`,
        [id, body.name ?? null, body.goal ?? null, body.phase ?? null, body.status ?? null, start, target, body.taskWeight ?? null, planningChanged],
      );
      return { project: await this.one(m, id), planningChanged, tenantId: RequestContext.current().tenantId as string };
    });
    if (updated.planningChanged) await this.recompute.request(updated.tenantId, id);
    return updated.project;
  }

  async remove(id: string): Promise<void> {
    await this.tx.run(async (m) => {
      await this.one(m, id);
      await m.query('DELETE FROM projects WHERE id = $1', [id]);
    });
  }

  private async leadershipOf(m: EntityManager, projectId: string): Promise<LeadershipMember[]> {
    const rows: Array<{ user_id: string; display_name: string; email: string; role: LeadershipMember['role'] }> = await m.query(
      `SELECT l.user_id, u.display_name, u.email, l.role FROM leadership_members l JOIN users u ON u.id = l.user_id
        WHERE l.project_id = $1
        ORDER BY array_position(ARRAY['chair', 'vice_chair', 'secretary', 'member'], l.role), u.display_name`,
      [projectId],
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, role: r.role }));
  }

  leadership(projectId: string): Promise<LeadershipMember[]> {
    return this.tx.run(async (m) => {
      await this.one(m, projectId);
      return this.leadershipOf(m, projectId);
    });
  }

  /** Replaces the leadership group: members of the enterprise, each once, exactly one chair. */
  putLeadership(projectId: string, body: PutLeadershipRequest): Promise<LeadershipMember[]> {
    return this.tx.run(async (m) => {
      await this.one(m, projectId);
      const chairs = body.members.filter((x) => x.role === 'chair').length;
      if (chairs !== 1) {
        throw ProblemException.validation([{ field: 'members', code: PROBLEM_CODES.oneChair, message: `the leadership group needs exactly one chair (got ${chairs})` }]);
      }
      const ids = body.members.map((x) => x.userId);
      if (new Set(ids).size !== ids.length) throw ProblemException.validation([{ field: 'members', code: PROBLEM_CODES.unique, message: 'each person may appear once' }]);
      const known: Array<{ user_id: string }> = await m.query('SELECT user_id FROM tenant_memberships WHERE user_id = ANY($1::uuid[])', [ids]);
      const knownIds = new Set(known.map((k) => k.user_id));
      const unknown = body.members.map((x, i) => ({ x, i })).filter(({ x }) => !knownIds.has(x.userId));
      if (unknown.length) {
        throw ProblemException.validation(unknown.map(({ i }) => ({ field: `members.${i}.userId`, code: PROBLEM_CODES.member, message: 'userId is not a member of this enterprise' })));
      }
      await m.query('DELETE FROM leadership_members WHERE project_id = $1', [projectId]);
      await m.query(
        `INSERT INTO leadership_members (tenant_id, project_id, user_id, role)
         SELECT app_tenant_id(), $1, x.user_id, x.role FROM unnest($2::uuid[], $3::text[]) AS x(user_id, role)`,
        [projectId, ids, body.members.map((x) => x.role)],
      );
      return this.leadershipOf(m, projectId);
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
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<Project>> {
    return this.projects.list(query.limit ?? PAGE_LIMIT_DEFAULT, decodeCursor(query.cursor), true);
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
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateProjectRequestSchema) body: UpdateProjectRequest): Promise<Project> {
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
  putLeadership(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(PutLeadershipRequestSchema) body: PutLeadershipRequest): Promise<LeadershipMember[]> {
    return this.projects.putLeadership(id, body);
  }
}
