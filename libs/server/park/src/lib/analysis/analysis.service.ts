import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@xinzhi/server-db';
import { Analysis, AnalysisQuery } from '@xinzhi/shared-contracts';
import { analysisTenants } from './analysis.data';
import { pivot } from './pivot';

/** The park's cross-analysis: its tenants' classification against a measure of their rollups. */
@Injectable()
export class AnalysisService {
  constructor(private readonly tx: TransactionRunner) {}

  analysis(q: AnalysisQuery): Promise<Analysis> {
    return this.tx.run(async (m) => pivot(await analysisTenants(m), q.rows, q.cols, q.measure));
  }
}
