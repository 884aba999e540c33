import { Controller, Delete, Get, HttpCode, Injectable, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import {
  AnyTenantMember,
  isUniqueViolation,
  ProblemException,
  Responds,
  RespondsNoContent,
  TenantRoles,
  ValidBody,
  ValidParams,
} from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { membersAmong } from './projects.data';
import { deleteTeam, findTeam, insertTeam, listTeams, projectExists, replaceTeamMembers, updateTeam } from './teams.data';
import {
  CreateTeamRequest,
  CreateTeamRequestSchema,
  FieldError,
  IdParams,
  IdParamsSchema,
  PROBLEM_CODES,
  Team,
  TeamListSchema,
  TeamSchema,
  UpdateTeamRequest,
  UpdateTeamRequestSchema,
} from '@xinzhi/shared-contracts';

const duplicateName = () => ProblemException.conflict('name', 'This project already has a team with this name.');

/** Cross-department teams: owners and leaders form them; every member reads them. */
@Injectable()
export class TeamsService {
  constructor(private readonly tx: TransactionRunner) {}

  private async one(m: EntityManager, id: string): Promise<Team> {
    const team = await findTeam(m, id);
    if (!team) throw ProblemException.notFound('No team with this id.');
    return team;
  }

  private async assertMembers(m: EntityManager, body: { leadUserId?: string | null; memberUserIds?: string[] }): Promise<void> {
    const ids = [...new Set([...(body.memberUserIds ?? []), ...(body.leadUserId ? [body.leadUserId] : [])])];
    if (!ids.length) return;
    const knownIds = await membersAmong(m, ids);
    const errors: FieldError[] = [];
    if (body.leadUserId && !knownIds.has(body.leadUserId))
      errors.push({ field: 'leadUserId', code: PROBLEM_CODES.member, message: 'leadUserId is not a member of this enterprise' });
    (body.memberUserIds ?? []).forEach((id, i) => {
      if (!knownIds.has(id))
        errors.push({ field: `memberUserIds.${i}`, code: PROBLEM_CODES.member, message: 'not a member of this enterprise' });
    });
    if (errors.length) throw ProblemException.validation(errors);
  }

  private async setMembers(
    m: EntityManager,
    teamId: string,
    body: { leadUserId?: string | null; memberUserIds?: string[] },
  ): Promise<void> {
    if (body.memberUserIds === undefined) return;
    await replaceTeamMembers(m, teamId, [...new Set(body.memberUserIds)]);
  }

  list(projectId: string): Promise<Team[]> {
    return this.tx.run(async (m) => {
      if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
      return listTeams(m, projectId);
    });
  }

  get(id: string): Promise<Team> {
    return this.tx.run((m) => this.one(m, id));
  }

  async create(projectId: string, body: CreateTeamRequest): Promise<Team> {
    try {
      return await this.tx.run(async (m) => {
        if (!(await projectExists(m, projectId))) throw ProblemException.notFound('No project with this id.');
        await this.assertMembers(m, body);
        const id = await insertTeam(m, projectId, { name: body.name, mission: body.mission ?? '', leadUserId: body.leadUserId ?? null });
        await this.setMembers(m, id, { ...body, memberUserIds: body.memberUserIds ?? [] });
        return this.one(m, id);
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
        await updateTeam(m, id, { name: body.name ?? null, mission: body.mission ?? null, leadUserId: body.leadUserId });
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
      await deleteTeam(m, id);
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
