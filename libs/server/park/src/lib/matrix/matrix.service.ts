import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@xinzhi/server-db';
import { PainPointMatrix } from '@xinzhi/shared-contracts';
import { painPointMatrix, unmetAreas } from './matrix';
import { matrixTenants, publishedSolutionAreas } from './matrix.data';

/** The park's pain-point matrix from its tenants' rollups and its own published catalog. */
@Injectable()
export class MatrixService {
  constructor(private readonly tx: TransactionRunner) {}

  matrix(): Promise<PainPointMatrix> {
    return this.tx.run(async (m) => painPointMatrix(await matrixTenants(m), unmetAreas(await publishedSolutionAreas(m))));
  }
}
