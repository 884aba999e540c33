import { Injectable } from '@nestjs/common';
import { ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { SolutionOutcomes, UnmetDemand } from '@xinzhi/shared-contracts';
import { listSolutions } from '../catalog/catalog.data';
import { listPainPoints, publicPainPoint } from '../pain-points/pain-points.data';
import { unmetDemand } from './demand';
import { parkSolutionExists, solutionOutcomes, tenantSections } from './outcomes.data';

/** The most open pain points and solutions one demand view weighs (far above a park's real numbers). */
const DEMAND_MAX = 5000;

/** The park's view of its catalog at work: a solution's outcomes in the enterprises that adopted it, and demand no solution meets. */
@Injectable()
export class OutcomesService {
  constructor(private readonly tx: TransactionRunner) {}

  outcomes(solutionId: string): Promise<SolutionOutcomes> {
    return this.tx.run(async (m) => {
      if (!(await parkSolutionExists(m, solutionId))) throw ProblemException.notFound('No solution of your park with this id.');
      return solutionOutcomes(m, solutionId);
    });
  }

  /** Computed on read from the park's open pain points (its tenants', read through their park policy) and its published solutions. */
  demand(): Promise<UnmetDemand> {
    return this.tx.run(async (m) => {
      const painPoints = await listPainPoints(m, { tenantId: null, status: 'open', businessArea: null, before: null, limit: DEMAND_MAX });
      const published = await listSolutions(
        m,
        { businessArea: null, technologyType: null, sceneId: null, status: 'published', q: null, before: null, limit: DEMAND_MAX },
        false,
      );
      const sections = await tenantSections(m);
      return unmetDemand(painPoints.map(publicPainPoint), published, (tenantId) => sections.get(tenantId) ?? '');
    });
  }
}
