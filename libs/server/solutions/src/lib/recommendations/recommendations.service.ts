import { Injectable } from '@nestjs/common';
import { ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { Recommendation } from '@xinzhi/shared-contracts';
import { listSolutions } from '../catalog/catalog.data';
import { rankSolutions } from './ranking';
import { recommendationFacts } from './recommendations.data';

/** The most solutions a park's catalog is ranked over (far above any real catalog). */
const CATALOG_MAX = 1000;

/**
 * Recommendations are computed on read: one transaction reads the park's published solutions, the
 * tenant's open pain points, its latest scored assessment's scene levels and its classification,
 * and a pure function ranks them — always current, with nothing to keep in step when pain points,
 * assessments or the catalog change.
 */
@Injectable()
export class RecommendationsService {
  constructor(private readonly tx: TransactionRunner) {}

  recommended(): Promise<Recommendation[]> {
    return this.tx.run(async (m) => {
      const facts = await recommendationFacts(m);
      if (!facts) throw ProblemException.notFound('No enterprise in this context.');
      const solutions = await listSolutions(
        m,
        { businessArea: null, technologyType: null, sceneId: null, status: 'published', q: null, before: null, limit: CATALOG_MAX },
        false,
      );
      return rankSolutions(solutions, facts);
    });
  }
}
