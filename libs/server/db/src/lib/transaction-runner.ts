import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActorContext, RequestContext } from '@xinzhi/server-core';
import { usePreparedStatements } from './prepared-statements';

/**
 * Every database use of a request or a job goes through `run`: one transaction whose first
 * statement puts the caller's tenant and park into the transaction-local settings that the
 * row-level security policies read (docs/architecture.md, "Isolation"). No context, no tenant rows.
 */
@Injectable()
export class TransactionRunner {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction scoped to the current request or job context. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runAs(RequestContext.current(), work);
  }

  /** Runs `work` scoped to an explicit context (jobs restore theirs from the payload). */
  async runAs<T>(context: ActorContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    usePreparedStatements(await runner.connect());
    try {
      await runner.startTransaction();
      await runner.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.park_id', $2, true), set_config('app.user_id', $3, true),
                set_config('app.platform', $4, true), set_config('app.ip', $5, true), set_config('app.user_agent', $6, true)`,
        [
          context.tenantId ?? '',
          context.parkId ?? '',
          context.userId ?? '',
          context.platformOperator ? 'on' : '',
          context.ip ?? '',
          context.userAgent ?? '',
        ],
      );
      const result = await RequestContext.run(context, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
