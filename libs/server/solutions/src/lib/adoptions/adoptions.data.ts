import { EntityManager } from 'typeorm';
import { Col, execute, Json, Row, selectRows } from '@xinzhi/server-db';
import { Adoption, PainPoint, TemplateKpi, TemplateTask } from '@xinzhi/shared-contracts';

type AdoptionRow = Row<'solution_adoptions', 'id' | 'project_id' | 'solution_id' | 'solution_name' | 'start_date' | 'created_at'> & {
  task_ids: string[];
  kpi_ids: string[];
  pain_point_ids: string[];
  tasks_done: number;
  tasks_total: number;
};

const ADOPTIONS = `
  SELECT a.id, a.project_id, a.solution_id, a.solution_name, a.start_date, a.created_at,
         coalesce((SELECT array_agg(t.id ORDER BY t.id) FROM tasks t WHERE t.tenant_id = a.tenant_id AND t.origin_adoption_id = a.id), '{}') AS task_ids,
         coalesce((SELECT array_agg(k.id ORDER BY k.id) FROM kpis k WHERE k.tenant_id = a.tenant_id AND k.origin_adoption_id = a.id), '{}') AS kpi_ids,
         coalesce((SELECT array_agg(l.pain_point_id ORDER BY l.pain_point_id) FROM adoption_pain_points l
                    WHERE l.tenant_id = a.tenant_id AND l.adoption_id = a.id), '{}') AS pain_point_ids,
         (SELECT count(*) FILTER (WHERE t.status = 'done') FROM tasks t
           WHERE t.tenant_id = a.tenant_id AND t.origin_adoption_id = a.id AND t.status <> 'cancelled')::int AS tasks_done,
         (SELECT count(*) FROM tasks t WHERE t.tenant_id = a.tenant_id AND t.origin_adoption_id = a.id AND t.status <> 'cancelled')::int AS tasks_total
    FROM solution_adoptions a`;

function toAdoption(r: AdoptionRow): Adoption {
  return {
    id: r.id,
    projectId: r.project_id,
    solutionId: r.solution_id,
    solutionName: r.solution_name,
    startDate: r.start_date,
    taskIds: r.task_ids,
    kpiIds: r.kpi_ids,
    painPointIds: r.pain_point_ids,
    tasksDone: r.tasks_done,
    tasksTotal: r.tasks_total,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listAdoptions(m: EntityManager, projectId: string): Promise<Adoption[]> {
  const rows = await selectRows<AdoptionRow>(m, `${ADOPTIONS} WHERE a.project_id = $1 ORDER BY a.id`, [projectId]);
  return rows.map(toAdoption);
}

export async function findAdoption(m: EntityManager, id: string): Promise<Adoption | null> {
  const [row] = await selectRows<AdoptionRow>(m, `${ADOPTIONS} WHERE a.id = $1`, [id]);
  return row ? toAdoption(row) : null;
}

/** The project (its target date for KPIs without an offset), or null when it is not the acting tenant's. */
export async function projectOf(m: EntityManager, projectId: string): Promise<Row<'projects', 'id' | 'target_date'> | null> {
  const [row] = await selectRows<Row<'projects', 'id' | 'target_date'>>(m, 'SELECT id, target_date FROM projects WHERE id = $1', [
    projectId,
  ]);
  return row ?? null;
}

/**
 * A published solution of the acting tenant's own park, or null (row security shows a tenant only
 * those). Its templates as stored; the caller parses them with the contract's schemas.
 */
export async function publishedSolution(
  m: EntityManager,
  id: string,
): Promise<{ id: string; name: string; templateTasks: Json; templateKpis: Json } | null> {
  const [row] = await selectRows<Row<'solutions', 'id' | 'name' | 'template_tasks' | 'template_kpis'>>(
    m,
    `SELECT id, name, template_tasks, template_kpis FROM solutions WHERE id = $1 AND status = 'published'`,
    [id],
  );
  return row ? { id: row.id, name: row.name, templateTasks: row.template_tasks, templateKpis: row.template_kpis } : null;
}

export async function adoptionOf(m: EntityManager, projectId: string, solutionId: string): Promise<string | null> {
  const [row] = await selectRows<Row<'solution_adoptions', 'id'>>(
    m,
    'SELECT id FROM solution_adoptions WHERE project_id = $1 AND solution_id = $2',
    [projectId, solutionId],
  );
  return row?.id ?? null;
}

/** Status of each of the acting tenant's pain points among `ids` (absent: not the tenant's). */
export async function painPointStatuses(m: EntityManager, ids: string[]): Promise<Map<string, PainPoint['status']>> {
  const rows = await selectRows<Row<'pain_points', 'id' | 'status'>>(m, 'SELECT id, status FROM pain_points WHERE id = ANY ($1::uuid[])', [
    ids,
  ]);
  return new Map(rows.map((r) => [r.id, r.status]));
}

/** Which of `names` the project's KPIs already use (KPI names are unique per project). */
export async function kpiNamesTaken(m: EntityManager, projectId: string, names: string[]): Promise<string[]> {
  const rows = await selectRows<Row<'kpis', 'name'>>(m, 'SELECT name FROM kpis WHERE project_id = $1 AND name = ANY ($2::text[])', [
    projectId,
    names,
  ]);
  return rows.map((r) => r.name);
}

/** Adds the adoption by the acting user; returns its id. */
export async function insertAdoption(
  m: EntityManager,
  a: { projectId: string; solutionId: string; solutionName: string; startDate: string },
): Promise<string> {
  const c: Row<'solution_adoptions', 'project_id' | 'solution_id' | 'solution_name' | 'start_date'> = {
    project_id: a.projectId,
    solution_id: a.solutionId,
    solution_name: a.solutionName,
    start_date: a.startDate,
  };
  const [row] = await selectRows<Row<'solution_adoptions', 'id'>>(
    m,
    `INSERT INTO solution_adoptions (tenant_id, project_id, solution_id, solution_name, start_date, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, app_user_id()) RETURNING id`,
    [c.project_id, c.solution_id, c.solution_name, c.start_date],
  );
  return row.id;
}

/**
 * The template's tasks as the adoption's, in template order, each `todo` and dated from the start
 * date with its offsets, created by the acting user with its `created` activity; returns their ids.
 */
export async function insertAdoptedTasks(
  m: EntityManager,
  projectId: string,
  adoptionId: string,
  startDate: string,
  tasks: TemplateTask[],
): Promise<string[]> {
  if (!tasks.length) return [];
  const rows = await selectRows<Row<'tasks', 'id'>>(
    m,
    `WITH t AS (
       SELECT e.t->>'title' AS title, coalesce(e.t->>'description', '') AS description, e.t->>'businessArea' AS business_area,
              e.t->>'technologyType' AS technology_type, (e.t->>'weight')::int AS weight,
              (e.t->>'startOffsetDays')::int AS start_offset, (e.t->>'dueOffsetDays')::int AS due_offset, e.ord
         FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e(t, ord)
     ),
     created AS (
       INSERT INTO tasks (tenant_id, project_id, title, description, business_area, technology_type, status, percent_done, weight,
                          start_date, due_date, created_by, origin_adoption_id)
       SELECT app_tenant_id(), $1, t.title, t.description, t.business_area, t.technology_type, 'todo', 0, t.weight,
              $3::date + t.start_offset, $3::date + t.due_offset, app_user_id(), $2
         FROM t ORDER BY t.ord
       RETURNING id
     ),
     events AS (
       INSERT INTO task_events (tenant_id, task_id, kind, actor_user_id) SELECT app_tenant_id(), id, 'created', app_user_id() FROM created
     )
     SELECT id FROM created ORDER BY id`,
    [projectId, adoptionId, startDate, JSON.stringify(tasks)],
  );
  return rows.map((r) => r.id);
}

/** The template's KPIs as the adoption's: target date from the offset, else the project's; returns their ids. */
export async function insertAdoptedKpis(
  m: EntityManager,
  projectId: string,
  adoptionId: string,
  startDate: string,
  kpis: TemplateKpi[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const k of kpis) {
    const c: Row<'kpis', 'name' | 'unit' | 'direction' | 'category' | 'baseline' | 'target'> = {
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      category: k.category,
      baseline: k.baseline,
      target: k.target,
    };
    const [row] = await selectRows<Row<'kpis', 'id'>>(
      m,
      `INSERT INTO kpis (tenant_id, project_id, name, unit, direction, category, baseline, target, target_date, origin_adoption_id)
       VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7,
               CASE WHEN $8::int IS NULL THEN (SELECT target_date FROM projects WHERE id = $1) ELSE $9::date + $8::int END, $10)
       RETURNING id`,
      [projectId, c.name, c.unit, c.direction, c.category, c.baseline, c.target, k.targetOffsetDays ?? null, startDate, adoptionId],
    );
    ids.push(row.id);
  }
  return ids;
}

export async function linkPainPoints(m: EntityManager, adoptionId: string, painPointIds: string[]): Promise<void> {
  if (!painPointIds.length) return;
  await execute(
    m,
    `INSERT INTO adoption_pain_points (tenant_id, adoption_id, pain_point_id)
     SELECT app_tenant_id(), $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [adoptionId, painPointIds],
  );
}

/**
 * Cancels the adoption's open tasks (not done, not already cancelled) as a leader would, with a
 * `status` activity each (and the blocking reason's removal for a blocked one); returns how many.
 */
export async function cancelOpenTasks(m: EntityManager, adoptionId: string): Promise<number> {
  const rows = await selectRows<Row<'tasks', 'id'>>(
    m,
    `WITH open AS (
       SELECT id, status, blocked_reason FROM tasks
        WHERE origin_adoption_id = $1 AND status NOT IN ('done', 'cancelled') FOR UPDATE
     ),
     cancelled AS (
       UPDATE tasks t SET status = 'cancelled', blocked_reason = NULL, completed_at = NULL, updated_at = now()
         FROM open WHERE t.tenant_id = app_tenant_id() AND t.id = open.id RETURNING t.id
     ),
     events AS (
       INSERT INTO task_events (tenant_id, task_id, kind, actor_user_id, changes)
       SELECT app_tenant_id(), open.id, 'status', app_user_id(),
              jsonb_build_object('status', jsonb_build_array(open.status, 'cancelled'))
                || CASE WHEN open.blocked_reason IS NULL THEN '{}'::jsonb
                        ELSE jsonb_build_object('blockedReason', jsonb_build_array(open.blocked_reason, NULL)) END
         FROM open
     )
     SELECT id FROM cancelled`,
    [adoptionId],
  );
  return rows.length;
}

/** Removes the adoption: its pain-point links go with it, its tasks and KPIs stay without provenance. */
export async function deleteAdoption(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM solution_adoptions WHERE id = $1', [id]);
}

// ---------------------------------------------------------------------------------------------
// Pain points answered by adoptions (the worker's job and its sweep).

/** The adoptions answering each of these pain points (for the pain-point responses), by pain point id. */
export async function adoptionsAnswering(m: EntityManager, painPointIds: string[]): Promise<Map<string, PainPoint['addressedBy']>> {
  const map = new Map<string, PainPoint['addressedBy']>();
  if (!painPointIds.length) return map;
  const rows = await selectRows<
    Row<'adoption_pain_points', 'pain_point_id' | 'adoption_id'> & {
      solution_id: Col<'solution_adoptions', 'solution_id'>;
      solution_name: Col<'solution_adoptions', 'solution_name'>;
      project_id: Col<'solution_adoptions', 'project_id'>;
    }
  >(
    m,
    `SELECT l.pain_point_id, l.adoption_id, a.solution_id, a.solution_name, a.project_id
       FROM adoption_pain_points l JOIN solution_adoptions a ON a.tenant_id = l.tenant_id AND a.id = l.adoption_id
      WHERE l.pain_point_id = ANY ($1::uuid[]) ORDER BY l.pain_point_id, l.adoption_id`,
    [painPointIds],
  );
  for (const r of rows) {
    const list = map.get(r.pain_point_id) ?? [];
    list.push({ adoptionId: r.adoption_id, solutionId: r.solution_id, solutionName: r.solution_name, projectId: r.project_id });
    map.set(r.pain_point_id, list);
  }
  return map;
}

/**
 * In the tenant's context: every open pain point answered by an adoption of the project whose
 * rule holds (`pain_point_answered`: a done task and none left open across all its adoptions)
 * becomes `addressed`. Idempotent; returns the ids it changed.
 */
export async function addressAnsweredPainPoints(m: EntityManager, projectId: string): Promise<string[]> {
  const rows = await selectRows<Row<'pain_points', 'id'>>(
    m,
    `UPDATE pain_points p SET status = 'addressed', updated_at = now()
      WHERE p.status = 'open'
        AND EXISTS (SELECT 1 FROM adoption_pain_points l JOIN solution_adoptions a ON a.tenant_id = l.tenant_id AND a.id = l.adoption_id
                     WHERE l.tenant_id = p.tenant_id AND l.pain_point_id = p.id AND a.project_id = $1)
        AND pain_point_answered(p.tenant_id, p.id)
      RETURNING p.id`,
    [projectId],
  );
  return rows.map((r) => r.id);
}

/** The sweep's read across tenants (SECURITY DEFINER, ids only): projects whose adoptions now answer an open pain point. */
export async function projectsAnsweringPainPoints(m: EntityManager): Promise<Array<{ tenant_id: string; project_id: string }>> {
  return selectRows<{ tenant_id: Col<'projects', 'tenant_id'>; project_id: Col<'projects', 'id'> }>(
    m,
    'SELECT tenant_id, project_id FROM worker_answered_pain_point_projects(500)',
  );
}
