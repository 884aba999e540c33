import { AreaPainPoints, BUSINESS_AREAS, BusinessArea, PainPointMatrix } from '@xinzhi/shared-contracts';

/** A tenant as the matrix sees it: its industry section and its rollup's open pain points by business area. */
export interface MatrixTenant {
  industrySection: string;
  painPointsByArea: Partial<Record<BusinessArea, AreaPainPoints>>;
}

/** Business areas that no published solution of the park covers (unmet demand), in the areas' order. */
export function unmetAreas(publishedAreas: string[][]): BusinessArea[] {
  const covered = new Set(publishedAreas.flat());
  return BUSINESS_AREAS.filter((a) => !covered.has(a));
}

/**
 * Industry section × business area: per cell the count of open pain points of the section's tenants
 * in the area and their mean severity (sum of severities / count); a cell is unmet demand when its
 * area is among `unmet`. Cells without pain points are left out.
 */
export function painPointMatrix(tenants: MatrixTenant[], unmet: BusinessArea[]): PainPointMatrix {
  const sums = new Map<string, { industrySection: string; businessArea: BusinessArea; count: number; severitySum: number }>();
  for (const t of tenants) {
    for (const area of BUSINESS_AREAS) {
      const p = t.painPointsByArea[area];
      if (!p || p.count <= 0) continue;
      const key = `${t.industrySection}|${area}`;
      const cell = sums.get(key) ?? { industrySection: t.industrySection, businessArea: area, count: 0, severitySum: 0 };
      cell.count += p.count;
      cell.severitySum += p.severitySum;
      sums.set(key, cell);
    }
  }
  const industrySections = [...new Set([...sums.values()].map((c) => c.industrySection))].sort();
  const unmetSet = new Set(unmet);
  const cells = industrySections.flatMap((industrySection) =>
    BUSINESS_AREAS.flatMap((businessArea) => {
      const c = sums.get(`${industrySection}|${businessArea}`);
      return c
        ? [{ industrySection, businessArea, count: c.count, meanSeverity: c.severitySum / c.count, unmet: unmetSet.has(businessArea) }]
        : [];
    }),
  );
  return {
    industrySections,
    businessAreas: [...BUSINESS_AREAS],
    unmetAreas: [...unmet],
    cells,
    total: cells.reduce((s, c) => s + c.count, 0),
  };
}
