import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { SKILL_TAGS, SkillTag, TrainingRecord } from '@xinzhi/shared-contracts';

/** What a training record holds besides its member; the rest of a `TrainingRecord` is derived. */
export type TrainingFields = Pick<TrainingRecord, 'course' | 'provider' | 'hours' | 'completedOn' | 'skills' | 'note'>;

type TrainingRow = Row<
  'training_records',
  'id' | 'user_id' | 'course' | 'provider' | 'hours' | 'completed_on' | 'skills' | 'note' | 'created_by' | 'created_at'
> & {
  user_name: Col<'users', 'display_name'> | null;
};

const TRAINING = `
  SELECT r.id, r.user_id, u.display_name AS user_name, r.course, r.provider, r.hours, r.completed_on, r.skills, r.note, r.created_by, r.created_at
    FROM training_records r LEFT JOIN users u ON u.id = r.user_id`;

/** Skill tags in their canonical order, each once (the column holds known tags only). */
export const canonicalSkills = (skills: readonly string[]): SkillTag[] => SKILL_TAGS.filter((s) => skills.includes(s));

const toRecord = (r: TrainingRow): TrainingRecord => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name ?? '',
  course: r.course,
  provider: r.provider,
  hours: Number(r.hours),
  completedOn: r.completed_on,
  skills: canonicalSkills(r.skills),
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
});

/** The columns a record's fields are written to, checked against the schema. */
function trainingColumns(f: TrainingFields): Row<'training_records', 'course' | 'provider' | 'hours' | 'completed_on' | 'skills' | 'note'> {
  return {
    course: f.course,
    provider: f.provider,
    hours: String(f.hours),
    completed_on: f.completedOn,
    skills: canonicalSkills(f.skills),
    note: f.note,
  };
}

/** A record: any when `anyone`, else only the acting user's own; null otherwise. */
export async function findTraining(m: EntityManager, id: string, anyone: boolean): Promise<TrainingRecord | null> {
  const [row] = await selectRows<TrainingRow>(m, `${TRAINING} WHERE r.id = $1 AND ($2 OR r.user_id = app_user_id())`, [id, anyone]);
  return row ? toRecord(row) : null;
}

/** Records newest first (ids below `before`), at most `limit`; of one member when `userId`, with one skill when `skill`. */
export async function listTraining(
  m: EntityManager,
  q: { userId: string | null; skill: SkillTag | null; before: string | null; limit: number },
): Promise<TrainingRecord[]> {
  const rows = await selectRows<TrainingRow>(
    m,
    `${TRAINING} WHERE ($1::uuid IS NULL OR r.user_id = $1) AND ($2::text IS NULL OR $2 = ANY (r.skills)) AND ($3::uuid IS NULL OR r.id < $3)
      ORDER BY r.id DESC LIMIT $4`,
    [q.userId, q.skill, q.before, q.limit],
  );
  return rows.map(toRecord);
}

/** Whether the user is a member of the acting tenant (the only ones a record may be for). */
export async function isMember(m: EntityManager, userId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0;
}

/** Adds a record for `userId`, created by the acting user; returns its id. */
export async function insertTraining(m: EntityManager, userId: string, fields: TrainingFields): Promise<string> {
  const c = trainingColumns(fields);
  const [row] = await selectRows<Row<'training_records', 'id'>>(
    m,
    `INSERT INTO training_records (tenant_id, user_id, course, provider, hours, completed_on, skills, note, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, app_user_id()) RETURNING id`,
    [userId, c.course, c.provider, c.hours, c.completed_on, c.skills, c.note],
  );
  return row.id;
}

export async function updateTraining(m: EntityManager, id: string, fields: TrainingFields): Promise<void> {
  const c = trainingColumns(fields);
  await execute(
    m,
    `UPDATE training_records SET course = $2, provider = $3, hours = $4, completed_on = $5, skills = $6, note = $7, updated_at = now() WHERE id = $1`,
    [id, c.course, c.provider, c.hours, c.completed_on, c.skills, c.note],
  );
}

export async function deleteTraining(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM training_records WHERE id = $1', [id]);
}

/** One row per member and record (a member without records once, with null skills and hours), by name. */
export async function memberTraining(
  m: EntityManager,
): Promise<Array<{ userId: string; name: string; skills: SkillTag[] | null; hours: number | null }>> {
  const rows = await selectRows<
    Row<'tenant_memberships', 'user_id'> & {
      name: Col<'users', 'display_name'> | null;
      skills: Col<'training_records', 'skills'> | null;
      hours: Col<'training_records', 'hours'> | null;
    }
  >(
    m,
    `SELECT tm.user_id, u.display_name AS name, r.skills, r.hours
       FROM tenant_memberships tm
       LEFT JOIN users u ON u.id = tm.user_id
       LEFT JOIN training_records r ON r.user_id = tm.user_id
      ORDER BY u.display_name, tm.user_id`,
  );
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name ?? '',
    skills: r.skills === null ? null : canonicalSkills(r.skills),
    hours: r.hours === null ? null : Number(r.hours),
  }));
}

/** A demo record completed `daysAgo` days before the database's today. */
export async function insertDemoTraining(
  m: EntityManager,
  userId: string,
  record: { course: string; provider: string; hours: number; skills: SkillTag[]; daysAgo: number },
  createdBy: string | null,
): Promise<void> {
  const c: Row<'training_records', 'course' | 'provider' | 'hours' | 'skills'> = {
    course: record.course,
    provider: record.provider,
    hours: String(record.hours),
    skills: record.skills,
  };
  await execute(
    m,
    `INSERT INTO training_records (tenant_id, user_id, course, provider, hours, completed_on, skills, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, current_date - $5::int, $6, $7)`,
    [userId, c.course, c.provider, c.hours, record.daysAgo, c.skills, createdBy],
  );
}
