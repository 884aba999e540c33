import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, QueueNames, tenantSummaryJobId } from '@xinzhi/server-queue';
import {
  CreatePainPointRequest,
  FieldError,
  Page,
  PAGE_LIMIT_DEFAULT,
  PainPoint,
  PainPointQuery,
  ParkPainPointQuery,
  PROBLEM_CODES,
  TenantRole,
  UpdatePainPointRequest,
} from '@xinzhi/shared-contracts';
import { isSceneKey } from '../scenes';
import { initialPainPointStatus, mayDeletePainPoint, mayManagePainPoints, painPointStatusProblem } from './pain-point-rules';
import {
  assessmentGap,
  deletePainPoint,
  findPainPoint,
  insertPainPoint,
  isParkTenant,
  listPainPoints,
  painPointFromGap,
  PainPointWithRecorder,
  publicPainPoint,
  updatePainPoint,
} from './pain-points.data';

const invalid = (field: string, code: string, message: string) => ProblemException.validation([{ field, code, message }]);

/** A scene a pain point names must be one of the assessment's scenes. */
export function sceneProblems(sceneId: string | null | undefined, field = 'sceneId'): FieldError[] {
  return sceneId && !isSceneKey(sceneId)
    ? [{ field, code: PROBLEM_CODES.oneOf, message: `${field} names no scene of the assessment` }]
    : [];
}

const role = () => RequestContext.current().role as TenantRole | null;

/**
 * The enterprise's pain-point register: owners and leaders record, edit, accept and delete; any other
 * member may propose one (`proposed` until accepted) and withdraw their own proposal. The park reads
 * its tenants' pain points and records one for a tenant of its park (`recordedByPark`, open).
 */
@Injectable()
export class PainPointsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
  ) {}

  /** The park's rollup of the tenant counts its open pain points (best effort: the park's sweep catches up). */
  private async refreshRollup<T>(tenantId: string, result: T): Promise<T> {
    await this.producer
      .enqueue(
        QueueNames.park,
        'refresh-tenant-summary',
        { tenantId },
        { jobId: tenantSummaryJobId(tenantId), removeOnComplete: true, removeOnFail: 100 },
      )
      .catch(() => undefined);
    return result;
  }

  private tenantId(): string {
    return RequestContext.current().tenantId as string;
  }

  private async one(m: EntityManager, id: string): Promise<PainPointWithRecorder> {
    const found = await findPainPoint(m, id);
    if (!found) throw ProblemException.notFound('No pain point with this id.');
    return found;
  }

  private page(q: PainPointQuery, tenantId: string | null): Promise<Page<PainPoint>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const before = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows = await listPainPoints(m, {
        tenantId,
        status: q.status ?? null,
        businessArea: q.businessArea ?? null,
        before,
        limit: limit + 1,
      });
      const items = rows.slice(0, limit).map(publicPainPoint);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  list(q: PainPointQuery): Promise<Page<PainPoint>> {
    return this.page(q, null);
  }

  get(id: string): Promise<PainPoint> {
    return this.tx.run(async (m) => publicPainPoint(await this.one(m, id)));
  }

  create(body: CreatePainPointRequest): Promise<PainPoint> {
    const problems = sceneProblems(body.sceneId);
    if (problems.length) throw ProblemException.validation(problems);
    const tenantId = RequestContext.current().tenantId as string;
    const created = this.tx.run(async (m) => {
      if (body.fromGap) await this.checkGap(m, body.fromGap);
      const id = await insertPainPoint(
        m,
        tenantId,
        {
          title: body.title,
          description: body.description ?? '',
          businessArea: body.businessArea,
          sceneId: body.sceneId ?? null,
          severity: body.severity,
          status: initialPainPointStatus(role()),
        },
        { recordedByPark: false, fromGap: body.fromGap ?? null },
      );
      return publicPainPoint(await this.one(m, id));
    });
    return created.then((p) => this.refreshRollup(tenantId, p));
  }

  /** A gap of one of the enterprise's scored assessments, not yet made into a pain point. */
  private async checkGap(m: EntityManager, gap: { assessmentId: string; gapKey: string }): Promise<void> {
    const found = await assessmentGap(m, gap.assessmentId, gap.gapKey);
    if (!found) throw invalid('fromGap.assessmentId', PROBLEM_CODES.exists, 'fromGap.assessmentId names no assessment of this enterprise');
    if (found.status !== 'scored') throw invalid('fromGap.assessmentId', PROBLEM_CODES.state, 'fromGap.assessmentId is not scored yet');
    if (!found.has_gap) throw invalid('fromGap.gapKey', PROBLEM_CODES.exists, 'fromGap.gapKey names no gap of that assessment');
    const existing = await painPointFromGap(m, gap.assessmentId, gap.gapKey);
    if (existing) throw ProblemException.conflict('fromGap', 'This gap is already a pain point of the enterprise.', PROBLEM_CODES.exists);
  }

  update(id: string, body: UpdatePainPointRequest): Promise<PainPoint> {
    const problems = sceneProblems(body.sceneId);
    if (problems.length) throw ProblemException.validation(problems);
    const tenantId = this.tenantId();
    const updated = this.tx.run(async (m) => {
      const before = await this.one(m, id);
      if (!mayManagePainPoints(role())) throw new ForbiddenException('Only owners and leaders edit pain points.');
      const status = body.status ?? before.status;
      const problem = painPointStatusProblem(before.status, status);
      if (problem) throw invalid('status', PROBLEM_CODES.transition, problem);
      await updatePainPoint(m, id, {
        title: body.title ?? before.title,
        description: body.description ?? before.description,
        businessArea: body.businessArea ?? before.businessArea,
        sceneId: body.sceneId !== undefined ? body.sceneId : before.sceneId,
        severity: body.severity ?? before.severity,
        status,
      });
      return publicPainPoint(await this.one(m, id));
    });
    return updated.then((p) => this.refreshRollup(tenantId, p));
  }

  remove(id: string): Promise<void> {
    const tenantId = this.tenantId();
    const removed = this.tx.run(async (m) => {
      const found = await this.one(m, id);
      if (!mayDeletePainPoint(role(), RequestContext.current().userId, found))
        throw new ForbiddenException('Only owners and leaders delete pain points; a member may withdraw only their own proposal.');
      await deletePainPoint(m, id);
    });
    return removed.then(() => this.refreshRollup(tenantId, undefined));
  }

  /** The park's view: its tenants' pain points, of one tenant when `tenantId`. */
  listForPark(q: ParkPainPointQuery): Promise<Page<PainPoint>> {
    return this.page(q, q.tenantId ?? null);
  }

  /** The park records a pain point for one of its tenants (during a visit): open, marked as the park's. */
  recordForTenant(tenantId: string, body: CreatePainPointRequest): Promise<PainPoint> {
    const problems = sceneProblems(body.sceneId);
    if (body.fromGap)
      problems.push({ field: 'fromGap', code: PROBLEM_CODES.invalid, message: 'the park records pain points without an assessment gap' });
    if (problems.length) throw ProblemException.validation(problems);
    return this.tx
      .run(async (m) => {
        if (!(await isParkTenant(m, tenantId))) throw ProblemException.notFound('No enterprise with this id in your park.');
        const id = await insertPainPoint(
          m,
          tenantId,
          {
            title: body.title,
            description: body.description ?? '',
            businessArea: body.businessArea,
            sceneId: body.sceneId ?? null,
            severity: body.severity,
            status: 'open',
          },
          { recordedByPark: true, fromGap: null },
        );
        return publicPainPoint(await this.one(m, id));
      })
      .then((p) => this.refreshRollup(tenantId, p));
  }
}
