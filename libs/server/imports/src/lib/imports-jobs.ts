import { Injectable, Module } from '@nestjs/common';
import { Job } from 'bullmq';
import { RequestContext } from '@xinzhi/server-core';
import { AuditLog, TransactionRunner } from '@xinzhi/server-db';
import { ImportJobs, JobHandler, JobProcessor, JobProducer, QueueNames, RecomputeRequests } from '@xinzhi/server-queue';
import { findImport, lockImport, updateImport } from './imports.data';
import { planImport, writePlan } from './imports.service';

/**
 * `imports/validate-import`: reads every row of the uploaded file and checks it against the project;
 * the import moves to `preview` with its counts, or to `failed` with every error (nothing written).
 */
@Injectable()
@JobProcessor(QueueNames.imports, 'validate-import')
export class ValidateImportHandler implements JobHandler<ImportJobs['validate-import']> {
  constructor(private readonly tx: TransactionRunner) {}

  async handle(job: Job<ImportJobs['validate-import']>): Promise<{ status: string }> {
    const { importId } = job.data;
    const row = await this.tx.run((m) => findImport(m, importId));
    if (!row || row.status !== 'validating') return { status: row?.status ?? 'missing' };
    await this.tx.run((m) => updateImport(m, importId, { progress: 10 }));
    return this.tx.run(async (m) => {
      const plan = await planImport(m, row);
      const status = plan.errors.length ? 'failed' : 'preview';
      await updateImport(m, importId, { status, progress: 100, counts: plan.counts, errors: plan.errors });
      return { status };
    });
  }
}

/**
 * `imports/apply-import`: writes a previewed import in one transaction, as the user who uploaded it
 * (the audit log names them). The file is planned again against the project as it is now, so a
 * change made since the preview is never overwritten blindly; an error then fails the import.
 */
@Injectable()
@JobProcessor(QueueNames.imports, 'apply-import')
export class ApplyImportHandler implements JobHandler<ImportJobs['apply-import']> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly recompute: RecomputeRequests,
  ) {}

  async handle(job: Job<ImportJobs['apply-import']>): Promise<{ status: string }> {
    const { tenantId, importId } = job.data;
    const owner = await this.tx.run((m) => findImport(m, importId));
    if (!owner || owner.status !== 'applying' || !owner.project_id) return { status: owner?.status ?? 'missing' };
    const projectId = owner.project_id;
    const result = await this.tx.runAs({ ...RequestContext.current(), userId: owner.created_by }, async (m) => {
      const row = await lockImport(m, importId);
      if (!row || row.status !== 'applying') return { status: row?.status ?? 'missing' };
      const plan = await planImport(m, row);
      if (plan.errors.length) {
        await updateImport(m, importId, { status: 'failed', progress: 100, errors: plan.errors });
        return { status: 'failed' };
      }
      await writePlan(m, this.audit, projectId, plan, row.remove_missing);
      const counts = { ...plan.counts, removed: row.remove_missing ? plan.counts.removed : 0 };
      await updateImport(m, importId, { status: 'done', progress: 100, counts });
      return { status: 'done' };
    });
    if (result.status === 'done') await this.recompute.request(tenantId, projectId);
    return result;
  }
}

/** The worker side of imports: validation and apply (both `@JobProcessor`s). */
@Module({ providers: [ValidateImportHandler, ApplyImportHandler, RecomputeRequests, JobProducer] })
export class ImportsJobsModule {}
