import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Clock,
  decodeCursor,
  encodeCursor,
  exportLocale,
  namesLanguage,
  ProblemException,
  RequestContext,
  writeWorkbook,
} from '@xinzhi/server-core';
import { actingUserLocale, TransactionRunner } from '@xinzhi/server-db';
import { INCENTIVE_EXPORT_MAX, trainingSheet } from './incentives-export';
import {
  CreateTrainingRecordRequest,
  Page,
  PAGE_LIMIT_DEFAULT,
  PROBLEM_CODES,
  SKILL_TAGS,
  SkillTag,
  SkillsMatrix,
  TrainingRecord,
  TrainingRecordQuery,
  UpdateTrainingRecordRequest,
} from '@xinzhi/shared-contracts';
import { isLeader } from './incentives.service';
import { deleteTraining, findTraining, insertTraining, isMember, listTraining, memberTraining, updateTraining } from './training.data';

/** `today` is the business calendar's day (Clock.today()). */
const notFuture = (completedOn: string | undefined, today: string) => {
  if (completedOn && completedOn > today)
    throw ProblemException.validation([
      { field: 'completedOn', code: PROBLEM_CODES.future, message: 'completedOn must not be after today' },
    ]);
};

/**
 * Training records: members add and keep their own, owners and leaders anyone's. A member who is
 * not a leader sees only their own (another member's record answers 404, like a foreign id).
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private async one(m: EntityManager, id: string): Promise<TrainingRecord> {
    const record = await findTraining(m, id, isLeader());
    if (!record) throw ProblemException.notFound('No training record with this id.');
    return record;
  }

  list(q: TrainingRecordQuery, onlyMine: boolean): Promise<Page<TrainingRecord>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    const user = onlyMine || !isLeader() ? (RequestContext.current().userId as string) : (q.userId ?? null);
    return this.tx.run(async (m) => {
      const rows = await listTraining(m, { userId: user, skill: q.skill ?? null, before: cursor, limit: limit + 1 });
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  /** The records the list would show (everyone's for owners and leaders, else one's own), all of them, as a workbook. */
  workbook(q: TrainingRecordQuery, acceptLanguage: string | undefined): Promise<{ body: Buffer; locale: 'zh-CN' | 'en-US' }> {
    const user = isLeader() ? (q.userId ?? null) : (RequestContext.current().userId as string);
    return this.tx.run(async (m) => {
      const records = await listTraining(m, { userId: user, skill: q.skill ?? null, before: null, limit: INCENTIVE_EXPORT_MAX });
      const locale = exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m));
      return { body: await writeWorkbook([trainingSheet(records, locale)], locale), locale };
    });
  }

  get(id: string): Promise<TrainingRecord> {
    return this.tx.run((m) => this.one(m, id));
  }

  create(body: CreateTrainingRecordRequest): Promise<TrainingRecord> {
    const self = RequestContext.current().userId as string;
    const userId = body.userId ?? self;
    if (userId !== self && !isLeader()) throw new ForbiddenException('Only owners and leaders add training records for someone else.');
    notFuture(body.completedOn, this.clock.today());
    return this.tx.run(async (m) => {
      if (!(await isMember(m, userId))) {
        throw ProblemException.validation([
          { field: 'userId', code: PROBLEM_CODES.member, message: 'userId is not a member of this enterprise' },
        ]);
      }
      const id = await insertTraining(m, userId, {
        course: body.course,
        provider: body.provider,
        hours: body.hours,
        completedOn: body.completedOn,
        skills: body.skills,
        note: body.note || null,
      });
      return this.one(m, id);
    });
  }

  update(id: string, body: UpdateTrainingRecordRequest): Promise<TrainingRecord> {
    notFuture(body.completedOn, this.clock.today());
    return this.tx.run(async (m) => {
      const before = await this.one(m, id);
      await updateTraining(m, id, {
        course: body.course ?? before.course,
        provider: body.provider ?? before.provider,
        hours: body.hours ?? before.hours,
        completedOn: body.completedOn ?? before.completedOn,
        skills: body.skills ?? before.skills,
        note: body.note !== undefined ? body.note || null : before.note,
      });
      return this.one(m, id);
    });
  }

  remove(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      await deleteTraining(m, id);
    });
  }

  /**
   * Members × skill tags, in hours. A course counts in full for each of its tags (a course on AI
   * and data analysis trains both); a member's total is the hours of their courses, counted once.
   * Thin: skills fewer than two members have trained, and the skill(s) with the fewest hours.
   */
  skillsMatrix(): Promise<SkillsMatrix> {
    return this.tx.run(async (m) => {
      const rows = await memberTraining(m);
      const zero = () => Object.fromEntries(SKILL_TAGS.map((s) => [s, 0])) as Record<SkillTag, number>;
      const members = new Map<string, { userId: string; name: string; hours: Record<SkillTag, number>; total: number }>();
      const totals = zero();
      for (const r of rows) {
        const member = members.get(r.userId) ?? { userId: r.userId, name: r.name, hours: zero(), total: 0 };
        members.set(r.userId, member);
        if (!r.skills || r.hours === null) continue;
        member.total += r.hours;
        for (const skill of r.skills) {
          member.hours[skill] += r.hours;
          totals[skill] += r.hours;
        }
      }
      const list = [...members.values()];
      const fewest = Math.min(...SKILL_TAGS.map((s) => totals[s]));
      const thin = SKILL_TAGS.filter((s) => totals[s] === fewest || list.filter((x) => x.hours[s] > 0).length < 2);
      return { skills: [...SKILL_TAGS], members: list, totals, thin };
    });
  }
}
