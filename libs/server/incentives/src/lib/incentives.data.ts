import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import {
  AwardBasis,
  BudgetStop,
  IncentiveAward,
  IncentiveScheme,
  incentiveUnit,
  IncentiveTrigger,
  LeaderboardEntry,
  MyAwardsSummary,
} from '@xinzhi/shared-contracts';

/** What owners and leaders set on a scheme; the rest of an `IncentiveScheme` is derived. */
export type SchemeFields = Pick<
  IncentiveScheme,
  | 'projectId'
  | 'name'
  | 'description'
  | 'kind'
  | 'trigger'
  | 'amount'
  | 'scaleByWeight'
  | 'businessAreas'
  | 'technologyTypes'
  | 'budgetCap'
  | 'activeFrom'
  | 'activeUntil'
  | 'active'
>;

type SchemeRow = Row<
  'incentive_schemes',
  | 'id'
  | 'project_id'
  | 'name'
  | 'description'
  | 'kind'
  | 'trigger'
  | 'amount'
  | 'scale_by_weight'
  | 'business_areas'
  | 'technology_types'
  | 'budget_cap'
  | 'active_from'
  | 'active_until'
  | 'active'
  | 'created_at'
  | 'updated_at'
> & { project_name: Col<'projects', 'name'> | null; committed: number; paid: number; skipped: number };

const SCHEMES = `
  SELECT s.id, s.project_id, p.name AS project_name, s.name, s.description, s.kind, s.trigger, s.amount, s.scale_by_weight,
         s.business_areas, s.technology_types, s.budget_cap, s.active_from, s.active_until, s.active, s.created_at, s.updated_at,
         coalesce(b.committed, 0)::float8 AS committed, coalesce(b.paid, 0)::float8 AS paid, coalesce(k.skipped, 0)::int AS skipped
    FROM incentive_schemes s
    LEFT JOIN projects p ON p.tenant_id = s.tenant_id AND p.id = s.project_id
    LEFT JOIN LATERAL (SELECT sum(a.amount) FILTER (WHERE a.status <> 'rejected') AS committed, sum(a.amount) FILTER (WHERE a.status = 'paid') AS paid
                         FROM incentive_awards a WHERE a.tenant_id = s.tenant_id AND a.scheme_id = s.id) b ON true
    LEFT JOIN LATERAL (SELECT count(*) AS skipped FROM incentive_skips x WHERE x.tenant_id = s.tenant_id AND x.scheme_id = s.id) k ON true`;

function toScheme(r: SchemeRow, withBudget: boolean): IncentiveScheme {
  const budgetCap = r.budget_cap === null ? null : Number(r.budget_cap);
  const remaining = budgetCap === null ? null : Math.max(0, Math.round((budgetCap - r.committed) * 100) / 100);
  // Facts only: the web words them in the reader's language.
  const stop: BudgetStop | null =
    r.skipped > 0 ? (remaining !== null && remaining > 0 ? 'short' : 'used_up') : remaining !== null && remaining <= 0 ? 'used_up' : null;
  return {
    id: r.id,
    projectId: r.project_id,
    projectName: r.project_name,
    name: r.name,
    description: r.description,
    kind: r.kind,
    trigger: r.trigger,
    amount: Number(r.amount),
    unit: incentiveUnit(r.kind),
    scaleByWeight: r.scale_by_weight,
    businessAreas: r.business_areas,
    technologyTypes: r.technology_types,
    budgetCap,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
    active: r.active,
    budget: withBudget ? { committed: r.committed, paid: r.paid, remaining, skipped: r.skipped, stop } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The columns a scheme's fields are written to, checked against the schema. */
function schemeColumns(
  f: SchemeFields,
): Row<
  'incentive_schemes',
  | 'project_id'
  | 'name'
  | 'description'
  | 'kind'
  | 'trigger'
  | 'amount'
  | 'scale_by_weight'
  | 'business_areas'
  | 'technology_types'
  | 'budget_cap'
  | 'active_from'
  | 'active_until'
  | 'active'
> {
  return {
    project_id: f.projectId,
    name: f.name,
    description: f.description,
    kind: f.kind,
    trigger: f.trigger,
    amount: String(f.amount),
    scale_by_weight: f.scaleByWeight,
    business_areas: f.businessAreas,
    technology_types: f.technologyTypes,
    budget_cap: f.budgetCap === null ? null : String(f.budgetCap),
    active_from: f.activeFrom,
    active_until: f.activeUntil,
    active: f.active,
  };
}

/** A scheme, with its budget figures when `withBudget`; null when not visible here. */
export async function findScheme(m: EntityManager, id: string, withBudget: boolean): Promise<IncentiveScheme | null> {
  const [row] = await selectRows<SchemeRow>(m, `${SCHEMES} WHERE s.id = $1`, [id]);
  return row ? toScheme(row, withBudget) : null;
}

/** Schemes in id order after `after`, at most `limit`; `projectId` picks those that apply to it (its own and the tenant-wide ones). */
export async function listSchemes(
  m: EntityManager,
  q: { projectId: string | null; trigger: IncentiveTrigger | null; active: boolean | null; after: string | null; limit: number },
  withBudget: boolean,
): Promise<IncentiveScheme[]> {
  const rows = await selectRows<SchemeRow>(
    m,
    `${SCHEMES} WHERE ($1::uuid IS NULL OR s.project_id = $1 OR s.project_id IS NULL) AND ($2::text IS NULL OR s.trigger = $2)
                  AND ($3::boolean IS NULL OR s.active = $3) AND ($4::uuid IS NULL OR s.id > $4)
      ORDER BY s.id LIMIT $5`,
    [q.projectId, q.trigger, q.active, q.after, q.limit],
  );
  return rows.map((r) => toScheme(r, withBudget));
}

export async function projectExists(m: EntityManager, projectId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM projects WHERE id = $1', [projectId])).length > 0;
}

/** The projects a tenant-wide scheme looks at: every one that is not archived (at most 500). */
export async function openProjectIds(m: EntityManager): Promise<string[]> {
  const rows = await selectRows<Row<'projects', 'id'>>(m, `SELECT id FROM projects WHERE status <> 'archived' ORDER BY id LIMIT 500`);
  return rows.map((r) => r.id);
}

/** Adds a scheme created by the acting user; returns its id. */
export async function insertScheme(m: EntityManager, fields: SchemeFields): Promise<string> {
  const c = schemeColumns(fields);
  const [row] = await selectRows<Row<'incentive_schemes', 'id'>>(
    m,
    `INSERT INTO incentive_schemes (tenant_id, project_id, name, description, kind, trigger, amount, scale_by_weight, business_areas, technology_types,
                                    budget_cap, active_from, active_until, active, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, app_user_id()) RETURNING id`,
    [
      c.project_id,
      c.name,
      c.description,
      c.kind,
      c.trigger,
      c.amount,
      c.scale_by_weight,
      c.business_areas,
      c.technology_types,
      c.budget_cap,
      c.active_from,
      c.active_until,
      c.active,
    ],
  );
  return row.id;
}

export async function updateScheme(m: EntityManager, id: string, fields: SchemeFields): Promise<void> {
  const c = schemeColumns(fields);
  await execute(
    m,
    `UPDATE incentive_schemes SET project_id = $2, name = $3, description = $4, kind = $5, trigger = $6, amount = $7, scale_by_weight = $8, business_areas = $9,
            technology_types = $10, budget_cap = $11, active_from = $12, active_until = $13, active = $14, updated_at = now()
      WHERE id = $1`,
    [
      id,
      c.project_id,
      c.name,
      c.description,
      c.kind,
      c.trigger,
      c.amount,
      c.scale_by_weight,
      c.business_areas,
      c.technology_types,
      c.budget_cap,
      c.active_from,
      c.active_until,
      c.active,
    ],
  );
}

/** How many awards the scheme has: in any status, or only approved and paid ones when `decided`. */
export async function countSchemeAwards(m: EntityManager, schemeId: string, decided: boolean): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(
    m,
    `SELECT count(*)::int AS n FROM incentive_awards WHERE scheme_id = $1 AND (NOT $2 OR status IN ('approved', 'paid'))`,
    [schemeId, decided],
  );
  return n;
}

/** Deletes a scheme; its awards and skips go with it. */
export async function deleteScheme(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM incentive_schemes WHERE id = $1', [id]);
}

type AwardRow = Row<
  'incentive_awards',
  | 'id'
  | 'scheme_id'
  | 'unit'
  | 'recipient_user_id'
  | 'amount'
  | 'status'
  | 'reason_type'
  | 'reason_id'
  | 'reason_title'
  | 'project_id'
  | 'basis'
  | 'rejection_reason'
  | 'decided_by'
  | 'decided_at'
  | 'paid_at'
  | 'created_at'
> & {
  scheme_name: Col<'incentive_schemes', 'name'>;
  kind: Col<'incentive_schemes', 'kind'>;
  recipient_name: Col<'users', 'display_name'> | null;
  project_name: Col<'projects', 'name'>;
  decided_by_name: Col<'users', 'display_name'> | null;
};

const AWARDS = `
  SELECT a.id, a.scheme_id, s.name AS scheme_name, s.kind, a.unit, a.recipient_user_id, ru.display_name AS recipient_name, a.amount, a.status,
         a.reason_type, a.reason_id, a.reason_title, a.project_id, p.name AS project_name, a.basis, a.rejection_reason,
         a.decided_by, du.display_name AS decided_by_name, a.decided_at, a.paid_at, a.created_at
    FROM incentive_awards a
    JOIN incentive_schemes s ON s.tenant_id = a.tenant_id AND s.id = a.scheme_id
    JOIN projects p ON p.tenant_id = a.tenant_id AND p.id = a.project_id
    LEFT JOIN users ru ON ru.id = a.recipient_user_id
    LEFT JOIN users du ON du.id = a.decided_by`;

function toAward(r: AwardRow): IncentiveAward {
  return {
    id: r.id,
    schemeId: r.scheme_id,
    schemeName: r.scheme_name,
    kind: r.kind,
    unit: r.unit,
    recipientId: r.recipient_user_id,
    recipientName: r.recipient_name ?? '',
    amount: Number(r.amount),
    status: r.status,
    reason: { type: r.reason_type, id: r.reason_id, title: r.reason_title, projectId: r.project_id, projectName: r.project_name },
    // Written by the evaluation (evaluate.data.ts) in exactly this shape.
    basis: r.basis as AwardBasis,
    rejectionReason: r.rejection_reason,
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at?.toISOString() ?? null,
    paidAt: r.paid_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

/** The award queue, newest first (ids below `before`), at most `limit`. */
export async function listAwards(
  m: EntityManager,
  q: {
    status: IncentiveAward['status'] | null;
    schemeId: string | null;
    recipientId: string | null;
    projectId: string | null;
    before: string | null;
    limit: number;
  },
): Promise<IncentiveAward[]> {
  const rows = await selectRows<AwardRow>(
    m,
    `${AWARDS} WHERE ($1::text IS NULL OR a.status = $1) AND ($2::uuid IS NULL OR a.scheme_id = $2) AND ($3::uuid IS NULL OR a.recipient_user_id = $3)
                 AND ($4::uuid IS NULL OR a.project_id = $4) AND ($5::uuid IS NULL OR a.id < $5)
      ORDER BY a.id DESC LIMIT $6`,
    [q.status, q.schemeId, q.recipientId, q.projectId, q.before, q.limit],
  );
  return rows.map(toAward);
}

/** An award: any when `anyone`, else only the acting user's own; null otherwise. */
export async function findAward(m: EntityManager, id: string, anyone: boolean): Promise<IncentiveAward | null> {
  const [row] = await selectRows<AwardRow>(m, `${AWARDS} WHERE a.id = $1 AND ($2 OR a.recipient_user_id = app_user_id())`, [id, anyone]);
  return row ? toAward(row) : null;
}

/** Locks an award for a decision; null when not visible here. */
export async function lockAward(
  m: EntityManager,
  id: string,
): Promise<Row<'incentive_awards', 'status' | 'recipient_user_id' | 'scheme_id'> | null> {
  const [row] = await selectRows<Row<'incentive_awards', 'status' | 'recipient_user_id' | 'scheme_id'>>(
    m,
    'SELECT status, recipient_user_id, scheme_id FROM incentive_awards WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ?? null;
}

export async function markAwardPaid(m: EntityManager, id: string): Promise<void> {
  await execute(m, `UPDATE incentive_awards SET status = 'paid', paid_at = now(), updated_at = now() WHERE id = $1`, [id]);
}

/** Records the acting user's decision: approved, or rejected with the reason. */
export async function decideAward(
  m: EntityManager,
  id: string,
  decision: { status: 'approved' } | { status: 'rejected'; reason: string },
): Promise<void> {
  const c: Row<'incentive_awards', 'status' | 'rejection_reason'> = {
    status: decision.status,
    rejection_reason: decision.status === 'rejected' ? decision.reason : null,
  };
  await execute(
    m,
    `UPDATE incentive_awards SET status = $2, rejection_reason = $3, decided_by = app_user_id(), decided_at = now(), updated_at = now() WHERE id = $1`,
    [id, c.status, c.rejection_reason],
  );
}

/** The projects with achievements skipped under the scheme's cap. */
export async function skippedProjectIds(m: EntityManager, schemeId: string): Promise<string[]> {
  const rows = await selectRows<Row<'incentive_skips', 'project_id'>>(
    m,
    'SELECT DISTINCT project_id FROM incentive_skips WHERE scheme_id = $1',
    [schemeId],
  );
  return rows.map((r) => r.project_id);
}

/** The acting user's awards, newest first (at most 500), with totals: approved + paid by unit, and how many are still proposed. */
export async function myAwards(m: EntityManager): Promise<MyAwardsSummary> {
  const rows = await selectRows<AwardRow>(m, `${AWARDS} WHERE a.recipient_user_id = app_user_id() ORDER BY a.id DESC LIMIT 500`);
  const [t] = await selectRows<{ cny: number; points: number; pending: number }>(
    m,
    `SELECT coalesce(sum(amount) FILTER (WHERE unit = 'cny' AND status IN ('approved', 'paid')), 0)::float8 AS cny,
            coalesce(sum(amount) FILTER (WHERE unit = 'points' AND status IN ('approved', 'paid')), 0)::float8 AS points,
            count(*) FILTER (WHERE status = 'proposed')::int AS pending
       FROM incentive_awards WHERE recipient_user_id = app_user_id()`,
  );
  return { items: rows.map(toAward), totals: { cny: t.cny, points: t.points, pending: t.pending } };
}

/** Members by points (approved + paid points awards), then training hours; the first 50. */
export async function leaderboard(m: EntityManager): Promise<LeaderboardEntry[]> {
  const rows = await selectRows<
    Row<'tenant_memberships', 'user_id'> & {
      name: Col<'users', 'display_name'> | null;
      points: number;
      awards: number;
      training_hours: number;
    }
  >(
    m,
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
}

// The demo enterprises' schemes and award history (demo/demo-incentives.ts).

export async function countSchemes(m: EntityManager): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM incentive_schemes');
  return n;
}

export async function countAwards(m: EntityManager): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM incentive_awards');
  return n;
}

export async function projectStartDate(m: EntityManager, projectId: string): Promise<Col<'projects', 'start_date'>> {
  const [row] = await selectRows<Row<'projects', 'start_date'>>(m, 'SELECT start_date FROM projects WHERE id = $1', [projectId]);
  return row.start_date;
}

/** A demo scheme created by `createdBy`. */
export async function insertDemoScheme(m: EntityManager, fields: SchemeFields, createdBy: string | null): Promise<void> {
  const c = schemeColumns(fields);
  await execute(
    m,
    `INSERT INTO incentive_schemes (tenant_id, project_id, name, description, kind, trigger, amount, scale_by_weight, business_areas, technology_types,
                                    budget_cap, active_from, active_until, active, created_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      c.project_id,
      c.name,
      c.description,
      c.kind,
      c.trigger,
      c.amount,
      c.scale_by_weight,
      c.business_areas,
      c.technology_types,
      c.budget_cap,
      c.active_from,
      c.active_until,
      c.active,
      createdBy,
    ],
  );
}

/**
 * The demo history: of each scheme's awards, oldest first, the first 40 % paid, the next 30 %
 * approved, the newest still proposed and (for bonuses) the one before it rejected with `rejection`.
 * Decisions by `decidedBy` two days after the achievement, payment a week later.
 */
export async function writeDemoAwardHistory(m: EntityManager, decidedBy: string | null, rejection: string): Promise<void> {
  await execute(
    m,
    `WITH ranked AS (
       SELECT a.id, a.achieved_on, s.kind,
              row_number() OVER (PARTITION BY a.scheme_id ORDER BY a.achieved_on, a.id) - 1 AS i, count(*) OVER (PARTITION BY a.scheme_id) AS n
         FROM incentive_awards a JOIN incentive_schemes s ON s.id = a.scheme_id
     ), plan AS (
       SELECT id, achieved_on,
              CASE WHEN i = n - 1 AND n >= 2 THEN 'proposed' WHEN kind = 'bonus' AND i = n - 2 AND n >= 4 THEN 'rejected'
                   WHEN i < n * 0.4 THEN 'paid' WHEN i < n * 0.7 THEN 'approved' ELSE 'proposed' END AS status
         FROM ranked
     )
     UPDATE incentive_awards a
        SET status = plan.status,
            decided_by = CASE WHEN plan.status <> 'proposed' THEN $1::uuid END,
            decided_at = CASE WHEN plan.status <> 'proposed' THEN least(plan.achieved_on + interval '2 days 10 hours', now()) END,
            paid_at = CASE WHEN plan.status = 'paid' THEN least(plan.achieved_on + interval '9 days 15 hours', now()) END,
            rejection_reason = CASE WHEN plan.status = 'rejected' THEN $2 END,
            created_at = least(plan.achieved_on + interval '18 hours', now()),
            updated_at = now()
       FROM plan WHERE plan.id = a.id`,
    [decidedBy, rejection],
  );
}
