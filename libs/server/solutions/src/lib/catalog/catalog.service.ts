import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isUniqueViolation, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  CreateSolutionRequest,
  Page,
  PAGE_LIMIT_DEFAULT,
  PROBLEM_CODES,
  Solution,
  SolutionQuery,
  UpdateSolutionRequest,
} from '@xinzhi/shared-contracts';
import { catalogProblems } from './catalog-rules';
import {
  deleteSolution,
  findSolution,
  insertSolution,
  listSolutions,
  SolutionFields,
  solutionNameTaken,
  updateSolution,
} from './catalog.data';

const NAME_TAKEN = 'Your park already has a solution with this name.';

/** A foreign-key violation: adoptions still refer to the solution. */
const isReferenced = (error: unknown) => (error as { code?: string })?.code === '23503';

/**
 * The park's catalog of 小快轻准 solutions. The park administrator curates its own park's catalog
 * (draft → published → retired); tenants browse their own park's published solutions only. Another
 * park's solution, or a draft or retired one for a tenant, answers 404.
 */
@Injectable()
export class CatalogService {
  constructor(private readonly tx: TransactionRunner) {}

  private async one(m: EntityManager, id: string, park: boolean): Promise<Solution> {
    const found = await findSolution(m, id, park);
    if (!found || (!park && found.status !== 'published'))
      throw ProblemException.notFound('No solution with this id in your park’s catalog.');
    return found;
  }

  private page(q: SolutionQuery, park: boolean): Promise<Page<Solution>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const before = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows = await listSolutions(
        m,
        {
          businessArea: q.businessArea ?? null,
          technologyType: q.technologyType ?? null,
          sceneId: q.sceneId ?? null,
          // Tenants see published solutions only, whatever they ask for (row security holds the same line).
          status: park ? (q.status ?? null) : 'published',
          q: q.q?.trim() || null,
          before,
          limit: limit + 1,
        },
        park,
      );
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  /** The park's catalog, any status, with each solution's adoptions. */
  listForPark(q: SolutionQuery): Promise<Page<Solution>> {
    return this.page(q, true);
  }

  getForPark(id: string): Promise<Solution> {
    return this.tx.run((m) => this.one(m, id, true));
  }

  /** A tenant's view: its park's published solutions (adoptionCount null). */
  listForTenant(q: SolutionQuery): Promise<Page<Solution>> {
    return this.page(q, false);
  }

  getForTenant(id: string): Promise<Solution> {
    return this.tx.run((m) => this.one(m, id, false));
  }

  async create(body: CreateSolutionRequest): Promise<Solution> {
    const fields: SolutionFields = {
      name: body.name,
      providerName: body.providerName,
      providerContact: body.providerContact ?? '',
      summary: body.summary ?? '',
      technologyTypes: body.technologyTypes,
      businessAreas: body.businessAreas,
      scenes: body.scenes ?? [],
      industries: body.industries ?? [],
      scales: body.scales ?? [],
      priceBand: body.priceBand,
      deployWeeks: body.deployWeeks,
      delivery: body.delivery,
      templateTasks: body.templateTasks.map((t) => ({ ...t, description: t.description ?? '' })),
      templateKpis: body.templateKpis ?? [],
      status: body.status ?? 'draft',
    };
    const problems = catalogProblems(fields);
    if (problems.length) throw ProblemException.validation(problems);
    try {
      return await this.tx.run(async (m) => {
        if (await solutionNameTaken(m, fields.name, null)) throw ProblemException.conflict('name', NAME_TAKEN, PROBLEM_CODES.unique);
        const id = await insertSolution(m, fields);
        return this.one(m, id, true);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', NAME_TAKEN, PROBLEM_CODES.unique);
      throw error;
    }
  }

  async update(id: string, body: UpdateSolutionRequest): Promise<Solution> {
    try {
      return await this.tx.run(async (m) => {
        const before = await this.one(m, id, true);
        const fields: SolutionFields = {
          name: body.name ?? before.name,
          providerName: body.providerName ?? before.providerName,
          providerContact: body.providerContact ?? before.providerContact,
          summary: body.summary ?? before.summary,
          technologyTypes: body.technologyTypes ?? before.technologyTypes,
          businessAreas: body.businessAreas ?? before.businessAreas,
          scenes: body.scenes ?? before.scenes,
          industries: body.industries ?? before.industries,
          scales: body.scales ?? before.scales,
          priceBand: body.priceBand ?? before.priceBand,
          deployWeeks: body.deployWeeks ?? before.deployWeeks,
          delivery: body.delivery ?? before.delivery,
          templateTasks: body.templateTasks
            ? body.templateTasks.map((t) => ({ ...t, description: t.description ?? '' }))
            : before.templateTasks,
          templateKpis: body.templateKpis ?? before.templateKpis,
          status: body.status ?? before.status,
        };
        const problems = catalogProblems(fields);
        if (problems.length) throw ProblemException.validation(problems);
        if (body.name && (await solutionNameTaken(m, fields.name, id)))
          throw ProblemException.conflict('name', NAME_TAKEN, PROBLEM_CODES.unique);
        await updateSolution(m, id, fields);
        return this.one(m, id, true);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', NAME_TAKEN, PROBLEM_CODES.unique);
      throw error;
    }
  }

  /** Deletes a solution nobody adopted; one with adoptions answers 409 (retire it instead). */
  async remove(id: string): Promise<void> {
    try {
      await this.tx.run(async (m) => {
        const found = await this.one(m, id, true);
        if (found.adoptionCount) throw adopted();
        await deleteSolution(m, id);
      });
    } catch (error) {
      if (isReferenced(error)) throw adopted();
      throw error;
    }
  }
}

const adopted = () =>
  ProblemException.conflict(
    'id',
    'Enterprises have adopted this solution, so it cannot be deleted; retire it instead (status retired).',
    PROBLEM_CODES.conflict,
  );
