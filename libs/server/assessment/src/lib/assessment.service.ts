import { ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, decodeCursor, encodeCursor, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { JobProducer, QueueNames, scoreAssessmentJobId } from '@xinzhi/server-queue';
import {
  Assessment,
  AssessmentComparison,
  AssessmentFramework,
  AssessmentFrameworkDefinition,
  AssessmentFrameworkSummary,
  AssessmentQuery,
  AssessmentSummary,
  ASSESSMENT_TITLE_MAX,
  AssignStepsRequest,
  CreateAssessmentRequest,
  FieldError,
  frameworkSteps,
  optionFromEvidence,
  Page,
  PAGE_LIMIT_DEFAULT,
  PROBLEM_CODES,
  SaveAnswersRequest,
} from '@xinzhi/shared-contracts';
import {
  AssessmentRecord,
  callerLocale,
  deleteAssessment,
  deleteItemAnswer,
  findAssessment,
  insertAssessment,
  isMember,
  itemAnswers,
  listAssessments,
  lockAssessment,
  markSubmitted,
  myAssignedSteps,
  sceneAnswers,
  setStepAssignment,
  stepAssignments,
  upsertItemAnswer,
  upsertSceneAnswer,
} from './assessment.data';
import { frameworkDefinition, loadFramework } from './frameworks';
import { listFrameworks } from './frameworks.data';
import { answerProblems, compareResults } from './scoring';

/** Owners and leaders create, assign, submit and delete, and answer every step. */
function isLeader(): boolean {
  const role = RequestContext.current().role;
  return role === 'owner' || role === 'leader';
}

const notFound = () => ProblemException.notFound('No assessment with this id.');
const notDraft = (status: string) =>
  ProblemException.conflict('status', `This assessment is ${status}: only a draft can change.`, PROBLEM_CODES.state);

/** The step each item (its dimension) and each scene (its group) belongs to. */
function stepOf(def: AssessmentFrameworkDefinition): { items: Map<string, string>; scenes: Map<string, string> } {
  const items = new Map<string, string>();
  for (const d of def.dimensions) for (const item of d.items) items.set(item.id, d.id);
  return { items, scenes: new Map(def.scenes.map((s) => [s.id, s.group])) };
}

/** The summary part of a stored assessment. */
function summaryOf({ result: _result, createdBy: _createdBy, submittedBy: _submittedBy, ...summary }: AssessmentRecord): AssessmentSummary {
  return summary;
}

/** Assessments: drafts collecting answers, assignments of steps, submission, and the scored results. */
@Injectable()
export class AssessmentService {
  private readonly logger = new Logger('Assessments');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly producer: JobProducer,
    private readonly clock: Clock,
  ) {}

  // ── frameworks ────────────────────────────────────────────────────────────────────────────────

  listFrameworks(): Promise<AssessmentFrameworkSummary[]> {
    return this.tx.run((m) => listFrameworks(m));
  }

  getFramework(id: string): Promise<AssessmentFramework> {
    return this.tx.run(async (m) => {
      const f = await loadFramework(m, id);
      if (!f) throw ProblemException.notFound('No assessment framework with this id.');
      return { ...f.definition, id: f.id, current: f.current, publishedAt: f.publishedAt, steps: frameworkSteps(f.definition) };
    });
  }

  // ── assessments ───────────────────────────────────────────────────────────────────────────────

  private async record(m: EntityManager, id: string): Promise<AssessmentRecord> {
    const a = await findAssessment(m, id);
    if (!a) throw notFound();
    return a;
  }

  private async definition(m: EntityManager, frameworkId: string): Promise<AssessmentFrameworkDefinition> {
    const def = await frameworkDefinition(m, frameworkId);
    if (!def) throw new Error(`framework ${frameworkId} of an assessment is missing`);
    return def;
  }

  /** The steps the caller may answer now: all for owners and leaders, their assigned ones for others; none once submitted. */
  private async editableSteps(m: EntityManager, id: string, status: string, def: AssessmentFrameworkDefinition): Promise<string[]> {
    if (status !== 'draft') return [];
    if (isLeader()) return frameworkSteps(def).map((s) => s.id);
    const mine = new Set(await myAssignedSteps(m, id));
    return frameworkSteps(def)
      .map((s) => s.id)
      .filter((s) => mine.has(s));
  }

  /** The whole assessment as the caller sees it. */
  private async view(m: EntityManager, id: string): Promise<Assessment> {
    const a = await this.record(m, id);
    const def = await this.definition(m, a.frameworkId);
    const { result, ...summary } = a;
    return {
      ...summary,
      items: await itemAnswers(m, id),
      scenes: await sceneAnswers(m, id),
      assignments: await stepAssignments(m, id),
      editableSteps: await this.editableSteps(m, id, a.status, def),
      dimensionPoints: result?.dimensionPoints ?? null,
      itemPoints: result?.itemPoints ?? null,
      sceneLevels: result?.sceneLevels ?? null,
      decidedBy: result?.decidedBy ?? null,
      gaps: result?.gaps ?? null,
    };
  }

  list(q: AssessmentQuery): Promise<Page<AssessmentSummary>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const before = decodeCursor(q.cursor);
    return this.tx.run(async (m) => {
      const rows = await listAssessments(m, { status: q.status ?? null, before, limit: limit + 1 });
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<Assessment> {
    return this.tx.run((m) => this.view(m, id));
  }

  /** A draft against a published framework; titled "<framework name> <today>" in the caller's language unless a title is given. */
  create(body: CreateAssessmentRequest): Promise<Assessment> {
    return this.tx.run(async (m) => {
      const framework = await loadFramework(m, body.frameworkId);
      if (!framework) {
        throw ProblemException.validation([
          { field: 'frameworkId', code: PROBLEM_CODES.exists, message: 'frameworkId names no published assessment framework' },
        ]);
      }
      const locale = (await callerLocale(m)) ?? 'zh-CN';
      const title = body.title ?? `${framework.definition.name[locale]} ${this.clock.today()}`.slice(0, ASSESSMENT_TITLE_MAX);
      const id = await insertAssessment(m, { frameworkId: framework.id, title, createdBy: RequestContext.current().userId });
      return this.view(m, id);
    });
  }

  /**
   * Merges answers into a draft. Everything is checked before anything is written: the answers
   * against the framework (400), then the caller's steps (403: others than owners and leaders
   * answer only the steps assigned to them). An item sent with no option and no evidence becomes
   * unanswered; with evidence complete enough to choose its option and none chosen, that option is
   * stored; an item or scene not sent keeps its answer.
   */
  saveAnswers(id: string, body: SaveAnswersRequest): Promise<Assessment> {
    return this.tx.run(async (m) => {
      const locked = await lockAssessment(m, id);
      if (!locked) throw notFound();
      if (locked.status !== 'draft') throw notDraft(locked.status);
      const def = await this.definition(m, locked.framework_id);
      const leader = isLeader();
      if (!leader && (await myAssignedSteps(m, id)).length === 0) {
        throw new ForbiddenException('No step of this assessment is assigned to you: the owner or a leader assigns steps.');
      }
      const problems = answerProblems(def, body);
      if (problems.length) throw ProblemException.validation(problems, 'Some answers do not fit the questionnaire.');
      const steps = stepOf(def);
      if (!leader) {
        const mine = new Set(await myAssignedSteps(m, id));
        const foreign = [
          ...(body.items ?? []).map((a) => steps.items.get(a.itemId)),
          ...(body.scenes ?? []).map((a) => steps.scenes.get(a.sceneId)),
        ].filter((step) => !step || !mine.has(step));
        if (foreign.length) {
          throw new ForbiddenException(`You answer only the steps assigned to you (${[...mine].join(', ')}); nothing was saved.`);
        }
      }
      const by = RequestContext.current().userId;
      const items = new Map(def.dimensions.flatMap((d) => d.items).map((item) => [item.id, item]));
      for (const answer of body.items ?? []) {
        const evidence = answer.evidence && Object.keys(answer.evidence).length ? answer.evidence : null;
        let optionIds = answer.optionIds;
        if (!optionIds.length && evidence) {
          const chosen = optionFromEvidence(items.get(answer.itemId) ?? {}, evidence);
          if (chosen) optionIds = [chosen];
        }
        if (!optionIds.length && !evidence) await deleteItemAnswer(m, id, answer.itemId);
        else await upsertItemAnswer(m, id, { itemId: answer.itemId, optionIds, evidence, by });
      }
      for (const answer of body.scenes ?? []) await upsertSceneAnswer(m, id, { sceneId: answer.sceneId, level: answer.level, by });
      return this.view(m, id);
    });
  }

  /** Who answers which step of a draft; only the steps given change (`userId: null` takes one back). */
  assign(id: string, body: AssignStepsRequest): Promise<Assessment> {
    return this.tx.run(async (m) => {
      const locked = await lockAssessment(m, id);
      if (!locked) throw notFound();
      if (locked.status !== 'draft') throw notDraft(locked.status);
      const def = await this.definition(m, locked.framework_id);
      const stepIds = new Set(frameworkSteps(def).map((s) => s.id));
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      for (const [i, a] of body.assignments.entries()) {
        if (!stepIds.has(a.stepId)) {
          errors.push({ field: `assignments.${i}.stepId`, code: PROBLEM_CODES.exists, message: 'stepId names no step of this framework' });
        } else if (seen.has(a.stepId)) {
          errors.push({ field: `assignments.${i}.stepId`, code: PROBLEM_CODES.unique, message: 'each step may be given once' });
        }
        seen.add(a.stepId);
        if (a.userId && !(await isMember(m, a.userId))) {
          errors.push({
            field: `assignments.${i}.userId`,
            code: PROBLEM_CODES.member,
            message: 'userId is not a member of this enterprise',
          });
        }
      }
      if (errors.length) throw ProblemException.validation(errors);
      const by = RequestContext.current().userId;
      for (const a of body.assignments) await setStepAssignment(m, id, a.stepId, a.userId, by);
      return this.view(m, id);
    });
  }

  /** draft → submitted on today's business day; the worker scores it (queued after the commit, caught up by the sweep if lost). */
  async submit(id: string): Promise<Assessment> {
    const submitted = await this.tx.run(async (m) => {
      const locked = await lockAssessment(m, id);
      if (!locked) throw notFound();
      if (locked.status !== 'draft') throw notDraft(locked.status);
      await markSubmitted(m, id, RequestContext.current().userId, this.clock.today());
      return this.view(m, id);
    });
    const tenantId = RequestContext.current().tenantId as string;
    try {
      await this.producer.enqueue(
        QueueNames.assessment,
        'score-assessment',
        { tenantId, assessmentId: id },
        { jobId: scoreAssessmentJobId(id), removeOnComplete: true, removeOnFail: 100 },
      );
    } catch (error) {
      this.logger.warn(`scoring of ${id} not queued (the sweep will catch up): ${(error as Error).message}`);
    }
    return submitted;
  }

  /** Drafts only: a submitted assessment is part of the enterprise's record. */
  remove(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      const locked = await lockAssessment(m, id);
      if (!locked) throw notFound();
      if (locked.status !== 'draft') throw notDraft(locked.status);
      await deleteAssessment(m, id);
    });
  }

  /** T0 (`withId`) → T1 (`id`): both scored, of the same framework key. */
  compare(id: string, withId: string): Promise<AssessmentComparison> {
    return this.tx.run(async (m) => {
      const to = await this.record(m, id);
      const from = await findAssessment(m, withId);
      if (!from) throw ProblemException.notFound('No assessment with the id given in `with`.');
      for (const [field, a] of [
        ['id', to],
        ['with', from],
      ] as const) {
        if (a.status !== 'scored' || !a.result) {
          throw ProblemException.conflict(
            field,
            `Assessment “${a.title}” is not scored yet: only scored ones compare.`,
            PROBLEM_CODES.state,
          );
        }
      }
      if (from.frameworkKey !== to.frameworkKey) {
        throw ProblemException.validation([
          { field: 'with', code: PROBLEM_CODES.invalid, message: 'the two assessments were taken with different frameworks' },
        ]);
      }
      const delta = compareResults(
        { def: await this.definition(m, from.frameworkId), result: from.result as NonNullable<AssessmentRecord['result']> },
        { def: await this.definition(m, to.frameworkId), result: to.result as NonNullable<AssessmentRecord['result']> },
      );
      return { from: summaryOf(from), to: summaryOf(to), ...delta };
    });
  }
}
