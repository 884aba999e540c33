/** The adopted solution a task or KPI came from (its name, as the API sends it), or null. */
export function solutionName(origin: { type: string; solutionName?: string } | null | undefined): string | null {
  return origin?.type === 'solution' ? (origin.solutionName ?? null) : null;
}
