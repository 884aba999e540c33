import { Injectable } from '@nestjs/common';
import { ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { Benchmark } from '@xinzhi/shared-contracts';
import { ownSection, tenantBenchmark } from './benchmarks.data';

/**
 * The tenant's peer benchmark: its transformation index and maturity beside the quartiles of its
 * industry section in the park and of the whole park, read from the worker's rollups through
 * `tenant_benchmark()` (aggregates only; a cohort with fewer than 5 other tenants is "too few peers").
 */
@Injectable()
export class BenchmarksService {
  constructor(private readonly tx: TransactionRunner) {}

  get(): Promise<Benchmark> {
    return this.tx.run(async (m) => {
      const industrySection = await ownSection(m);
      if (industrySection === null) throw ProblemException.notFound('No enterprise in context.');
      return { industrySection, rows: await tenantBenchmark(m) };
    });
  }
}
