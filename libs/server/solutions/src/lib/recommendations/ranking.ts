import { BusinessArea, EnterpriseScale, Recommendation, RecommendationReason, Solution } from '@xinzhi/shared-contracts';

/** What a tenant's recommendations are ranked against. */
export interface RecommendationFacts {
  /** Its open pain points. */
  painPoints: Array<{ id: string; title: string; businessArea: BusinessArea; sceneId: string | null; severity: number }>;
  /** Scene levels of its latest scored assessment (empty without one). */
  sceneLevels: Array<{ sceneId: string; level: number }>;
  /** GB/T 4754 section and scale of the enterprise. */
  industrySection: string;
  scale: EnterpriseScale;
}

/** The points each fact earns (only the order of scores matters; docs/domain.md explains the weights). */
export const RECOMMENDATION_POINTS = {
  /** A pain point in a business area the solution covers: base + per severity step, more when its scene is one the solution raises. */
  painPoint: 10,
  painPointPerSeverity: 2,
  painPointSceneMatch: 4,
  /** A scene the solution raises above the enterprise's level: base + per level to climb. */
  sceneGap: 5,
  sceneGapPerLevel: 3,
  industry: 3,
  scale: 2,
  /** Up to this many weeks, each week fewer than it earns `perWeekUnder` (a small bonus for quick ones). */
  quickWeeks: 12,
  perWeekUnder: 0.25,
} as const;

const P = RECOMMENDATION_POINTS;

/** One solution's score and reasons (facts the client words). */
export function scoreSolution(solution: Solution, facts: RecommendationFacts): Recommendation {
  let score = 0;
  const reasons: RecommendationReason[] = [];
  const raises = new Map(solution.scenes.map((s) => [s.sceneId, s.toLevel]));

  const painPoints = facts.painPoints
    .filter((p) => solution.businessAreas.includes(p.businessArea))
    .sort((a, b) => b.severity - a.severity || a.title.localeCompare(b.title));
  for (const p of painPoints) {
    score += P.painPoint + P.painPointPerSeverity * p.severity + (p.sceneId && raises.has(p.sceneId) ? P.painPointSceneMatch : 0);
    reasons.push({ kind: 'pain_point', painPointId: p.id, title: p.title, businessArea: p.businessArea, severity: p.severity });
  }

  const levels = new Map(facts.sceneLevels.map((s) => [s.sceneId, s.level]));
  for (const s of solution.scenes) {
    const level = levels.get(s.sceneId);
    if (level === undefined || level >= s.toLevel) continue;
    score += P.sceneGap + P.sceneGapPerLevel * (s.toLevel - level);
    reasons.push({ kind: 'scene_gap', sceneId: s.sceneId, fromLevel: level, toLevel: s.toLevel });
  }

  if (solution.industries.includes(facts.industrySection)) {
    score += P.industry;
    reasons.push({ kind: 'industry', section: facts.industrySection });
  }
  if (solution.scales.includes(facts.scale)) {
    score += P.scale;
    reasons.push({ kind: 'scale', scale: facts.scale });
  }
  score += Math.max(0, P.quickWeeks - solution.deployWeeks) * P.perWeekUnder;
  reasons.push({ kind: 'deploy_weeks', weeks: solution.deployWeeks });

  return { solution, score, reasons };
}

/** The solutions ranked best first (ties: quicker to deploy, then by name). */
export function rankSolutions(solutions: Solution[], facts: RecommendationFacts): Recommendation[] {
  return solutions
    .map((s) => scoreSolution(s, facts))
    .sort(
      (a, b) =>
        b.score - a.score || a.solution.deployWeeks - b.solution.deployWeeks || a.solution.name.localeCompare(b.solution.name, 'zh-CN'),
    );
}
