import { ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isUniqueViolation, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { incentivesJobId, JobProducer, LiveEventPublisher, QueueNames } from '@xinzhi/server-queue';
import {
  AwardBasis, AwardStatus, awardTransition, BudgetStop, IncentiveAward, IncentiveKind, IncentiveScheme, IncentiveTrigger, incentiveUnit, IncentiveUnit, LeaderboardEntry,
  MyAwardsSummary, Page, PAGE_LIMIT_DEFAULT,
} from '@xinzhi/shared-contracts';
import { AwardQueryDto, CreateSchemeDto, DecideAwardDto, SchemeQueryDto, UpdateSchemeDto } from './dto';
import { markForEvaluation } from './evaluate';

/** Owners and leaders see and decide everything here. */
export function isLeader(): boolean {
  const role = RequestContext.current().role;
  return role === 'owner' || role === 'leader';
}

interface SchemeSql {
  id: string; project_id: string | null; project_name: string | null; name: string; description: string; kind: IncentiveKind; trigger: IncentiveTrigger;
  amount: number; scale_by_weight: boolean; business_areas: string[]; technology_types: string[]; budget_cap: number | null;
  active_from: string | null; active_until: string | null; active: boolean; created_at: Date; updated_at: Date;
  committed: number; paid: number; skipped: number; last_reason: string | null;
}

const SCHEMES = `
  SELECT s.id, s.project_id, p.name AS project_name, s.name, s.description, s.kind, s.trigger, s.amount::float8 AS amount, s.scale_by_weight,
         s.business_areas, s.technology_types, s.budget_cap::float8 AS budget_cap, s.active_from, s.active_until, s.active, s.created_at, s.updated_at,
         coalesce(b.committed, 0)::float8 AS committed, coalesce(b.paid, 0)::float8 AS paid, coalesce(k.skipped, 0)::int AS skipped, k.last_reason
    FROM incentive_schemes s
    LEFT JOIN projects p ON p.tenant_id = s.tenant_id AND p.id = s.project_id
    LEFT JOIN LATERAL (SELECT sum(a.amount) FILTER (WHERE a.status <> 'rejected') AS committed, sum(a.amount) FILTER (WHERE a.status = 'paid') AS paid
                         FROM incentive_awards a WHERE a.tenant_id = s.tenant_id AND a.scheme_id = s.id) b ON true
    LEFT JOIN LATERAL (SELECT count(*) AS skipped, (array_agg(x.reason ORDER BY x.updated_at DESC, x.id DESC))[1] AS last_reason
                         FROM incentive_skips x WHERE x.tenant_id = s.tenant_id AND x.scheme_id = s.id) k ON true`;

function toScheme(r: SchemeSql, withBudget: boolean): IncentiveScheme {
  const unit = incentiveUnit(r.kind);
  const remaining = r.budget_cap === null ? null : Math.max(0, Math.round((r.budget_cap - r.committed) * 100) / 100);
  // Facts only: the web words them in the reader's language.
  const stop: BudgetStop | null = r.skipped > 0 ? (remaining !== null && remaining > 0 ? 'short' : 'used_up') : remaining !== null && remaining <= 0 ? 'used_up' : null;
  return {
    id: r.id, projectId: r.project_id, projectName: r.project_name, name: r.name, description: r.description, kind: r.kind, trigger: r.trigger,
    amount: r.amount, unit, scaleByWeight: r.scale_by_weight, businessAreas: r.business_areas, technologyTypes: r.technology_types, budgetCap: r.budget_cap,
    activeFrom: r.active_from, activeUntil: r.active_until, active: r.active,
    budget: withBudget ? { committed: r.committed, paid: r.paid, remaining, skipped: r.skipped, stop } : null,
    createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}

interface AwardSql {
  id: string; scheme_id: string; scheme_name: string; kind: IncentiveKind; unit: IncentiveUnit; recipient_user_id: string; recipient_name: string | null;
  amount: number; status: AwardStatus; reason_type: 'task' | 'kpi' | 'team'; reason_id: string; reason_title: string; project_id: string; project_name: string;
  explanation: string; basis: AwardBasis; rejection_reason: string | null; decided_by: string | null; decided_by_name: string | null; decided_at: Date | null; paid_at: Date | null;
  created_at: Date;
}

const AWARDS = `
  SELECT a.id, a.scheme_id, s.name AS scheme_name, s.kind, a.unit, a.recipient_user_id, ru.display_name AS recipient_name, a.amount::float8 AS amount, a.status,
         a.reason_type, a.reason_id, a.reason_title, a.project_id, p.name AS project_name, a.explanation, a.basis, a.rejection_reason,
         a.decided_by, du.display_name AS decided_by_name, a.decided_at, a.paid_at, a.created_at
    FROM incentive_awards a
    JOIN incentive_schemes s ON s.tenant_id = a.tenant_id AND s.id = a.scheme_id
    JOIN projects p ON p.tenant_id = a.tenant_id AND p.id = a.project_id
    LEFT JOIN users ru ON ru.id = a.recipient_user_id
    LEFT JOIN users du ON du.id = a.decided_by`;

function toAward(r: AwardSql): IncentiveAward {
  return {
    id: r.id, schemeId: r.scheme_id, schemeName: r.scheme_name, kind: r.kind, unit: r.unit, recipientId: r.recipient_user_id, recipientName: r.recipient_name ?? '',
    amount: r.amount, status: r.status,
    reason: { type: r.reason_type, id: r.reason_id, title: r.reason_title, projectId: r.project_id, projectName: r.project_name },
    basis: r.basis, rejectionReason: r.rejection_reason, decidedBy: r.decided_by, decidedByName: r.decided_by_name,
    decidedAt: r.decided_at?.toISOString() ?? null, paidAt: r.paid_at?.toISOString() ?? null, createdAt: r.created_at.toISOString(),
  };
}

const invalid = (field: string, code: string, message: string) => ProblemException.validation([{ field, code, message }]);

/** Incentive schemes, the award queue and decisions, my awards, the points leaderboard. */
@Injectable()
export class IncentivesService {
  private readonly logger = new Logger('Incentives');

  constructor(private readonly tx: TransactionRunner, private readonly producer: JobProducer, private readonly events: LiveEventPublisher) {}

  /** Asks the worker to evaluate these projects now; the sweep does it anyway if this is lost. */
  private async requestEvaluation(projectIds: string[]): Promise<void> {
    const tenantId = RequestContext.current().tenantId as string;
    for (const projectId of projectIds) {
      try {
        await this.producer.enqueue(QueueNames.progress, 'evaluate-incentives', { tenantId, projectId }, { jobId: incentivesJobId(projectId), removeOnComplete: true, removeOnFail: 100 });
      } catch (error) {
        this.logger.warn(`evaluation of ${projectId} not queued (the sweep will catch up): ${(error as Error).message}`);
        return;
      }
    }
  }

  // ── schemes ──────────────────────────────────────────────────────────────────────────────────

  private async scheme(m: EntityManager, id: string): Promise<IncentiveScheme> {
    const rows: SchemeSql[] = await m.query(`${SCHEMES} WHERE s.id = $1`, [id]);
    if (!rows[0]) throw ProblemException.notFound('No incentive scheme with this id.');
    return toScheme(rows[0], isLeader());
  }

  listSchemes(q: SchemeQueryDto): Promise<Page<IncentiveScheme>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows: SchemeSql[] = await m.query(
        `${SCHEMES} WHERE ($1::uuid IS NULL OR s.project_id = $1 OR s.project_id IS NULL) AND ($2::text IS NULL OR s.trigger = $2)
                      AND ($3::boolean IS NULL OR s.active = $3) AND ($4::uuid IS NULL OR s.id > $4)
          ORDER BY s.id LIMIT $5`,
        [q.projectId ?? null, q.trigger ?? null, q.active ?? null, cursor, limit + 1],
      );
      const leader = isLeader();
      const items = rows.slice(0, limit).map((r) => toScheme(r, leader));
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  getScheme(id: string): Promise<IncentiveScheme> {
    return this.tx.run((m) => this.scheme(m, id));
  }

  /** The rule's own consistency: filters and weight scaling belong to task_done; dates in order; the project exists. */
  private async validateScheme(m: EntityManager, s: { projectId: string | null; trigger: IncentiveTrigger; scaleByWeight: boolean; businessAreas: string[]; technologyTypes: string[]; activeFrom: string | null; activeUntil: string | null }): Promise<void> {
    const errors = [];
    if (s.trigger !== 'task_done') {
      if (s.scaleByWeight) errors.push({ field: 'scaleByWeight', code: 'trigger', message: 'scaleByWeight applies to the task_done trigger only' });
      if (s.businessAreas.length) errors.push({ field: 'businessAreas', code: 'trigger', message: 'businessAreas apply to the task_done trigger only' });
      if (s.technologyTypes.length) errors.push({ field: 'technologyTypes', code: 'trigger', message: 'technologyTypes apply to the task_done trigger only' });
    }
    if (s.activeFrom && s.activeUntil && s.activeUntil < s.activeFrom) errors.push({ field: 'activeUntil', code: 'order', message: 'activeUntil must not be before activeFrom' });
    if (s.projectId && !(await m.query('SELECT 1 FROM projects WHERE id = $1', [s.projectId])).length) {
      errors.push({ field: 'projectId', code: 'exists', message: 'projectId names no project of this enterprise' });
    }
    if (errors.length) throw ProblemException.validation(errors);
  }

  /** Projects a scheme's rule looks at: its own project, or every project that is not archived. */
  private async projectsOf(m: EntityManager, projectId: string | null): Promise<string[]> {
    if (projectId) return [projectId];
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM projects WHERE status <> 'archived' ORDER BY id LIMIT 500`);
    return rows.map((r) => r.id);
  }

  async createScheme(body: CreateSchemeDto): Promise<IncentiveScheme> {
    const next = {
      projectId: body.projectId ?? null, trigger: body.trigger, scaleByWeight: body.scaleByWeight ?? false, businessAreas: [...new Set(body.businessAreas ?? [])],
      technologyTypes: [...new Set(body.technologyTypes ?? [])], activeFrom: body.activeFrom ?? null, activeUntil: body.activeUntil ?? null,
    };
    try {
      const { scheme, projects } = await this.tx.run(async (m) => {
        await this.validateScheme(m, next);
        const [row] = await m.query(
          `INSERT INTO incentive_schemes (tenant_id, project_id, name, description, kind, trigger, amount, scale_by_weight, business_areas, technology_types,
                                          budget_cap, active_from, active_until, active, created_by)
           VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, app_user_id()) RETURNING id`,
          [next.projectId, body.name, body.description ?? '', body.kind, body.trigger, body.amount, next.scaleByWeight, next.businessAreas, next.technologyTypes,
            body.budgetCap ?? null, next.activeFrom, next.activeUntil, body.active ?? true],
        );
        const projects = await this.projectsOf(m, next.projectId);
        await markForEvaluation(m, projects);
        return { scheme: await this.scheme(m, row.id), projects };
      });
      await this.requestEvaluation(projects);
      return scheme;
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'There is already an incentive scheme with this name.');
      throw error;
    }
  }

  async updateScheme(id: string, body: UpdateSchemeDto): Promise<IncentiveScheme> {
    try {
      const { scheme, projects } = await this.tx.run(async (m) => {
        const before = await this.scheme(m, id);
        const next = {
          projectId: body.projectId !== undefined ? body.projectId : before.projectId,
          trigger: body.trigger ?? before.trigger,
          scaleByWeight: body.scaleByWeight ?? before.scaleByWeight,
          businessAreas: body.businessAreas ? [...new Set(body.businessAreas)] : before.businessAreas,
          technologyTypes: body.technologyTypes ? [...new Set(body.technologyTypes)] : before.technologyTypes,
          activeFrom: body.activeFrom !== undefined ? body.activeFrom : before.activeFrom,
          activeUntil: body.activeUntil !== undefined ? body.activeUntil : before.activeUntil,
        };
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM incentive_awards WHERE scheme_id = $1`, [id]);
        if (n > 0 && ((body.trigger !== undefined && body.trigger !== before.trigger) || (body.kind !== undefined && incentiveUnit(body.kind) !== before.unit))) {
          throw ProblemException.conflict(body.trigger !== undefined && body.trigger !== before.trigger ? 'trigger' : 'kind',
            'This scheme already has awards: its trigger and unit cannot change. Deactivate it and create a new scheme instead.', 'has_awards');
        }
        await this.validateScheme(m, next);
        await m.query(
          `UPDATE incentive_schemes SET project_id = $2, name = $3, description = $4, kind = $5, trigger = $6, amount = $7, scale_by_weight = $8, business_areas = $9,
                  technology_types = $10, budget_cap = $11, active_from = $12, active_until = $13, active = $14, updated_at = now()
            WHERE id = $1`,
          [id, next.projectId, body.name ?? before.name, body.description ?? before.description, body.kind ?? before.kind, next.trigger, body.amount ?? before.amount,
            next.scaleByWeight, next.businessAreas, next.technologyTypes, body.budgetCap !== undefined ? body.budgetCap : before.budgetCap, next.activeFrom,
            next.activeUntil, body.active ?? before.active],
        );
        const projects = [...new Set([...(await this.projectsOf(m, next.projectId)), ...(before.projectId ? [before.projectId] : [])])];
        await markForEvaluation(m, projects);
        return { scheme: await this.scheme(m, id), projects };
      });
      await this.requestEvaluation(projects);
      return scheme;
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'There is already an incentive scheme with this name.');
      throw error;
    }
  }

  /** Deletes a scheme with its proposals and skips; one with approved or paid awards is kept (deactivate it instead). */
  removeScheme(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      await this.scheme(m, id);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM incentive_awards WHERE scheme_id = $1 AND status IN ('approved', 'paid')`, [id]);
      if (n > 0) throw ProblemException.conflict('id', `This scheme has ${n} approved or paid award${n === 1 ? '' : 's'}: deactivate it instead of deleting it.`, 'has_awards');
      await m.query('DELETE FROM incentive_schemes WHERE id = $1', [id]);
    });
  }

  // ── awards ───────────────────────────────────────────────────────────────────────────────────

  listAwards(q: AwardQueryDto): Promise<Page<IncentiveAward>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows: AwardSql[] = await m.query(
        `${AWARDS} WHERE ($1::text IS NULL OR a.status = $1) AND ($2::uuid IS NULL OR a.scheme_id = $2) AND ($3::uuid IS NULL OR a.recipient_user_id = $3)
                     AND ($4::uuid IS NULL OR a.project_id = $4) AND ($5::uuid IS NULL OR a.id < $5)
          ORDER BY a.id DESC LIMIT $6`,
        [q.status ?? null, q.schemeId ?? null, q.recipientId ?? null, q.projectId ?? null, cursor, limit + 1],
      );
      const items = rows.slice(0, limit).map(toAward);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  /** An award: leaders see any; a member sees only their own (others' answer 404, like a foreign id). */
  getAward(id: string): Promise<IncentiveAward> {
    return this.tx.run(async (m) => {
      const rows: AwardSql[] = await m.query(`${AWARDS} WHERE a.id = $1 AND ($2 OR a.recipient_user_id = app_user_id())`, [id, isLeader()]);
      if (!rows[0]) throw ProblemException.notFound('No award with this id.');
      return toAward(rows[0]);
    });
  }

  /**
   * approve / reject (with a reason) a proposed award, pay an approved one; anything else is 409.
   * A leader does not decide on their own award (owners may: someone must be able to).
   */
  async decide(id: string, body: DecideAwardDto): Promise<IncentiveAward> {
    if (body.action === 'reject' && !body.reason) throw invalid('reason', 'required', 'reason is required to reject an award');
    const { userId, role } = RequestContext.current();
    const { award, projects } = await this.tx.run(async (m) => {
      const rows: Array<{ status: AwardStatus; recipient_user_id: string; scheme_id: string }> = await m.query(
        'SELECT status, recipient_user_id, scheme_id FROM incentive_awards WHERE id = $1 FOR UPDATE', [id],
      );
      if (!rows[0]) throw ProblemException.notFound('No award with this id.');
      const { status, recipient_user_id, scheme_id } = rows[0];
      if (role !== 'owner' && recipient_user_id === userId) throw new ForbiddenException('You may not decide on your own award; an owner does.');
      const next = awardTransition(status, body.action);
      if (!next) {
        const hint = body.action === 'pay' ? 'only an approved award can be marked paid' : 'only a proposed award can be approved or rejected';
        throw ProblemException.conflict('action', `This award is ${status}: ${hint}.`, 'state');
      }
      if (next === 'paid') {
        await m.query(`UPDATE incentive_awards SET status = 'paid', paid_at = now(), updated_at = now() WHERE id = $1`, [id]);
      } else {
        await m.query(
          `UPDATE incentive_awards SET status = $2, rejection_reason = $3, decided_by = app_user_id(), decided_at = now(), updated_at = now() WHERE id = $1`,
          [id, next, next === 'rejected' ? body.reason : null],
        );
      }
      // A rejection frees budget: achievements skipped for the cap get their chance again.
      let projects: string[] = [];
      if (next === 'rejected') {
        projects = (await m.query('SELECT DISTINCT project_id FROM incentive_skips WHERE scheme_id = $1', [scheme_id])).map((r: { project_id: string }) => r.project_id);
        await markForEvaluation(m, projects);
      }
      const [row]: AwardSql[] = await m.query(`${AWARDS} WHERE a.id = $1`, [id]);
      return { award: toAward(row), projects };
    });
    await this.requestEvaluation(projects);
    // The recipient's open "my awards" page (and other leaders' queues) hear of the decision.
    await this.events.publish(RequestContext.current().tenantId as string, { type: 'awards', projectId: award.reason.projectId, at: new Date().toISOString() });
    return award;
  }

  /** The caller's own awards, newest first, with totals (approved + paid; pending = still proposed). */
  myAwards(): Promise<MyAwardsSummary> {
    return this.tx.run(async (m) => {
      const rows: AwardSql[] = await m.query(`${AWARDS} WHERE a.recipient_user_id = app_user_id() ORDER BY a.id DESC LIMIT 500`);
      const [t] = await m.query(
        `SELECT coalesce(sum(amount) FILTER (WHERE unit = 'cny' AND status IN ('approved', 'paid')), 0)::float8 AS cny,
                coalesce(sum(amount) FILTER (WHERE unit = 'points' AND status IN ('approved', 'paid')), 0)::float8 AS points,
                count(*) FILTER (WHERE status = 'proposed')::int AS pending
           FROM incentive_awards WHERE recipient_user_id = app_user_id()`,
      );
      return { items: rows.map(toAward), totals: { cny: t.cny, points: t.points, pending: t.pending } };
    });
  }

  /** Members by points (approved + paid points awards), then training hours. No money in it: every member may see it. */
  leaderboard(): Promise<LeaderboardEntry[]> {
    return this.tx.run(async (m) => {
      const rows: Array<{ user_id: string; name: string | null; points: number; awards: number; training_hours: number }> = await m.query(
        `SELECT tm.user_id, u.display_name AS name,
                coalesce(a.points, 0)::float8 AS points, coalesce(a.awards, 0)::int AS awards, coalesce(t.hours, 0)::float8 AS training_hours
           FROM tenant_memberships tm
           LEFT JOIN users u ON u.id = tm.user_id
           LEFT JOIN (SELECT recipient_user_id, sum(amount) FILTER (WHERE unit = 'points') AS points, count(*) AS awards
                        FROM incentive_awards WHERE status IN ('approved', 'paid') GROUP BY recipient_user_id) a ON a.recipient_user_id = tm.user_id
           LEFT JOIN (SELECT user_id, sum(hours) AS hours FROM training_records GROUP BY user_id) t ON t.user_id = tm.user_id
          ORDER BY points DESC, training_hours DESC, name, tm.user_id
          LIMIT 50`,
      );
      return rows.map((r) => ({ userId: r.user_id, name: r.name ?? '', points: r.points, awards: r.awards, trainingHours: r.training_hours }));
    });
  }
}
