import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { AnyTenantMember, isUniqueViolation, ProblemException, Responds, RespondsNoContent, TenantRoles, ValidBody, ValidParams } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateTeamRequest, CreateTeamRequestSchema, FieldError, IdParams, IdParamsSchema, PROBLEM_CODES, Team, TeamListSchema, TeamSchema, UpdateTeamRequest,
  UpdateTeamRequestSchema,
} from '@xinzhi/shared-contracts';

interface TeamSql {
  id: string; project_id: string; name: string; mission: string; lead_user_id: string | null; lead_name: string | null;
  members: Array<{ userId: string; displayName: string; departmentId: string | null; departmentName: string | null }>;
  task_count: number;
}

const TEAMS = `
  SELECT t.id, t.project_id, t.name, t.mission, t.lead_user_id, lu.display_name AS lead_name,
    coalesce((SELECT json_agg(json_build_object('userId', tm.user_id, 'displayName', u.display_name, 'departmentId', m.department_id, 'departmentName', d.name) ORDER BY u.display_name)
                FROM team_members tm JOIN users u ON u.id = tm.user_id
                JOIN tenant_memberships m ON m.tenant_id = tm.tenant_id AND m.user_id = tm.user_id
                LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
               WHERE tm.tenant_id = t.tenant_id AND tm.team_id = t.id), '[]'::json) AS members,
    (SELECT count(*)::int FROM tasks k WHERE k.tenant_id = t.tenant_id AND k.team_id = t.id) AS task_count,
    (SELECT json_build_object('departmentId', m.department_id, 'departmentName', d.name)
       FROM tenant_memberships m LEFT JOIN departments d ON d.tenant_id = m.tenant_id AND d.id = m.department_id
      WHERE m.tenant_id = t.tenant_id AND m.user_id = t.lead_user_id) AS lead_department
  FROM teams t LEFT JOIN users lu ON lu.id = t.lead_user_id`;

function toTeam(r: TeamSql & { lead_department: { departmentId: string | null; departmentName: string | null } | null }): Team {
  const departments = new Map<string, string>();
  for (const m of r.members) if (m.departmentId) departments.set(m.departmentId, m.departmentName ?? '');
  if (r.lead_department?.departmentId) departments.set(r.lead_department.departmentId, r.lead_department.departmentName ?? '');
  return {
    id: r.id, projectId: r.project_id, name: r.name, mission: r.mission, leadUserId: r.lead_user_id, leadName: r.lead_name,
    members: r.members, departments: [...departments].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    crossDepartment: departments.size >= 2, taskCount: r.task_count,
  };
}

/** The teams of one project, with members and the departments they span. */
export async function listTeams(m: EntityManager, projectId: string): Promise<Team[]> {
  const rows = await m.query(`${TEAMS} WHERE t.project_id = $1 ORDER BY t.name`, [projectId]);
  return rows.map(toTeam);
}

const duplicateName = () => ProblemException.conflict('name', 'This project already has a team with this name.');

/** Cross-department teams: owners and leaders form them; every member reads them. */
@Injectable()
export class TeamsService {
  constructor(private readonly tx: TransactionRunner) {}

  private async one(m: EntityManager, id: string): Promise<Team> {
    const rows = await m.query(`${TEAMS} WHERE t.id = $1`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No team with this id.');
    return toTeam(rows[0]);
  }

  private async assertMembers(m: EntityManager, body: { leadUserId?: string | null; memberUserIds?: string[] }): Promise<void> {
    const ids = [...new Set([...(body.memberUserIds ?? []), ...(body.leadUserId ? [body.leadUserId] : [])])];
    if (!ids.length) return;
    const known: Array<{ user_id: string }> = await m.query('SELECT user_id FROM tenant_memberships WHERE user_id = ANY($1::uuid[])', [ids]);
    const knownIds = new Set(known.map((k) => k.user_id));
    const errors: FieldError[] = [];
    if (body.leadUserId && !knownIds.has(body.leadUserId)) errors.push({ field: 'leadUserId', code: PROBLEM_CODES.member, message: 'leadUserId is not a member of this enterprise' });
    (body.memberUserIds ?? []).forEach((id, i) => {
      if (!knownIds.has(id)) errors.push({ field: `memberUserIds.${i}`, code: PROBLEM_CODES.member, message: 'not a member of this enterprise' });
    });
    if (errors.length) throw ProblemException.validation(errors);
  }

  private async setMembers(m: EntityManager, teamId: string, body: { leadUserId?: string | null; memberUserIds?: string[] }): Promise<void> {
    if (body.memberUserIds === undefined) return;
    const ids = [...new Set(body.memberUserIds)];
    await m.query('DELETE FROM team_members WHERE team_id = $1', [teamId]);
    await m.query(`INSERT INTO team_members (tenant_id, team_id, user_id) SELECT app_tenant_id(), $1, unnest($2::uuid[])`, [teamId, ids]);
  }

  list(projectId: string): Promise<Team[]> {
    return this.tx.run(async (m) => {
      const exists = await m.query('SELECT 1 FROM projects WHERE id = $1', [projectId]);
      if (!exists.length) throw ProblemException.notFound('No project with this id.');
      return listTeams(m, projectId);
    });
  }

  get(id: string): Promise<Team> {
    return this.tx.run((m) => this.one(m, id));
  }

  async create(projectId: string, body: CreateTeamRequest): Promise<Team> {
    try {
      return await this.tx.run(async (m) => {
        const exists = await m.query('SELECT 1 FROM projects WHERE id = $1', [projectId]);
        if (!exists.length) throw ProblemException.notFound('No project with this id.');
        await this.assertMembers(m, body);
        const [row] = await m.query(
          `INSERT INTO teams (tenant_id, project_id, name, mission, lead_user_id) VALUES (app_tenant_id(), $1, $2, $3, $4) RETURNING id`,
          [projectId, body.name, body.mission ?? '', body.leadUserId ?? null],
        );
        await this.setMembers(m, row.id, { ...body, memberUserIds: body.memberUserIds ?? [] });
        return this.one(m, row.id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }

  async update(id: string, body: UpdateTeamRequest): Promise<Team> {
    try {
      return await this.tx.run(async (m) => {
        await this.one(m, id);
        await this.assertMembers(m, body);
        await m.query(
          `UPDATE teams SET name = coalesce($2, name), mission = coalesce($3, mission),
                  lead_user_id = CASE WHEN $4 THEN $5::uuid ELSE lead_user_id END, updated_at = now() WHERE id = $1`,
          [id, body.name ?? null, body.mission ?? null, body.leadUserId !== undefined, body.leadUserId ?? null],
        );
        await this.setMembers(m, id, body);
        return this.one(m, id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }

  /** Deleting a team keeps its tasks (they lose their team). */
  async remove(id: string): Promise<void> {
    await this.tx.run(async (m) => {
      await this.one(m, id);
      await m.query('DELETE FROM teams WHERE id = $1', [id]);
    });
  }
}

@ApiTags('teams')
@Controller()
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get('projects/:id/teams')
  @AnyTenantMember()
  @Responds(TeamListSchema)
  list(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Team[]> {
    return this.teams.list(id);
  }

  @Post('projects/:id/teams')
  @TenantRoles('owner', 'leader')
  @Responds(TeamSchema, 201)
  create(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(CreateTeamRequestSchema) body: CreateTeamRequest): Promise<Team> {
    return this.teams.create(id, body);
  }

  @Get('teams/:id')
  @AnyTenantMember()
  @Responds(TeamSchema)
  get(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<Team> {
    return this.teams.get(id);
  }

  @Patch('teams/:id')
  @TenantRoles('owner', 'leader')
  @Responds(TeamSchema)
  update(@ValidParams(IdParamsSchema) { id }: IdParams, @ValidBody(UpdateTeamRequestSchema) body: UpdateTeamRequest): Promise<Team> {
    return this.teams.update(id, body);
  }

  @Delete('teams/:id')
  @HttpCode(204)
  @TenantRoles('owner', 'leader')
  @RespondsNoContent()
  async remove(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    await this.teams.remove(id);
  }
}
