import type { AssessmentFrameworkSummary, AssessmentSummary } from '@xinzhi/shared-contracts';

/** The MIIT table is what parks and the SME programme grade with: preselected when present. */
export const DEFAULT_FRAMEWORK_KEY = 'miit-sme-dl';

export function defaultFramework(frameworks: readonly AssessmentFrameworkSummary[]): AssessmentFrameworkSummary | null {
  return frameworks.find((f) => f.key === DEFAULT_FRAMEWORK_KEY) ?? frameworks[0] ?? null;
}

/** When an assessment counts as taken: the day it was submitted, else when it was created. */
function takenAt(a: AssessmentSummary): string {
  return a.assessedOn ?? a.createdAt;
}

/** `/assessments/<T1>/compare/<T0>` for two scored assessments, the later one as T1; null unless exactly two are picked. */
export function compareRoute(items: readonly AssessmentSummary[], picked: readonly string[]): string[] | null {
  if (picked.length !== 2) return null;
  const chosen = picked.map((id) => items.find((a) => a.id === id)).filter((a): a is AssessmentSummary => !!a && a.status === 'scored');
  if (chosen.length !== 2) return null;
  const [earlier, later] = [...chosen].sort((x, y) => takenAt(x).localeCompare(takenAt(y)) || x.createdAt.localeCompare(y.createdAt));
  return ['/assessments', later.id, 'compare', earlier.id];
}
