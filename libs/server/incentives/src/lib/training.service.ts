import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, decodeCursor, encodeCursor, ProblemException, RequestContext } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { Page, PAGE_LIMIT_DEFAULT, SKILL_TAGS, SkillTag, SkillsMatrix, TrainingRecord } from '@xinzhi/shared-contracts';
import { CreateTrainingDto, TrainingQueryDto, UpdateTrainingDto } from './dto';
import { isLeader } from './incentives.service';

interface TrainingSql {
  id: string; user_id: string; user_name: string | null; course: string; provider: string; hours: number; completed_on: string; skills: SkillTag[];
  note: string | null; created_by: string | null; created_at: Date;
}

const TRAINING = `
  SELECT r.id, r.user_id, u.display_name AS user_name, r.course, r.provider, r.hours::float8 AS hours, r.completed_on, r.skills, r.note, r.created_by, r.created_at
    FROM training_records r LEFT JOIN users u ON u.id = r.user_id`;

const toRecord = (r: TrainingSql): TrainingRecord => ({
  id: r.id, userId: r.user_id, userName: r.user_name ?? '', course: r.course, provider: r.provider, hours: r.hours, completedOn: r.completed_on,
  skills: r.skills, note: r.note, createdBy: r.created_by, createdAt: r.created_at.toISOString(),
});

/** `today` is the business calendar's day (Clock.today()). */
const notFuture = (completedOn: string | undefined, today: string) => {
  if (completedOn && completedOn > today) throw ProblemException.validation([{ field: 'completedOn', code: 'future', message: 'completedOn must not be after today' }]);
};
/** Tags in their canonical order, each once. */
const canonical = (skills: SkillTag[]) => SKILL_TAGS.filter((s) => skills.includes(s));

/**
 * Training records: members add and keep their own, owners and leaders anyone's. A member who is
 * not a leader sees only their own (another member's record answers 404, like a foreign id).
 */
@Injectable()
export class TrainingService {
  constructor(private readonly tx: TransactionRunner, private readonly clock: Clock) {}

  private async one(m: EntityManager, id: string): Promise<TrainingRecord> {
    const rows: TrainingSql[] = await m.query(`${TRAINING} WHERE r.id = $1 AND ($2 OR r.user_id = app_user_id())`, [id, isLeader()]);
    if (!rows[0]) throw ProblemException.notFound('No training record with this id.');
    return toRecord(rows[0]);
  }

  list(q: TrainingQueryDto, onlyMine: boolean): Promise<Page<TrainingRecord>> {
    const limit = q.limit ?? PAGE_LIMIT_DEFAULT;
    const cursor = decodeCursor(q.cursor);
    const user = onlyMine || !isLeader() ? (RequestContext.current().userId as string) : (q.userId ?? null);
    return this.tx.run(async (m) => {
      const rows: TrainingSql[] = await m.query(
        `${TRAINING} WHERE ($1::uuid IS NULL OR r.user_id = $1) AND ($2::text IS NULL OR $2 = ANY (r.skills)) AND ($3::uuid IS NULL OR r.id < $3)
          ORDER BY r.id DESC LIMIT $4`,
        [user, q.skill ?? null, cursor, limit + 1],
      );
      const items = rows.slice(0, limit).map(toRecord);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  get(id: string): Promise<TrainingRecord> {
    return this.tx.run((m) => this.one(m, id));
  }

  create(body: CreateTrainingDto): Promise<TrainingRecord> {
    const self = RequestContext.current().userId as string;
    const userId = body.userId ?? self;
    if (userId !== self && !isLeader()) throw new ForbiddenException('Only owners and leaders add training records for someone else.');
    notFuture(body.completedOn, this.clock.today());
    return this.tx.run(async (m) => {
      if (!(await m.query('SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length) {
        throw ProblemException.validation([{ field: 'userId', code: 'member', message: 'userId is not a member of this enterprise' }]);
      }
      const [row] = await m.query(
        `INSERT INTO training_records (tenant_id, user_id, course, provider, hours, completed_on, skills, note, created_by)
         VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, app_user_id()) RETURNING id`,
        [userId, body.course, body.provider, body.hours, body.completedOn, canonical(body.skills), body.note || null],
      );
      return this.one(m, row.id);
    });
  }

  update(id: string, body: UpdateTrainingDto): Promise<TrainingRecord> {
    notFuture(body.completedOn, this.clock.today());
    return this.tx.run(async (m) => {
      const before = await this.one(m, id);
      await m.query(
        `UPDATE training_records SET course = $2, provider = $3, hours = $4, completed_on = $5, skills = $6, note = $7, updated_at = now() WHERE id = $1`,
        [id, body.course ?? before.course, body.provider ?? before.provider, body.hours ?? before.hours, body.completedOn ?? before.completedOn,
          body.skills ? canonical(body.skills) : before.skills, body.note !== undefined ? body.note || null : before.note],
      );
      return this.one(m, id);
    });
  }

  remove(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      await this.one(m, id);
      await m.query('DELETE FROM training_records WHERE id = $1', [id]);
    });
  }

  /**
   * Members × skill tags, in hours. A course counts in full for each of its tags (a course on AI
   * and data analysis trains both); a member's total is the hours of their courses, counted once.
   * Thin: skills fewer than two members have trained, and the skill(s) with the fewest hours.
   */
  skillsMatrix(): Promise<SkillsMatrix> {
    return this.tx.run(async (m) => {
      const rows: Array<{ user_id: string; name: string | null; skills: SkillTag[] | null; hours: number | null }> = await m.query(
        `SELECT tm.user_id, u.display_name AS name, r.skills, r.hours::float8 AS hours
           FROM tenant_memberships tm
           LEFT JOIN users u ON u.id = tm.user_id
           LEFT JOIN training_records r ON r.user_id = tm.user_id
          ORDER BY u.display_name, tm.user_id`,
      );
      const zero = () => Object.fromEntries(SKILL_TAGS.map((s) => [s, 0])) as Record<SkillTag, number>;
      const members = new Map<string, { userId: string; name: string; hours: Record<SkillTag, number>; total: number }>();
      const totals = zero();
      for (const r of rows) {
        const member = members.get(r.user_id) ?? { userId: r.user_id, name: r.name ?? '', hours: zero(), total: 0 };
        members.set(r.user_id, member);
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
