import {
  Analysis,
  AnalysisMeasure,
  AnalysisTenantRef,
  AnalysisValue,
  ClassificationDimension,
  ENTERPRISE_SCALES,
  EMERGING_KEYS,
  Health,
  LevelCount,
  MANUFACTURING_TYPES,
} from '@xinzhi/shared-contracts';

/** A tenant of the park as the cross-analysis sees it: its classification and the rollup numbers it weighs. */
export interface AnalysisTenant {
  id: string;
  name: string;
  industrySection: string;
  scale: (typeof ENTERPRISE_SCALES)[number];
  region: string;
  emerging: boolean;
  manufacturingType: (typeof MANUFACTURING_TYPES)[number];
  /** From the tenant's rollup; null (or 0) when it has none yet. */
  transformationIndex: number | null;
  maturityLevel: number | null;
  maturityPoints: number | null;
  health: Health | null;
  openPainPoints: number;
}

/** The tenant's value on a dimension (the key of its row or column). */
export function dimensionKey(t: AnalysisTenant, d: ClassificationDimension): string {
  switch (d) {
    case 'industry':
      return t.industrySection;
    case 'scale':
      return t.scale;
    case 'region':
      return t.region;
    case 'emerging':
      return t.emerging ? EMERGING_KEYS[0] : EMERGING_KEYS[1];
    case 'manufacturingType':
      return t.manufacturingType;
  }
}

/** Fixed orders for the enumerated dimensions; others sort by their text. */
const ORDERS: Partial<Record<ClassificationDimension, readonly string[]>> = {
  scale: ENTERPRISE_SCALES,
  emerging: EMERGING_KEYS,
  manufacturingType: MANUFACTURING_TYPES,
};

/** The keys present among the tenants, in display order. */
export function dimensionKeys(tenants: AnalysisTenant[], d: ClassificationDimension): string[] {
  const present = [...new Set(tenants.map((t) => dimensionKey(t, d)))];
  const order = ORDERS[d];
  return order ? present.sort((a, b) => order.indexOf(a) - order.indexOf(b)) : present.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/**
 * The measure over a group of tenants:
 * - tenantCount: how many;
 * - meanIndex / meanMaturityPoints: the mean over those that have the number (null when none does);
 * - levelDistribution: the count per maturity level (null = never assessed), value = assessed tenants;
 * - shareLate: of the tenants with an active project (a health), the share whose worst health is late;
 * - painPoints: the sum of their open pain points.
 */
export function measureOf(group: AnalysisTenant[], measure: AnalysisMeasure): AnalysisValue {
  const tenantCount = group.length;
  switch (measure) {
    case 'tenantCount':
      return { tenantCount, value: tenantCount, levels: null };
    case 'meanIndex':
      return {
        tenantCount,
        value: mean(group.flatMap((t) => (t.transformationIndex === null ? [] : [t.transformationIndex]))),
        levels: null,
      };
    case 'meanMaturityPoints':
      return { tenantCount, value: mean(group.flatMap((t) => (t.maturityPoints === null ? [] : [t.maturityPoints]))), levels: null };
    case 'levelDistribution':
      return { tenantCount, value: group.filter((t) => t.maturityLevel !== null).length, levels: levelCounts(group) };
    case 'shareLate': {
      const withHealth = group.filter((t) => t.health !== null);
      return {
        tenantCount,
        value: withHealth.length ? withHealth.filter((t) => t.health === 'late').length / withHealth.length : null,
        levels: null,
      };
    }
    case 'painPoints':
      return { tenantCount, value: group.reduce((s, t) => s + t.openPainPoints, 0), levels: null };
  }
}

/** Counts per maturity level, lowest first, never-assessed (null) last; levels without tenants left out. */
export function levelCounts(group: AnalysisTenant[]): LevelCount[] {
  const counts = new Map<number | null, number>();
  for (const t of group) counts.set(t.maturityLevel, (counts.get(t.maturityLevel) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b)).map(([level, count]) => ({ level, count }));
}

const byName = (a: AnalysisTenantRef, b: AnalysisTenantRef) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);

/** The pivot of the park's tenants: `rows` × `cols`, each non-empty cell with its measure and its tenants, plus totals. */
export function pivot(
  tenants: AnalysisTenant[],
  rows: ClassificationDimension,
  cols: ClassificationDimension,
  measure: AnalysisMeasure,
): Analysis {
  const rowKeys = dimensionKeys(tenants, rows);
  const colKeys = dimensionKeys(tenants, cols);
  const groups = new Map<string, AnalysisTenant[]>();
  for (const t of tenants) {
    const key = JSON.stringify([dimensionKey(t, rows), dimensionKey(t, cols)]);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const cells = rowKeys.flatMap((row) =>
    colKeys.flatMap((col) => {
      const group = groups.get(JSON.stringify([row, col]));
      if (!group) return [];
      return [{ row, col, ...measureOf(group, measure), tenants: group.map((t) => ({ id: t.id, name: t.name })).sort(byName) }];
    }),
  );
  return {
    rows,
    cols,
    measure,
    rowKeys,
    colKeys,
    cells,
    rowTotals: rowKeys.map((key) => ({
      key,
      ...measureOf(
        tenants.filter((t) => dimensionKey(t, rows) === key),
        measure,
      ),
    })),
    colTotals: colKeys.map((key) => ({
      key,
      ...measureOf(
        tenants.filter((t) => dimensionKey(t, cols) === key),
        measure,
      ),
    })),
    total: measureOf(tenants, measure),
  };
}
