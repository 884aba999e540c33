import type { AssessmentComparison, AssessmentFrameworkDefinition, AssessmentResult } from '@xinzhi/shared-contracts';
import { round } from './exact';

export interface ScoredAssessment {
  def: AssessmentFrameworkDefinition;
  result: Pick<AssessmentResult, 'totalPoints' | 'level' | 'dimensionPoints' | 'sceneLevels'>;
}

/**
 * T0 → T1. Both are scored results of the same framework key; their versions may differ, so only
 * the dimensions and scenes present in both are compared (in the later version's order).
 * Deltas are later minus earlier, rounded to two decimals.
 */
export function compareResults(
  from: ScoredAssessment,
  to: ScoredAssessment,
): Pick<AssessmentComparison, 'totalDelta' | 'levelDelta' | 'dimensions' | 'scenes'> {
  const fromDimensions = new Map(from.result.dimensionPoints.map((d) => [d.dimensionId, d.points]));
  const toDimensions = new Map(to.result.dimensionPoints.map((d) => [d.dimensionId, d.points]));
  const fromScenes = new Map(from.result.sceneLevels.map((s) => [s.sceneId, s.level]));
  const toScenes = new Map(to.result.sceneLevels.map((s) => [s.sceneId, s.level]));
  const inFrom = (ids: Set<string>) => (id: string) => ids.has(id);
  const fromDimensionIds = new Set(from.def.dimensions.map((d) => d.id));
  const fromSceneIds = new Set(from.def.scenes.map((s) => s.id));

  return {
    totalDelta: round(to.result.totalPoints - from.result.totalPoints),
    levelDelta: to.result.level - from.result.level,
    dimensions: to.def.dimensions
      .map((d) => d.id)
      .filter(inFrom(fromDimensionIds))
      .map((dimensionId) => {
        const before = round(fromDimensions.get(dimensionId) ?? 0);
        const after = round(toDimensions.get(dimensionId) ?? 0);
        return { dimensionId, from: before, to: after, delta: round(after - before) };
      }),
    scenes: to.def.scenes
      .map((s) => s.id)
      .filter(inFrom(fromSceneIds))
      .map((sceneId) => {
        const before = fromScenes.get(sceneId) ?? 0;
        const after = toScenes.get(sceneId) ?? 0;
        return { sceneId, from: before, to: after, delta: after - before };
      }),
  };
}
