import { EntityManager } from 'typeorm';
import { clearSkips, lockActiveSchemes, projectState, proposeAwards, recordEvaluation } from './evaluate.data';

export interface EvaluationResult {
  /** False when the project is not visible in the tenant's context (deleted, or another tenant's). */
  found: boolean;
  /** The project state (`progress_computed_at`, as text at full precision) this evaluation covered. */
  evaluatedFor: string | null;
  proposed: number;
  skipped: number;
}

/**
 * Evaluates the incentive rules over one project's current state, in the caller's tenant
 * transaction. Set-based and idempotent: an achievement already awarded (in any status, rejected
 * included) is never proposed again, so retried jobs, repeated updates and a task reopened and done
 * again add nothing. The schemes are locked first (in id order), so evaluations of two projects
 * under one tenant-wide scheme take its budget one after the other. `today` (the business calendar's,
 * Clock.today()) decides which schemes are within their active dates.
 */
export async function evaluateIncentives(m: EntityManager, projectId: string, today: string): Promise<EvaluationResult> {
  const project = await projectState(m, projectId);
  if (!project) return { found: false, evaluatedFor: null, proposed: 0, skipped: 0 };
  const schemeIds = await lockActiveSchemes(m, projectId, today);
  let counts = { proposed: 0, skipped: 0 };
  if (schemeIds.length) {
    // Skips are recomputed: what no longer qualifies, or now fits the budget, stops being a skip.
    await clearSkips(m, projectId, schemeIds);
    counts = await proposeAwards(m, projectId, schemeIds);
  }
  await recordEvaluation(m, projectId, project.state);
  return { found: true, evaluatedFor: project.state, ...counts };
}
