import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';

/**
 * Every qualifying achievement of one project under the active schemes: task done, KPI target
 * reached, team with all its tasks done — one row per (scheme, achievement, recipient), with the
 * facts (`basis`) the award is computed from.
 * $1 = project id, $2 = scheme ids (already locked by the caller).
 */
const CANDIDATES = `
  s AS (
    SELECT s.*, CASE WHEN s.kind IN ('bonus', 'equity', 'performance') THEN 'cny' ELSE 'points' END AS unit
      FROM incentive_schemes s WHERE s.id = ANY ($2::uuid[])
  ),
  task_cand AS (
    SELECT s.id AS scheme_id, 'task'::text AS reason_type, t.id AS reason_id, t.title AS reason_title, t.assignee_user_id AS recipient,
           t.completed_at AS achieved_at,
           CASE WHEN s.scale_by_weight THEN s.amount * t.weight ELSE s.amount END AS amount,
           jsonb_build_object('trigger', 'task_done', 'achievedOn', t.completed_at::date, 'weight', t.weight, 'rate', s.amount, 'scaled', s.scale_by_weight) AS basis
      FROM s JOIN tasks t ON t.project_id = $1 AND t.status = 'done' AND t.assignee_user_id IS NOT NULL AND t.completed_at IS NOT NULL
     WHERE s.trigger = 'task_done'
       AND (s.business_areas = '{}' OR t.business_area = ANY (s.business_areas))
       AND (s.technology_types = '{}' OR t.technology_type = ANY (s.technology_types))
       AND (s.active_from IS NULL OR t.completed_at::date >= s.active_from)
       AND (s.active_until IS NULL OR t.completed_at::date <= s.active_until)
  ),
  kpi_reached AS (
    SELECT k.id, k.name, k.unit, k.target, k.owner_user_id, k.team_id, r.value, r.taken_on
      FROM kpis k
      JOIN LATERAL (SELECT x.value, x.taken_on FROM kpi_readings x WHERE x.tenant_id = k.tenant_id AND x.kpi_id = k.id ORDER BY x.taken_on DESC LIMIT 1) r ON true
     WHERE k.project_id = $1 AND k.owner_user_id IS NOT NULL AND kpi_attainment(k.baseline, k.target, k.direction, r.value) = 1
  ),
  -- "The team" of a KPI: the one team of its project the KPI names (its members and lead), never
  -- the other teams its owner belongs to. A KPI without a team rewards its owner alone.
  kpi_team_people AS (
    SELECT kr.id AS kpi_id, u.user_id, tm.name AS teams
      FROM kpi_reached kr
      JOIN teams tm ON tm.id = kr.team_id AND tm.project_id = $1
      CROSS JOIN LATERAL (SELECT x.user_id FROM team_members x WHERE x.team_id = tm.id UNION SELECT tm.lead_user_id WHERE tm.lead_user_id IS NOT NULL) u
     WHERE u.user_id <> kr.owner_user_id
  ),
  kpi_people AS (
    SELECT kr.id AS kpi_id, kr.owner_user_id AS user_id, 'kpi_owner'::text AS as_role, NULL::text AS teams FROM kpi_reached kr
    UNION ALL
    SELECT p.kpi_id, p.user_id, 'team_member', p.teams FROM kpi_team_people p
  ),
  kpi_cand AS (
    SELECT s.id AS scheme_id, 'kpi'::text AS reason_type, kr.id AS reason_id, kr.name AS reason_title, p.user_id AS recipient,
           kr.taken_on::timestamptz AS achieved_at, s.amount AS amount,
           jsonb_build_object('trigger', 'kpi_target_reached', 'achievedOn', kr.taken_on, 'kpiName', kr.name, 'target', kr.target, 'value', kr.value, 'kpiUnit', kr.unit, 'as', p.as_role, 'teams', p.teams) AS basis
      FROM s CROSS JOIN kpi_reached kr JOIN kpi_people p ON p.kpi_id = kr.id
     WHERE s.trigger = 'kpi_target_reached'
       AND (s.active_from IS NULL OR kr.taken_on >= s.active_from)
       AND (s.active_until IS NULL OR kr.taken_on <= s.active_until)
  ),
  team_done AS (
    SELECT tm.id, tm.name, tm.lead_user_id, count(*) AS n, max(t.completed_at) AS done_at
      FROM teams tm JOIN tasks t ON t.team_id = tm.id AND t.project_id = $1 AND t.status <> 'cancelled'
     WHERE tm.project_id = $1
     GROUP BY tm.id, tm.name, tm.lead_user_id
    HAVING bool_and(t.status = 'done')
  ),
  team_cand AS (
    SELECT s.id AS scheme_id, 'team'::text AS reason_type, td.id AS reason_id, td.name AS reason_title, u.user_id AS recipient,
           td.done_at AS achieved_at, s.amount AS amount,
           jsonb_build_object('trigger', 'team_all_done', 'achievedOn', td.done_at::date, 'tasks', td.n) AS basis
      FROM s CROSS JOIN team_done td
      CROSS JOIN LATERAL (SELECT x.user_id FROM team_members x WHERE x.team_id = td.id UNION SELECT td.lead_user_id WHERE td.lead_user_id IS NOT NULL) u
     WHERE s.trigger = 'team_all_done'
       AND (s.active_from IS NULL OR td.done_at::date >= s.active_from)
       AND (s.active_until IS NULL OR td.done_at::date <= s.active_until)
  ),
  cand AS (SELECT * FROM task_cand UNION ALL SELECT * FROM kpi_cand UNION ALL SELECT * FROM team_cand)`;

/**
 * Budget cap: the achievements not yet awarded are taken in a fixed order (when achieved, then
 * kind, id and recipient) and proposed only while the scheme's committed total (proposed + approved
 * + paid) plus the running sum stays within the cap; the rest are recorded as skips with the amount
 * they need.
 */
const PROPOSE = `
  WITH ${CANDIDATES},
  fresh AS (
    SELECT c.* FROM cand c
     WHERE NOT EXISTS (SELECT 1 FROM incentive_awards a
                        WHERE a.scheme_id = c.scheme_id AND a.achievement_key = c.reason_type || ':' || c.reason_id AND a.recipient_user_id = c.recipient)
  ),
  committed AS (
    SELECT s.id AS scheme_id, s.budget_cap, s.unit,
           coalesce((SELECT sum(a.amount) FROM incentive_awards a WHERE a.scheme_id = s.id AND a.status <> 'rejected'), 0) AS committed
      FROM s
  ),
  running AS (
    SELECT f.*, cm.budget_cap, cm.unit, cm.committed,
           cm.committed + sum(f.amount) OVER (PARTITION BY f.scheme_id ORDER BY f.achieved_at, f.reason_type, f.reason_id, f.recipient ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
      FROM fresh f JOIN committed cm ON cm.scheme_id = f.scheme_id
  ),
  proposed AS (
    INSERT INTO incentive_awards (tenant_id, scheme_id, project_id, achievement_key, reason_type, reason_id, reason_title, recipient_user_id, amount, unit, achieved_on, basis)
    SELECT app_tenant_id(), r.scheme_id, $1, r.reason_type || ':' || r.reason_id, r.reason_type, r.reason_id, left(r.reason_title, 200), r.recipient, r.amount, r.unit,
           r.achieved_at::date, r.basis
      FROM running r WHERE r.budget_cap IS NULL OR r.running <= r.budget_cap
    ON CONFLICT DO NOTHING
    RETURNING id
  ),
  skipped AS (
    INSERT INTO incentive_skips (tenant_id, scheme_id, project_id, achievement_key, recipient_user_id, amount)
    SELECT app_tenant_id(), r.scheme_id, $1, r.reason_type || ':' || r.reason_id, r.recipient, r.amount
      FROM running r WHERE r.budget_cap IS NOT NULL AND r.running > r.budget_cap
    ON CONFLICT (tenant_id, scheme_id, achievement_key, recipient_user_id)
      DO UPDATE SET amount = EXCLUDED.amount, project_id = EXCLUDED.project_id, updated_at = now()
    RETURNING id
  )
  SELECT (SELECT count(*) FROM proposed)::int AS proposed, (SELECT count(*) FROM skipped)::int AS skipped`;

/**
 * The project state (`progress_computed_at`, as text at full precision) an evaluation covers:
 * `{ state }` with null while never computed, or null when the project is not visible here.
 */
export async function projectState(m: EntityManager, projectId: string): Promise<{ state: string | null } | null> {
  const [row] = await selectRows<{ v: string | null }>(m, 'SELECT progress_computed_at::text AS v FROM projects WHERE id = $1', [
    projectId,
  ]);
  return row ? { state: row.v } : null;
}

/** Locks (in id order) and returns the ids of the schemes that apply to the project and are active on `today`. */
export async function lockActiveSchemes(m: EntityManager, projectId: string, today: string): Promise<string[]> {
  const rows = await selectRows<Row<'incentive_schemes', 'id'>>(
    m,
    `SELECT id FROM incentive_schemes
      WHERE active AND (project_id IS NULL OR project_id = $1)
        AND (active_from IS NULL OR active_from <= $2::date) AND (active_until IS NULL OR active_until >= $2::date)
      ORDER BY id FOR UPDATE`,
    [projectId, today],
  );
  return rows.map((r) => r.id);
}

/** Forgets the project's skips under these schemes (they are recomputed). */
export async function clearSkips(m: EntityManager, projectId: string, schemeIds: string[]): Promise<void> {
  await execute(m, 'DELETE FROM incentive_skips WHERE project_id = $1 AND scheme_id = ANY ($2::uuid[])', [projectId, schemeIds]);
}

/** Proposes the project's new achievements under these (locked) schemes within their caps; records the rest as skips. */
export async function proposeAwards(
  m: EntityManager,
  projectId: string,
  schemeIds: string[],
): Promise<{ proposed: number; skipped: number }> {
  const [counts] = await selectRows<{ proposed: number; skipped: number }>(m, PROPOSE, [projectId, schemeIds]);
  return counts;
}

/** Records that the rules have seen the project in state `state` (never moving back to an older one). */
export async function recordEvaluation(m: EntityManager, projectId: string, state: string | null): Promise<void> {
  await execute(
    m,
    `INSERT INTO incentive_evaluations (tenant_id, project_id, evaluated_for) VALUES (app_tenant_id(), $1, coalesce($2::timestamptz, '-infinity'::timestamptz))
     ON CONFLICT (tenant_id, project_id) DO UPDATE SET evaluated_for = greatest(incentive_evaluations.evaluated_for, EXCLUDED.evaluated_for), updated_at = now()`,
    [projectId, state],
  );
}

/**
 * Marks projects for a fresh evaluation (after a scheme changed or a rejection freed budget): the
 * worker's sweep re-evaluates them even if the direct job request is lost.
 */
export async function markForEvaluation(m: EntityManager, projectIds: string[]): Promise<void> {
  if (projectIds.length) await execute(m, 'DELETE FROM incentive_evaluations WHERE project_id = ANY ($1::uuid[])', [projectIds]);
}

/** Whether the project changed after state `state` (the one an evaluation just covered). */
export async function changedSince(m: EntityManager, projectId: string, state: string | null): Promise<boolean> {
  const [row] = await selectRows<{ newer: boolean }>(
    m,
    `SELECT progress_computed_at > coalesce($2::timestamptz, '-infinity'::timestamptz) AS newer FROM projects WHERE id = $1`,
    [projectId, state],
  );
  return row?.newer ?? false;
}

/** Projects of any tenant whose current state the rules have not seen (SECURITY DEFINER, ids only). */
export function unevaluatedProjects(m: EntityManager): Promise<Array<Row<'incentive_evaluations', 'tenant_id' | 'project_id'>>> {
  return selectRows(m, 'SELECT tenant_id, project_id FROM worker_unevaluated_incentive_projects(200)');
}
