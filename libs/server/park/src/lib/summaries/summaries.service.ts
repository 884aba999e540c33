import { Injectable } from '@nestjs/common';
import { Clock, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { ParkTenantSummaryPage, TenantTablePage, TenantTableQuery } from '@xinzhi/shared-contracts';
import { attentionReasons } from '../rollups/rollup-rules';
import { parkRollupRows, parkTenant, tenantRollup } from './summaries.data';
import { tenantTable } from './table-rules';

/** The park's tenant table and a tenant's summary, from the rollups only. */
@Injectable()
export class SummariesService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  table(query: TenantTableQuery): Promise<TenantTablePage> {
    const today = this.clock.today();
    return this.tx.run(async (m) => tenantTable(await parkRollupRows(m, this.clock.timeZone), query, today));
  }

  summary(tenantId: string): Promise<ParkTenantSummaryPage> {
    const today = this.clock.today();
    return this.tx.run(async (m) => {
      const tenant = await parkTenant(m, tenantId);
      if (!tenant) throw ProblemException.notFound('No enterprise with this id in your park.');
      const rollup = await tenantRollup(m, tenantId, this.clock.timeZone);
      return {
        tenant,
        summary: rollup?.summary ?? null,
        projects: rollup?.projects ?? [],
        reasons: rollup ? attentionReasons({ ...rollup.summary, lastActivityDay: rollup.lastActivityDay }, today) : [],
        asOf: today,
      };
    });
  }
}
