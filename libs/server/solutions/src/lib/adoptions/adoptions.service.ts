import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { EntityManager } from 'typeorm';
import { isUniqueViolation, ProblemException, RequestContext } from '@xinzhi/server-core';
import { markProjectChanged, TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, QueueNames, RecomputeRequests, tenantSummaryJobId } from '@xinzhi/server-queue';
import {
  Adoption,
  CreateAdoptionRequest,
  FieldError,
  PROBLEM_CODES,
  RemoveAdoptionQuery,
  TemplateKpiSchema,
  TemplateTaskSchema,
} from '@xinzhi/shared-contracts';
import {
  adoptionOf,
  cancelOpenTasks,
  deleteAdoption,
  findAdoption,
  insertAdoptedKpis,
  insertAdoptedTasks,
  insertAdoption,
  kpiNamesTaken,
  linkPainPoints,
  listAdoptions,
  painPointStatuses,
  projectOf,
  publishedSolution,
} from './adoptions.data';

/** Pain points an adoption may answer: accepted ones and proposals not yet accepted. */
const LINKABLE = new Set(['open', 'proposed']);

const alreadyAdopted = () =>
  ProblemException.conflict(
    'solutionId',
    'This solution is already adopted in this project; remove that adoption first to adopt it again.',
  );

/**
 * Adoptions: a published solution of the tenant's park adopted into one of its projects. Adopting
 * creates the solution's template tasks and KPIs in the project in one transaction, each carrying
 * the adoption as its origin, links the pain points it answers, and asks the worker for the
 * project's new numbers, as task creation does.
 */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly recompute: RecomputeRequests,
    private readonly producer: JobProducer,
  ) {}

  /** The park's rollup of the tenant counts adoptions (best effort: the park's sweep catches up). */
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

  private async one(m: EntityManager, id: string): Promise<Adoption> {
    const adoption = await findAdoption(m, id);
    if (!adoption) throw ProblemException.notFound('No adoption with this id.');
    return adoption;
  }

  list(projectId: string): Promise<Adoption[]> {
    return this.tx.run(async (m) => {
      if (!(await projectOf(m, projectId))) throw ProblemException.notFound('No project with this id.');
      return listAdoptions(m, projectId);
    });
  }

  get(id: string): Promise<Adoption> {
    return this.tx.run((m) => this.one(m, id));
  }

  async adopt(projectId: string, body: CreateAdoptionRequest): Promise<Adoption> {
    let adoption: Adoption;
    try {
      adoption = await this.tx.run(async (m) => {
        if (!(await projectOf(m, projectId))) throw ProblemException.notFound('No project with this id.');
        const solution = await publishedSolution(m, body.solutionId);
        if (!solution) throw ProblemException.notFound('No published solution of your park with this id.');
        if (await adoptionOf(m, projectId, solution.id)) throw alreadyAdopted();

        const painPointIds = [...new Set(body.painPointIds ?? [])];
        if (painPointIds.length) {
          const statuses = await painPointStatuses(m, painPointIds);
          const errors: FieldError[] = [];
          (body.painPointIds ?? []).forEach((id, i) => {
            const status = statuses.get(id);
            if (!status)
              errors.push({ field: `painPointIds.${i}`, code: PROBLEM_CODES.exists, message: 'names no pain point of this enterprise' });
            else if (!LINKABLE.has(status))
              errors.push({
                field: `painPointIds.${i}`,
                code: PROBLEM_CODES.state,
                message: `this pain point is ${status}, not open or proposed`,
              });
          });
          if (errors.length)
            throw ProblemException.validation(
              errors,
              'Only open or proposed pain points of this enterprise can be answered by an adoption.',
            );
        }

        // The templates were checked when the park saved them; parse again so a stored row that drifted cannot plant bad tasks.
        const tasks = z.array(TemplateTaskSchema).parse(solution.templateTasks);
        const kpis = z.array(TemplateKpiSchema).parse(solution.templateKpis);
        const taken = await kpiNamesTaken(
          m,
          projectId,
          kpis.map((k) => k.name),
        );
        if (taken.length) {
          throw ProblemException.conflict(
            'solutionId',
            `This project already has a KPI named “${taken[0]}”, which the solution would add; rename or remove it first.`,
          );
        }

        const id = await insertAdoption(m, { projectId, solutionId: solution.id, solutionName: solution.name, startDate: body.startDate });
        await insertAdoptedTasks(m, projectId, id, body.startDate, tasks);
        await insertAdoptedKpis(m, projectId, id, body.startDate, kpis);
        await linkPainPoints(m, id, painPointIds);
        await markProjectChanged(m, projectId);
        return this.one(m, id);
      });
    } catch (error) {
      // Two adoptions of the same solution at the same moment: the second one's transaction is rolled back whole.
      if (isUniqueViolation(error, 'solution_adoptions_once')) throw alreadyAdopted();
      if (isUniqueViolation(error)) throw ProblemException.conflict('solutionId', 'This project already has a KPI the solution would add.');
      throw error;
    }
    await this.recompute.request(RequestContext.current().tenantId as string, projectId);
    await this.refreshRollup(RequestContext.current().tenantId as string);
    return adoption;
  }

  /**
   * Removes an adoption. `cancel`: its open tasks are cancelled (done ones stay done); `keep`: they
   * stay as they are. Either way its tasks and KPIs lose their provenance (the adoption is gone) and
   * its pain-point links are removed; the KPIs stay.
   */
  async remove(id: string, query: RemoveAdoptionQuery): Promise<void> {
    const projectId = await this.tx.run(async (m) => {
      const adoption = await this.one(m, id);
      if (query.tasks === 'cancel') await cancelOpenTasks(m, id);
      await deleteAdoption(m, id);
      await markProjectChanged(m, adoption.projectId);
      return adoption.projectId;
    });
    await this.recompute.request(RequestContext.current().tenantId as string, projectId);
    await this.refreshRollup(RequestContext.current().tenantId as string);
  }
}
