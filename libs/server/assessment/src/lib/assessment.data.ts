import { EntityManager } from 'typeorm';
import { Col, execute, Json, Row, selectRows } from '@xinzhi/server-db';
import {
  AssessmentResult,
  AssessmentStatus,
  AssessmentSummary,
  EvidenceValues,
  ItemAnswer,
  SceneAnswer,
  StepAssignment,
  StoredItemAnswer,
  StoredSceneAnswer,
} from '@xinzhi/shared-contracts';

type SummaryRow = Row<
  'assessments',
  'id' | 'framework_id' | 'title' | 'status' | 'total_points' | 'level' | 'created_at' | 'submitted_at' | 'scored_at' | 'assessed_on'
> & {
  framework_key: Col<'assessment_frameworks', 'key'>;
  framework_version: Col<'assessment_frameworks', 'version'>;
  answered: number;
  questions: number;
};

type DetailRow = SummaryRow &
  Row<'assessments', 'result'> & {
    created_by_name: Col<'users', 'display_name'> | null;
    submitted_by_name: Col<'users', 'display_name'> | null;
  };

/**
 * Assessments with their framework's key and version and how far they are answered: items with a
 * chosen option and scenes with a level, out of the framework's items and scenes.
 */
const SUMMARIES = `
  SELECT a.id, a.framework_id, f.key AS framework_key, f.version AS framework_version, a.title, a.status, a.total_points, a.level,
         a.created_at, a.submitted_at, a.scored_at, a.assessed_on,
         ((SELECT count(*) FROM assessment_item_answers i
            WHERE i.tenant_id = a.tenant_id AND i.assessment_id = a.id AND cardinality(i.option_ids) > 0)
          + (SELECT count(*) FROM assessment_scene_answers s WHERE s.tenant_id = a.tenant_id AND s.assessment_id = a.id))::int AS answered,
         ((SELECT coalesce(sum(jsonb_array_length(d->'items')), 0) FROM jsonb_array_elements(f.definition->'dimensions') d)
          + jsonb_array_length(f.definition->'scenes'))::int AS questions
    FROM assessments a
    JOIN assessment_frameworks f ON f.id = a.framework_id`;

function toSummary(r: SummaryRow): AssessmentSummary {
  return {
    id: r.id,
    title: r.title,
    frameworkId: r.framework_id,
    frameworkKey: r.framework_key,
    frameworkVersion: r.framework_version,
    status: r.status,
    totalPoints: r.total_points === null ? null : Number(r.total_points),
    level: r.level,
    answered: r.answered,
    questions: r.questions,
    createdAt: r.created_at.toISOString(),
    submittedAt: r.submitted_at?.toISOString() ?? null,
    scoredAt: r.scored_at?.toISOString() ?? null,
    assessedOn: r.assessed_on,
  };
}

/** An assessment as stored: its summary, the result document once scored, and who created and submitted it (names). */
export interface AssessmentRecord extends AssessmentSummary {
  result: AssessmentResult | null;
  createdBy: string | null;
  submittedBy: string | null;
}

/** Newest first, after the cursor `before` (an id), at most `limit`. */
export async function listAssessments(
  m: EntityManager,
  q: { status: AssessmentStatus | null; before: string | null; limit: number },
): Promise<AssessmentSummary[]> {
  const rows = await selectRows<SummaryRow>(
    m,
    `${SUMMARIES}
      WHERE ($1::text IS NULL OR a.status = $1) AND ($2::uuid IS NULL OR a.id < $2::uuid)
      ORDER BY a.id DESC LIMIT $3`,
    [q.status, q.before, q.limit],
  );
  return rows.map(toSummary);
}

/** One assessment of the acting tenant, or null. */
export async function findAssessment(m: EntityManager, id: string): Promise<AssessmentRecord | null> {
  const [row] = await selectRows<DetailRow>(
    m,
    `SELECT x.*, a.result, cu.display_name AS created_by_name, su.display_name AS submitted_by_name
       FROM (${SUMMARIES} WHERE a.id = $1) x
       JOIN assessments a ON a.id = x.id
       LEFT JOIN users cu ON cu.id = a.created_by
       LEFT JOIN users su ON su.id = a.submitted_by`,
    [id],
  );
  if (!row) return null;
  return {
    ...toSummary(row),
    result: row.result as unknown as AssessmentResult | null,
    createdBy: row.created_by_name,
    submittedBy: row.submitted_by_name,
  };
}

/** Locks the assessment for a change of its answers, assignments or status; null when it is not the tenant's. */
export async function lockAssessment(m: EntityManager, id: string): Promise<Row<'assessments', 'status' | 'framework_id'> | null> {
  const [row] = await selectRows<Row<'assessments', 'status' | 'framework_id'>>(
    m,
    'SELECT status, framework_id FROM assessments WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ?? null;
}

export async function itemAnswers(m: EntityManager, id: string): Promise<StoredItemAnswer[]> {
  const rows = await selectRows<
    Row<'assessment_item_answers', 'item_id' | 'option_ids' | 'evidence' | 'answered_at'> & {
      answered_by_name: Col<'users', 'display_name'> | null;
    }
  >(
    m,
    `SELECT i.item_id, i.option_ids, i.evidence, i.answered_at, u.display_name AS answered_by_name
       FROM assessment_item_answers i LEFT JOIN users u ON u.id = i.answered_by
      WHERE i.assessment_id = $1 ORDER BY i.item_id`,
    [id],
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    optionIds: r.option_ids,
    evidence: r.evidence as EvidenceValues | null,
    answeredBy: r.answered_by_name,
    answeredAt: r.answered_at.toISOString(),
  }));
}

export async function sceneAnswers(m: EntityManager, id: string): Promise<StoredSceneAnswer[]> {
  const rows = await selectRows<
    Row<'assessment_scene_answers', 'scene_id' | 'level' | 'answered_at'> & { answered_by_name: Col<'users', 'display_name'> | null }
  >(
    m,
    `SELECT s.scene_id, s.level, s.answered_at, u.display_name AS answered_by_name
       FROM assessment_scene_answers s LEFT JOIN users u ON u.id = s.answered_by
      WHERE s.assessment_id = $1 ORDER BY s.scene_id`,
    [id],
  );
  return rows.map((r) => ({
    sceneId: r.scene_id,
    level: r.level,
    answeredBy: r.answered_by_name,
    answeredAt: r.answered_at.toISOString(),
  }));
}

export async function stepAssignments(m: EntityManager, id: string): Promise<StepAssignment[]> {
  const rows = await selectRows<Row<'assessment_step_assignments', 'step_id' | 'user_id'> & { user_name: Col<'users', 'display_name'> }>(
    m,
    `SELECT s.step_id, s.user_id, u.display_name AS user_name
       FROM assessment_step_assignments s JOIN users u ON u.id = s.user_id
      WHERE s.assessment_id = $1 ORDER BY s.step_id`,
    [id],
  );
  return rows.map((r) => ({ stepId: r.step_id, userId: r.user_id, userName: r.user_name }));
}

/** The steps of the assessment assigned to the acting user. */
export async function myAssignedSteps(m: EntityManager, id: string): Promise<string[]> {
  const rows = await selectRows<Row<'assessment_step_assignments', 'step_id'>>(
    m,
    'SELECT step_id FROM assessment_step_assignments WHERE assessment_id = $1 AND user_id = app_user_id() ORDER BY step_id',
    [id],
  );
  return rows.map((r) => r.step_id);
}

/** The acting user's language (for the default title). */
export async function callerLocale(m: EntityManager): Promise<Col<'users', 'locale'> | null> {
  const [row] = await selectRows<Row<'users', 'locale'>>(m, 'SELECT locale FROM users WHERE id = app_user_id()');
  return row?.locale ?? null;
}

/** Whether the user is a member of the acting tenant. */
export async function isMember(m: EntityManager, userId: string): Promise<boolean> {
  return (await selectRows<object>(m, 'SELECT 1 FROM tenant_memberships WHERE user_id = $1', [userId])).length > 0;
}

/** A new draft; returns its id. */
export async function insertAssessment(
  m: EntityManager,
  a: { frameworkId: string; title: string; createdBy: string | null; createdAt?: Date },
): Promise<string> {
  const c: Row<'assessments', 'framework_id' | 'title' | 'created_by'> = {
    framework_id: a.frameworkId,
    title: a.title,
    created_by: a.createdBy,
  };
  const [row] = await selectRows<Row<'assessments', 'id'>>(
    m,
    `INSERT INTO assessments (tenant_id, framework_id, title, created_by, created_at, updated_at)
     VALUES (app_tenant_id(), $1, $2, $3, coalesce($4::timestamptz, now()), coalesce($4::timestamptz, now())) RETURNING id`,
    [c.framework_id, c.title, c.created_by, a.createdAt ?? null],
  );
  return row.id;
}

/** Stores an item's answer (chosen options, evidence numbers or both), replacing what was there. */
export async function upsertItemAnswer(
  m: EntityManager,
  id: string,
  a: { itemId: string; optionIds: string[]; evidence: EvidenceValues | null; by: string | null; at?: Date },
): Promise<void> {
  const c: Row<'assessment_item_answers', 'item_id' | 'option_ids' | 'evidence' | 'answered_by'> = {
    item_id: a.itemId,
    option_ids: a.optionIds,
    evidence: a.evidence as Json | null,
    answered_by: a.by,
  };
  await execute(
    m,
    `INSERT INTO assessment_item_answers (tenant_id, assessment_id, item_id, option_ids, evidence, answered_by, answered_at)
     VALUES (app_tenant_id(), $1, $2, $3, $4::jsonb, $5, coalesce($6::timestamptz, now()))
     ON CONFLICT (tenant_id, assessment_id, item_id)
     DO UPDATE SET option_ids = EXCLUDED.option_ids, evidence = EXCLUDED.evidence, answered_by = EXCLUDED.answered_by,
                   answered_at = EXCLUDED.answered_at`,
    [id, c.item_id, c.option_ids, c.evidence === null ? null : JSON.stringify(c.evidence), c.answered_by, a.at ?? null],
  );
}

/** The item becomes unanswered. */
export async function deleteItemAnswer(m: EntityManager, id: string, itemId: string): Promise<void> {
  await execute(m, 'DELETE FROM assessment_item_answers WHERE assessment_id = $1 AND item_id = $2', [id, itemId]);
}

export async function upsertSceneAnswer(
  m: EntityManager,
  id: string,
  a: { sceneId: string; level: number; by: string | null; at?: Date },
): Promise<void> {
  const c: Row<'assessment_scene_answers', 'scene_id' | 'level' | 'answered_by'> = {
    scene_id: a.sceneId,
    level: a.level,
    answered_by: a.by,
  };
  await execute(
    m,
    `INSERT INTO assessment_scene_answers (tenant_id, assessment_id, scene_id, level, answered_by, answered_at)
     VALUES (app_tenant_id(), $1, $2, $3, $4, coalesce($5::timestamptz, now()))
     ON CONFLICT (tenant_id, assessment_id, scene_id)
     DO UPDATE SET level = EXCLUDED.level, answered_by = EXCLUDED.answered_by, answered_at = EXCLUDED.answered_at`,
    [id, c.scene_id, c.level, c.answered_by, a.at ?? null],
  );
}

/** Assigns a step to a member (replacing any earlier assignee), or takes it back (`userId` null). */
export async function setStepAssignment(
  m: EntityManager,
  id: string,
  stepId: string,
  userId: string | null,
  by: string | null,
): Promise<void> {
  if (userId === null) {
    await execute(m, 'DELETE FROM assessment_step_assignments WHERE assessment_id = $1 AND step_id = $2', [id, stepId]);
    return;
  }
  const c: Row<'assessment_step_assignments', 'step_id' | 'user_id' | 'assigned_by'> = {
    step_id: stepId,
    user_id: userId,
    assigned_by: by,
  };
  await execute(
    m,
    `INSERT INTO assessment_step_assignments (tenant_id, assessment_id, step_id, user_id, assigned_by)
     VALUES (app_tenant_id(), $1, $2, $3, $4)
     ON CONFLICT (tenant_id, assessment_id, step_id)
     DO UPDATE SET user_id = EXCLUDED.user_id, assigned_by = EXCLUDED.assigned_by, updated_at = now()`,
    [id, c.step_id, c.user_id, c.assigned_by],
  );
}

/** draft → submitted on the business day `assessedOn`. */
export async function markSubmitted(m: EntityManager, id: string, by: string | null, assessedOn: string, at?: Date): Promise<void> {
  await execute(
    m,
    `UPDATE assessments SET status = 'submitted', submitted_by = $2, submitted_at = coalesce($4::timestamptz, now()), assessed_on = $3,
            updated_at = now()
      WHERE id = $1 AND status = 'draft'`,
    [id, by, assessedOn, at ?? null],
  );
}

export async function deleteAssessment(m: EntityManager, id: string): Promise<void> {
  await execute(m, 'DELETE FROM assessments WHERE id = $1', [id]);
}

// ── scoring (the worker's job and the demo) ─────────────────────────────────────────────────────

/** What the scoring needs of a submitted (or already scored) assessment, locked; null when there is nothing to score. */
export async function scoringInput(
  m: EntityManager,
  id: string,
): Promise<{ frameworkId: string; status: AssessmentStatus; items: ItemAnswer[]; scenes: SceneAnswer[] } | null> {
  const [a] = await selectRows<Row<'assessments', 'framework_id' | 'status'>>(
    m,
    `SELECT framework_id, status FROM assessments WHERE id = $1 AND status IN ('submitted', 'scored') FOR UPDATE`,
    [id],
  );
  if (!a) return null;
  const items = await selectRows<Row<'assessment_item_answers', 'item_id' | 'option_ids' | 'evidence'>>(
    m,
    'SELECT item_id, option_ids, evidence FROM assessment_item_answers WHERE assessment_id = $1 AND cardinality(option_ids) > 0 ORDER BY item_id',
    [id],
  );
  const scenes = await selectRows<Row<'assessment_scene_answers', 'scene_id' | 'level'>>(
    m,
    'SELECT scene_id, level FROM assessment_scene_answers WHERE assessment_id = $1 ORDER BY scene_id',
    [id],
  );
  return {
    frameworkId: a.framework_id,
    status: a.status,
    items: items.map((r) => ({
      itemId: r.item_id,
      optionIds: r.option_ids,
      ...(r.evidence ? { evidence: r.evidence as EvidenceValues } : {}),
    })),
    scenes: scenes.map((r) => ({ sceneId: r.scene_id, level: r.level })),
  };
}

/**
 * Writes the result and marks the assessment scored. Idempotent: the same answers give the same
 * result, and a second run keeps the first run's `scored_at`.
 */
export async function writeResult(m: EntityManager, id: string, result: AssessmentResult, at?: Date): Promise<void> {
  const c: Row<'assessments', 'result' | 'total_points' | 'level'> = {
    result: result as unknown as Json,
    total_points: String(result.totalPoints),
    level: result.level,
  };
  await execute(
    m,
    `UPDATE assessments SET status = 'scored', result = $2::jsonb, total_points = $3, level = $4,
            scored_at = coalesce(scored_at, $5::timestamptz, now()), updated_at = now()
      WHERE id = $1 AND status IN ('submitted', 'scored')`,
    [id, JSON.stringify(c.result), c.total_points, c.level, at ?? null],
  );
}

/** Submitted assessments left unscored (a lost job), across tenants: ids only, through the definer function. */
export async function unscoredAssessments(m: EntityManager, limit = 200): Promise<Array<{ tenant_id: string; assessment_id: string }>> {
  return selectRows<{ tenant_id: string; assessment_id: string }>(
    m,
    'SELECT tenant_id, assessment_id FROM worker_unscored_assessments($1)',
    [limit],
  );
}

/** How many assessments the acting tenant has (the demo adds its own only to a tenant without any). */
export async function countAssessments(m: EntityManager): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, 'SELECT count(*)::int AS n FROM assessments');
  return n;
}
