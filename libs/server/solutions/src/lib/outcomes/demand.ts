import { PainPoint, Solution, UnmetDemand } from '@xinzhi/shared-contracts';

/** Whether a published solution answers the pain point: it covers its business area and, when the pain point names a scene, raises that scene. */
export function answers(solution: Pick<Solution, 'businessAreas' | 'scenes'>, p: Pick<PainPoint, 'businessArea' | 'sceneId'>): boolean {
  return solution.businessAreas.includes(p.businessArea) && (p.sceneId === null || solution.scenes.some((s) => s.sceneId === p.sceneId));
}

/** Open pain points no published solution answers, with their counts by business area × industry section (largest first). */
export function unmetDemand(painPoints: PainPoint[], published: Solution[], sectionOf: (tenantId: string) => string): UnmetDemand {
  const unmet = painPoints.filter((p) => p.status === 'open' && !published.some((s) => answers(s, p)));
  const counts = new Map<string, { businessArea: PainPoint['businessArea']; industrySection: string; count: number }>();
  for (const p of unmet) {
    const industrySection = sectionOf(p.tenantId);
    const key = `${p.businessArea}|${industrySection}`;
    const cell = counts.get(key) ?? { businessArea: p.businessArea, industrySection, count: 0 };
    cell.count++;
    counts.set(key, cell);
  }
  const cells = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.businessArea.localeCompare(b.businessArea) || a.industrySection.localeCompare(b.industrySection),
  );
  return { painPoints: unmet, cells };
}
