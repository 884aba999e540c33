import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { Kpi, kpiAttainment, KpiReading, KpiReadingEvent, ReadingSource } from '@xinzhi/shared-contracts';

/** What a KPI's owners and leaders set; the rest of a `Kpi` is derived. */
export type KpiFields = Pick<
  Kpi,
  'name' | 'unit' | 'direction' | 'category' | 'baseline' | 'target' | 'targetDate' | 'readingInterval' | 'ownerId' | 'teamId'
>;

type KpiRow = Row<'kpis'> & {
  owner_name: Col<'users', 'display_name'> | null;
  team_name: Col<'teams', 'name'> | null;
  latest_on: Col<'kpi_readings', 'taken_on'> | null;
  latest_value: Col<'kpi_readings', 'value'> | null;
  origin_solution_id: Col<'solution_adoptions', 'solution_id'> | null;
  origin_solution_name: Col<'solution_adoptions', 'solution_name'> | null;
};

type ReadingRow = Row<'kpi_readings', 'id' | 'kpi_id' | 'taken_on' | 'value' | 'source' | 'recorded_by' | 'created_at'> & {
  recorded_by_name: Col<'users', 'display_name'> | null;
};

const KPIS = `
  SELECT k.*, u.display_name AS owner_name, tm.name AS team_name, r.taken_on AS latest_on, r.value AS latest_value,
         sa.solution_id AS origin_solution_id, sa.solution_name AS origin_solution_name
    FROM kpis k
    LEFT JOIN users u ON u.id = k.owner_user_id
    LEFT JOIN teams tm ON tm.tenant_id = k.tenant_id AND tm.id = k.team_id
    LEFT JOIN solution_adoptions sa ON sa.tenant_id = k.tenant_id AND sa.id = k.origin_adoption_id
    LEFT JOIN LATERAL (SELECT taken_on, value FROM kpi_readings x WHERE x.tenant_id = k.tenant_id AND x.kpi_id = k.id ORDER BY taken_on DESC LIMIT 1) r ON true`;

export function toKpi(r: KpiRow): Kpi {
  const latest = r.latest_on === null ? null : { takenOn: r.latest_on, value: r.latest_value as number };
  return {
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    unit: r.unit,
    direction: r.direction,
    category: r.category,
    baseline: r.baseline,
    target: r.target,
    targetDate: r.target_date,
    readingInterval: r.reading_interval,
    ownerId: r.owner_user_id,
    ownerName: r.owner_name,
    teamId: r.team_id,
    teamName: r.team_name,
    latest,
    attainment: kpiAttainment(r, latest?.value ?? null),
    origin:
      r.origin_adoption_id && r.origin_solution_id && r.origin_solution_name !== null
        ? { type: 'solution', adoptionId: r.origin_adoption_id, solutionId: r.origin_solution_id, solutionName: r.origin_solution_name }
        : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toReading(r: ReadingRow): KpiReading {
  return {
    id: r.id,
    kpiId: r.kpi_id,
    takenOn: r.taken_on,
    value: r.value,
    source: r.source,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    createdAt: r.created_at.toISOString(),
  };
}

/** The columns a KPI's fields are written to, checked against the schema. */
function kpiColumns(
  f: KpiFields,
): Row<
  'kpis',
  'name' | 'unit' | 'direction' | 'category' | 'baseline' | 'target' | 'target_date' | 'reading_interval' | 'owner_user_id' | 'team_id'
> {
  return {
    name: f.name,
    unit: f.unit,
    direction: f.direction,
    category: f.category,
    baseline: f.baseline,
    target: f.target,
    target_date: f.targetDate,
    reading_interval: f.readingInterval,
    owner_user_id: f.ownerId,
    team_id: f.teamId,
  };
}

export async function findKpi(m: EntityManager, id: string): Promise<Kpi | null> {
  const [row] = await selectRows<KpiRow>(m, `${KPIS} WHERE k.id = $1`, [id]);
  return row ? toKpi(row) : null;
}

export async function listKpis(m: EntityManager, projectId: string): Promise<Kpi[]> {
  const rows = await selectRows<KpiRow>(m, `${KPIS} WHERE k.project_id = $1 ORDER BY k.category, k.name`, [projectId]);
  return rows.map(toKpi);
}

/** The project of a KPI, or null when the KPI is not visible here. */
export async function kpiProjectId(m: EntityManager, id: string): Promise<string | null> {
  const [row] = await selectRows<Row<'kpis', 'project_id'>>(m, 'SELECT project_id FROM kpis WHERE id = $1', [id]);
  return row?.project_id ?? null;
}

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

/** Whether the user is a member of the acting tenant (the only ones a KPI may be owned by). */
export async function isMember(m: EntityManager, userId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0;
}

/** Adds a KPI; returns its id. */
export async function insertKpi(m: EntityManager, projectId: string, fields: KpiFields): Promise<string> {
  const c = kpiColumns(fields);
  const [row] = await selectRows<Row<'kpis', 'id'>>(
    m,
    `INSERT INTO kpis (tenant_id, project_id, name, unit, direction, category, baseline, target, target_date, owner_user_id, reading_interval, team_id)
           VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      projectId,
      c.name,
      c.unit,
      c.direction,
      c.category,
      c.baseline,
      c.target,
      c.target_date,
      c.owner_user_id,
      c.reading_interval,
      c.team_id,
    ],
  );
  return row.id;
}

export async function updateKpi(m: EntityManager, id: string, fields: KpiFields): Promise<void> {
  const c = kpiColumns(fields);
  await execute(
    m,
    `UPDATE kpis SET name = $2, unit = $3, direction = $4, category = $5, baseline = $6, target = $7, target_date = $8, owner_user_id = $9,
                     reading_interval = $10, team_id = $11, updated_at = now() WHERE id = $1`,
    [id, c.name, c.unit, c.direction, c.category, c.baseline, c.target, c.target_date, c.owner_user_id, c.reading_interval, c.team_id],
  );
}

export async function deleteKpi(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM kpis WHERE id = $1', [id]);
}

/** A KPI's readings, oldest first (at most 1000). */
export async function listReadings(m: EntityManager, kpiId: string): Promise<KpiReading[]> {
  const rows = await selectRows<ReadingRow>(
    m,
    `SELECT r.*, u.display_name AS recorded_by_name FROM kpi_readings r LEFT JOIN users u ON u.id = r.recorded_by WHERE r.kpi_id = $1 ORDER BY r.taken_on LIMIT 1000`,
    [kpiId],
  );
  return rows.map(toReading);
}

/** Records a reading by the acting user. */
export async function insertReading(
  m: EntityManager,
  kpiId: string,
  reading: { takenOn: string; value: number; source: ReadingSource },
): Promise<KpiReading> {
  const c: Row<'kpi_readings', 'taken_on' | 'value' | 'source'> = {
    taken_on: reading.takenOn,
    value: reading.value,
    source: reading.source,
  };
  const [row] = await selectRows<ReadingRow>(
    m,
    `INSERT INTO kpi_readings (tenant_id, kpi_id, taken_on, value, source, recorded_by) VALUES (app_tenant_id(), $1, $2, $3, $4, app_user_id())
           RETURNING id, kpi_id, taken_on, value, source, recorded_by, created_at, (SELECT display_name FROM users WHERE id = app_user_id()) AS recorded_by_name`,
    [kpiId, c.taken_on, c.value, c.source],
  );
  return toReading(row);
}

/** Whether the team belongs to the project (the only teams a KPI of it may name). */
export async function teamInProject(m: EntityManager, teamId: string, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM teams WHERE id = $1 AND project_id = $2', [teamId, projectId])).length > 0;
}

/** A reading with what deciding who may correct it needs: its KPI's project, owner and name. */
export interface ReadingOfKpi {
  reading: KpiReading;
  projectId: string;
  kpiName: string;
  kpiOwnerId: string | null;
}

/** A reading visible here, or null. */
export function findReading(m: EntityManager, id: string): Promise<ReadingOfKpi | null> {
  return readingOfKpi(m, id, false);
}

/** A reading visible here, locked for the correction that follows, or null. */
export function findReadingForUpdate(m: EntityManager, id: string): Promise<ReadingOfKpi | null> {
  return readingOfKpi(m, id, true);
}

async function readingOfKpi(m: EntityManager, id: string, lock: boolean): Promise<ReadingOfKpi | null> {
  const [row] = await selectRows<
    ReadingRow & { project_id: Col<'kpis', 'project_id'>; kpi_name: Col<'kpis', 'name'>; owner_user_id: Col<'kpis', 'owner_user_id'> }
  >(
    m,
    `SELECT r.id, r.kpi_id, r.taken_on, r.value, r.source, r.recorded_by, r.created_at,
            (SELECT display_name FROM users WHERE id = r.recorded_by) AS recorded_by_name,
            k.project_id, k.name AS kpi_name, k.owner_user_id
       FROM kpi_readings r JOIN kpis k ON k.tenant_id = r.tenant_id AND k.id = r.kpi_id
      WHERE r.id = $1
      ${lock ? 'FOR UPDATE OF r' : ''}`,
    [id],
  );
  return row ? { reading: toReading(row), projectId: row.project_id, kpiName: row.kpi_name, kpiOwnerId: row.owner_user_id } : null;
}

/** Corrects a reading's date and value; returns it as it now is. */
export async function updateReading(m: EntityManager, id: string, takenOn: string, value: number): Promise<KpiReading> {
  const c: Row<'kpi_readings', 'taken_on' | 'value'> = { taken_on: takenOn, value };
  const [row] = await selectRows<ReadingRow>(
    m,
    `WITH u AS (UPDATE kpi_readings SET taken_on = $2, value = $3 WHERE id = $1
                RETURNING id, kpi_id, taken_on, value, source, recorded_by, created_at)
     SELECT u.*, (SELECT display_name FROM users WHERE id = u.recorded_by) AS recorded_by_name FROM u`,
    [id, c.taken_on, c.value],
  );
  return toReading(row);
}

export async function deleteReading(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM kpi_readings WHERE id = $1', [id]);
}

/** Adds a correction or deletion to the KPI's reading history, by the acting user. */
export async function insertReadingEvent(
  m: EntityManager,
  e: Pick<KpiReadingEvent, 'kpiId' | 'readingId' | 'action' | 'before' | 'after'>,
): Promise<void> {
  const c: Row<
    'kpi_reading_events',
    'kpi_id' | 'reading_id' | 'action' | 'taken_on_before' | 'value_before' | 'taken_on_after' | 'value_after'
  > = {
    kpi_id: e.kpiId,
    reading_id: e.readingId,
    action: e.action,
    taken_on_before: e.before.takenOn,
    value_before: e.before.value,
    taken_on_after: e.after?.takenOn ?? null,
    value_after: e.after?.value ?? null,
  };
  await execute(
    m,
    `INSERT INTO kpi_reading_events (tenant_id, kpi_id, reading_id, action, taken_on_before, value_before, taken_on_after, value_after, actor_user_id, actor_name)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, app_user_id(), (SELECT display_name FROM users WHERE id = app_user_id()))`,
    [c.kpi_id, c.reading_id, c.action, c.taken_on_before, c.value_before, c.taken_on_after, c.value_after],
  );
}

/** A KPI's corrections and deletions, oldest first (at most 1000). */
export async function listReadingEvents(m: EntityManager, kpiId: string): Promise<KpiReadingEvent[]> {
  const rows = await selectRows<Row<'kpi_reading_events'>>(
    m,
    'SELECT * FROM kpi_reading_events WHERE kpi_id = $1 ORDER BY created_at, id LIMIT 1000',
    [kpiId],
  );
  return rows.map((r) => ({
    id: r.id,
    kpiId: r.kpi_id,
    readingId: r.reading_id,
    action: r.action,
    before: { takenOn: r.taken_on_before, value: r.value_before },
    after: r.taken_on_after !== null && r.value_after !== null ? { takenOn: r.taken_on_after, value: r.value_after } : null,
    actorId: r.actor_user_id,
    actorName: r.actor_name,
    at: r.created_at.toISOString(),
  }));
}

// The demo park's KPIs (demo/demo-kpis.ts).

export async function countKpis(m: EntityManager, projectId: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM kpis WHERE project_id = $1', [projectId]);
  return n;
}

/** A demo KPI whose target date is its project's; returns its id. */
export async function insertDemoKpi(
  m: EntityManager,
  projectId: string,
  fields: Omit<KpiFields, 'targetDate' | 'readingInterval' | 'teamId'>,
): Promise<string> {
  const c = kpiColumns({ ...fields, targetDate: null, readingInterval: 'monthly', teamId: null });
  const [kpi] = await selectRows<Row<'kpis', 'id'>>(
    m,
    `INSERT INTO kpis (tenant_id, project_id, name, unit, direction, category, baseline, target, target_date, owner_user_id)
         VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, (SELECT target_date FROM projects WHERE id = $1), $8) RETURNING id`,
    [projectId, c.name, c.unit, c.direction, c.category, c.baseline, c.target, c.owner_user_id],
  );
  return kpi.id;
}

/** A demo reading recorded by `recordedBy`. */
export async function insertDemoReading(
  m: EntityManager,
  kpiId: string,
  takenOn: string,
  value: number,
  recordedBy: string | null,
): Promise<void> {
  await execute(
    m,
    `INSERT INTO kpi_readings (tenant_id, kpi_id, taken_on, value, source, recorded_by) VALUES (app_tenant_id(), $1, $2, $3, 'manual', $4)`,
    [kpiId, takenOn, value, recordedBy],
  );
}
