import { ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Clock,
  decodeCursor,
  encodeCursor,
  exportLocale,
  namesLanguage,
  isUniqueViolation,
  ProblemException,
  RequestContext,
  writeWorkbook,
} from '@xinzhi/server-core';
import { actingUserLocale, auditChanges, AuditLog, notify, TransactionRunner } from '@xinzhi/server-db';
import { awardSheet, INCENTIVE_EXPORT_MAX } from './incentives-export';
import { incentivesJobId, JobProducer, LiveEventPublisher, QueueNames } from '@xinzhi/server-queue';
import {
  awardTransition,
  CreateIncentiveSchemeRequest,
  DecideAwardRequest,
  FieldError,
  IncentiveAward,
  IncentiveAwardQuery,
  IncentiveScheme,
  IncentiveSchemeQuery,
  incentiveUnit,
  LeaderboardEntry,
  MyAwardsSummary,
  Page,
  PAGE_LIMIT_DEFAULT,
  PROBLEM_CODES,
  UpdateIncentiveSchemeRequest,
} from '@xinzhi/shared-contracts';
import { markForEvaluation } from './evaluate.data';
import {
  countSchemeAwards,
  decideAward,
  deleteScheme,
  findAward,
  lockAward,
  findScheme,
  insertScheme,
  leaderboard,
  listAwards,
  listSchemes,
  markAwardPaid,
  myAwards,
  openProjectIds,
  projectExists,
  SchemeFields,
  skippedProjectIds,
  updateScheme,
} from './incentives.data';

/** Owners and leaders see and decide everything here. */
export function isLeader(): boolean {
  const role = RequestContext.current().role;
  return role === 'owner' || role === 'leader';
}

/** Fields an audit event of a scheme change tells, by the name the log shows. */
const AUDITED_SCHEME: Readonly<Record<string, keyof IncentiveScheme>> = {
  name: 'name',
  description: 'description',
  project: 'projectName',
  kind: 'kind',
  trigger: 'trigger',
  amount: 'amount',
  scaleByWeight: 'scaleByWeight',
  businessAreas: 'businessAreas',
  technologyTypes: 'technologyTypes',
  budgetCap: 'budgetCap',
  activeFrom: 'activeFrom',
  activeUntil: 'activeUntil',
  active: 'active',
};

const invalid = (field: string, code: string, message: string) => ProblemException.validation([{ field, code, message }]);

/** Incentive schemes, the award queue and decisions, my awards, the points leaderboard. */
@Injectable()
export class IncentivesService {
  private readonly logger = new Logger('Incentives');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
    private readonly events: LiveEventPublisher,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Asks the worker to evaluate these projects now; the sweep does it anyway if this is lost. */
  private async requestEvaluation(projectIds: string[]): Promise<void> {
    const tenantId = RequestContext.current().tenantId as string;
    for (const projectId of projectIds) {
      try {
        await this.producer.enqueue(
          QueueNames.progress,
          'evaluate-incentives',
          { tenantId, projectId },
          { jobId: incentivesJobId(projectId), removeOnComplete: true, removeOnFail: 100 },
        );
      } catch (error) {
        this.logger.warn(`evaluation of ${projectId} not queued (the sweep will catch up): ${(error as Error).message}`);
        return;
      }
    }
  }

  // ── schemes ──────────────────────────────────────────────────────────────────────────────────

  private async scheme(m: EntityManager, id: string): Promise<IncentiveScheme> {
    const scheme = await findScheme(m, id, isLeader());
    if (!scheme) throw ProblemException.notFound('No incentive scheme with this id.');
    return scheme;
  }

  listSchemes(q: IncentiveSchemeQuery): Promise<Page<IncentiveScheme>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows = await listSchemes(
        m,
        { projectId: q.projectId ?? null, trigger: q.trigger ?? null, active: q.active ?? null, after: cursor, limit: limit + 1 },
        isLeader(),
      );
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  getScheme(id: string): Promise<IncentiveScheme> {
    return this.tx.run((m) => this.scheme(m, id));
  }

  /** The rule's own consistency: filters and weight scaling belong to task_done; dates in order; the project exists. */
  private async validateScheme(m: EntityManager, s: SchemeFields): Promise<void> {
    const errors: FieldError[] = [];
    if (s.trigger !== 'task_done') {
      if (s.scaleByWeight)
        errors.push({
          field: 'scaleByWeight',
          code: PROBLEM_CODES.trigger,
          message: 'scaleByWeight applies to the task_done trigger only',
        });
      if (s.businessAreas.length)
        errors.push({ field: 'businessAreas', code: PROBLEM_CODES.trigger, message: 'businessAreas apply to the task_done trigger only' });
      if (s.technologyTypes.length)
        errors.push({
          field: 'technologyTypes',
          code: PROBLEM_CODES.trigger,
          message: 'technologyTypes apply to the task_done trigger only',
        });
    }
    if (s.activeFrom && s.activeUntil && s.activeUntil < s.activeFrom)
      errors.push({ field: 'activeUntil', code: PROBLEM_CODES.order, message: 'activeUntil must not be before activeFrom' });
    if (s.projectId && !(await projectExists(m, s.projectId))) {
      errors.push({ field: 'projectId', code: PROBLEM_CODES.exists, message: 'projectId names no project of this enterprise' });
    }
    if (errors.length) throw ProblemException.validation(errors);
  }

  /** Projects a scheme's rule looks at: its own project, or every project that is not archived. */
  private async projectsOf(m: EntityManager, projectId: string | null): Promise<string[]> {
    return projectId ? [projectId] : openProjectIds(m);
  }

  async createScheme(body: CreateIncentiveSchemeRequest): Promise<IncentiveScheme> {
    const fields: SchemeFields = {
      projectId: body.projectId ?? null,
      name: body.name,
      description: body.description ?? '',
      kind: body.kind,
      trigger: body.trigger,
      amount: body.amount,
      scaleByWeight: body.scaleByWeight ?? false,
      businessAreas: [...new Set(body.businessAreas ?? [])],
      technologyTypes: [...new Set(body.technologyTypes ?? [])],
      budgetCap: body.budgetCap ?? null,
      activeFrom: body.activeFrom ?? null,
      activeUntil: body.activeUntil ?? null,
      active: body.active ?? true,
    };
    try {
      const { scheme, projects } = await this.tx.run(async (m) => {
        await this.validateScheme(m, fields);
        const id = await insertScheme(m, fields);
        const projects = await this.projectsOf(m, fields.projectId);
        await markForEvaluation(m, projects);
        const scheme = await this.scheme(m, id);
        await this.audit.record(m, 'scheme.created', scheme.name, {
          kind: scheme.kind,
          trigger: scheme.trigger,
          amount: scheme.amount,
          unit: scheme.unit,
          project: scheme.projectName,
        });
        return { scheme, projects };
      });
      await this.requestEvaluation(projects);
      return scheme;
    } catch (error) {
      if (isUniqueViolation(error)) throw ProblemException.conflict('name', 'There is already an incentive scheme with this name.');
      throw error;
    }
  }

  async updateScheme(id: string, body: UpdateIncentiveSchemeRequest): Promise<IncentiveScheme> {
    try {
      const { scheme, projects } = await this.tx.run(async (m) => {
        const before = await this.scheme(m, id);
        const fields: SchemeFields = {
          projectId: body.projectId !== undefined ? body.projectId : before.projectId,
          name: body.name ?? before.name,
          description: body.description ?? before.description,
          kind: body.kind ?? before.kind,
          trigger: body.trigger ?? before.trigger,
          amount: body.amount ?? before.amount,
          scaleByWeight: body.scaleByWeight ?? before.scaleByWeight,
          businessAreas: body.businessAreas ? [...new Set(body.businessAreas)] : before.businessAreas,
          technologyTypes: body.technologyTypes ? [...new Set(body.technologyTypes)] : before.technologyTypes,
          budgetCap: body.budgetCap !== undefined ? body.budgetCap : before.budgetCap,
          activeFrom: body.activeFrom !== undefined ? body.activeFrom : before.activeFrom,
          activeUntil: body.activeUntil !== undefined ? body.activeUntil : before.activeUntil,
          active: body.active ?? before.active,
        };
        const triggerChanges = body.trigger !== undefined && body.trigger !== before.trigger;
        const unitChanges = body.kind !== undefined && incentiveUnit(body.kind) !== before.unit;
        if ((triggerChanges || unitChanges) && (await countSchemeAwards(m, id, false)) > 0) {
          throw ProblemException.conflict(
            triggerChanges ? 'trigger' : 'kind',
            'This scheme already has awards: its trigger and unit cannot change. Deactivate it and create a new scheme instead.',
            PROBLEM_CODES.hasAwards,
          );
        }
        await this.validateScheme(m, fields);
        await updateScheme(m, id, fields);
        const projects = [...new Set([...(await this.projectsOf(m, fields.projectId)), ...(before.projectId ? [before.projectId] : [])])];
        await markForEvaluation(m, projects);
        const scheme = await this.scheme(m, id);
        const changes = auditChanges(before, scheme, AUDITED_SCHEME);
        if (Object.keys(changes).length) await this.audit.record(m, 'scheme.updated', scheme.name, changes);
        return { scheme, projects };
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
      const scheme = await this.scheme(m, id);
      const n = await countSchemeAwards(m, id, true);
      if (n > 0)
        throw ProblemException.conflict(
          'id',
          `This scheme has ${n} approved or paid award${n === 1 ? '' : 's'}: deactivate it instead of deleting it.`,
          PROBLEM_CODES.hasAwards,
        );
      await deleteScheme(m, id);
      await this.audit.record(m, 'scheme.deleted', scheme.name, { kind: scheme.kind, amount: scheme.amount, unit: scheme.unit });
    });
  }

  // ── awards ───────────────────────────────────────────────────────────────────────────────────

  /** The award ledger for payroll (approved and paid awards, newest first; the queue's filters apply) as a workbook. */
  awardLedger(q: IncentiveAwardQuery, acceptLanguage: string | undefined): Promise<{ body: Buffer; locale: 'zh-CN' | 'en-US' }> {
    const statuses = q.status === 'approved' || q.status === 'paid' ? [q.status] : q.status ? [] : (['approved', 'paid'] as const);
    return this.tx.run(async (m) => {
      const awards: IncentiveAward[] = [];
      for (const status of statuses) {
        const filter = { schemeId: q.schemeId ?? null, recipientId: q.recipientId ?? null, projectId: q.projectId ?? null };
        awards.push(...(await listAwards(m, { status, ...filter, before: null, limit: INCENTIVE_EXPORT_MAX })));
      }
      awards.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      const locale = exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m));
      return { body: await writeWorkbook([awardSheet(awards, locale)], locale), locale };
    });
  }

  listAwards(q: IncentiveAwardQuery): Promise<Page<IncentiveAward>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows = await listAwards(m, {
        status: q.status ?? null,
        schemeId: q.schemeId ?? null,
        recipientId: q.recipientId ?? null,
        projectId: q.projectId ?? null,
        before: cursor,
        limit: limit + 1,
      });
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  /** An award: leaders see any; a member sees only their own (others' answer 404, like a foreign id). */
  getAward(id: string): Promise<IncentiveAward> {
    return this.tx.run(async (m) => {
      const award = await findAward(m, id, isLeader());
      if (!award) throw ProblemException.notFound('No award with this id.');
      return award;
    });
  }

  /**
   * approve / reject (with a reason) a proposed award, pay an approved one; anything else is 409.
   * A leader does not decide on their own award (owners may: someone must be able to).
   */
  async decide(id: string, body: DecideAwardRequest): Promise<IncentiveAward> {
    const reason = body.reason?.trim() ?? '';
    if (body.action === 'reject' && !reason) throw invalid('reason', PROBLEM_CODES.required, 'reason is required to reject an award');
    const { userId, role } = RequestContext.current();
    const { award, projects, told } = await this.tx.run(async (m) => {
      const locked = await lockAward(m, id);
      if (!locked) throw ProblemException.notFound('No award with this id.');
      const { status, recipient_user_id, scheme_id } = locked;
      if (role !== 'owner' && recipient_user_id === userId)
        throw new ForbiddenException('You may not decide on your own award; an owner does.');
      const next = awardTransition(status, body.action);
      if (!next) {
        const hint =
          body.action === 'pay' ? 'only an approved award can be marked paid' : 'only a proposed award can be approved or rejected';
        throw ProblemException.conflict('action', `This award is ${status}: ${hint}.`, PROBLEM_CODES.state);
      }
      if (next === 'paid') await markAwardPaid(m, id);
      else await decideAward(m, id, next === 'rejected' ? { status: 'rejected', reason } : { status: 'approved' });
      // A rejection frees budget: achievements skipped for the cap get their chance again.
      let projects: string[] = [];
      if (next === 'rejected') {
        projects = await skippedProjectIds(m, scheme_id);
        await markForEvaluation(m, projects);
      }
      const award = (await findAward(m, id, true)) as IncentiveAward;
      await this.audit.record(
        m,
        next === 'paid' ? 'award.paid' : next === 'rejected' ? 'award.rejected' : 'award.approved',
        award.recipientName,
        {
          scheme: award.schemeName,
          amount: award.amount,
          unit: award.unit,
          ...(next === 'rejected' ? { reason } : {}),
        },
      );
      // The recipient hears of the decision (not when deciding on their own award).
      const told = await notify(
        m,
        [
          {
            kind: next === 'paid' ? 'award_paid' : next === 'rejected' ? 'award_rejected' : 'award_approved',
            userId: award.recipientId,
            link: '/me/awards',
            params: {
              awardId: award.id,
              schemeName: award.schemeName,
              amount: award.amount,
              unit: award.unit,
              reason: next === 'rejected' ? reason : null,
            },
          },
        ],
        this.clock.today(),
      );
      return { award, projects, told };
    });
    if (told > 0)
      await this.events.publish(RequestContext.current().tenantId as string, { type: 'notifications', at: new Date().toISOString() });
    await this.requestEvaluation(projects);
    // The recipient's open "my awards" page (and other leaders' queues) hear of the decision.
    await this.events.publish(RequestContext.current().tenantId as string, {
      type: 'awards',
      projectId: award.reason.projectId,
      at: new Date().toISOString(),
    });
    return award;
  }

  /** The caller's own awards, newest first, with totals (approved + paid; pending = still proposed). */
  myAwards(): Promise<MyAwardsSummary> {
    return this.tx.run((m) => myAwards(m));
  }

  /** Members by points (approved + paid points awards), then training hours. No money in it: every member may see it. */
  leaderboard(): Promise<LeaderboardEntry[]> {
    return this.tx.run((m) => leaderboard(m));
  }
}
