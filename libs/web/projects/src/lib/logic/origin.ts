/** The adopted solution a task or KPI came from (its name, as the API sends it), or null. */
export function solutionName(origin: { type: string; solutionName?: string } | null | undefined): string | null {
  return origin?.type === 'solution' ? (origin.solutionName ?? null) : null;
}

/** The assessment a task was made from (one of its gaps), or null. */
export function assessmentOrigin(
  origin: { type: string; assessmentId?: string; assessmentTitle?: string } | null | undefined,
): { assessmentId: string; assessmentTitle: string } | null {
  return origin?.type === 'assessment_gap' && origin.assessmentId
    ? { assessmentId: origin.assessmentId, assessmentTitle: origin.assessmentTitle ?? '' }
    : null;
}
