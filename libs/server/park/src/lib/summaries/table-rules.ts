import {
  type HEALTH_STATES,
  TENANT_TABLE_PAGE_SIZE_MAX,
  type TenantTablePage,
  type TenantTableQuery,
  type TenantTableRow,
  type TenantTableSort,
} from '@xinzhi/shared-contracts';
import { attentionReasons } from '../rollups/rollup-rules';
import type { ParkRollupRow } from './summaries.data';

export const TENANT_TABLE_PAGE_SIZE_DEFAULT = 20;

const HEALTH_ORDER: Record<(typeof HEALTH_STATES)[number], number> = { late: 0, at_risk: 1, on_track: 2 };

function sortValue(row: TenantTableRow, sort: TenantTableSort): string | number | null {
  switch (sort) {
    case 'name':
      return row.name;
    case 'health':
      return row.health === null ? null : HEALTH_ORDER[row.health];
    case 'lastActivityAt':
      return row.lastActivityAt;
    default:
      return row[sort];
  }
}

/** Ascending compare with nulls last in either direction; ties broken by name, then id. */
function compare(a: TenantTableRow, b: TenantTableRow, sort: TenantTableSort, dir: 'asc' | 'desc'): number {
  const x = sortValue(a, sort);
  const y = sortValue(b, sort);
  if (x === null && y !== null) return 1;
  if (y === null && x !== null) return -1;
  let c = 0;
  if (x !== null && y !== null) {
    c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x) - Number(y);
    if (dir === 'desc') c = -c;
  }
  return c || a.name.localeCompare(b.name, 'zh-CN') || a.tenantId.localeCompare(b.tenantId);
}

/**
 * The park's tenant table: the rollups filtered by classification, name (case-insensitive part)
 * and attention reason, sorted (default by name), one page of it.
 */
export function tenantTable(rows: readonly ParkRollupRow[], query: TenantTableQuery, today: string): TenantTablePage {
  const q = query.q?.toLowerCase();
  const all: TenantTableRow[] = rows.map((r) => ({
    tenantId: r.tenantId,
    name: r.name,
    industrySection: r.industrySection,
    industryDivision: r.industryDivision,
    scale: r.scale,
    region: r.region,
    emerging: r.emerging,
    manufacturingType: r.manufacturingType,
    activeProjects: r.activeProjects,
    lateProjects: r.lateProjects,
    progress: r.progress,
    transformationIndex: r.transformationIndex,
    health: r.health,
    kpisStale: r.kpisStale,
    maturityLevel: r.maturityLevel,
    maturityPoints: r.maturityPoints,
    openPainPoints: r.openPainPoints,
    lastActivityAt: r.lastActivityAt?.toISOString() ?? null,
    reasons: attentionReasons(r, today),
  }));
  const filtered = all.filter(
    (r) =>
      (!q || r.name.toLowerCase().includes(q)) &&
      (!query.industry || r.industrySection === query.industry) &&
      (!query.scale || r.scale === query.scale) &&
      (query.region === undefined || query.region === '' || r.region === query.region) &&
      (query.emerging === undefined || r.emerging === query.emerging) &&
      (!query.manufacturingType || r.manufacturingType === query.manufacturingType) &&
      (!query.reason || r.reasons.includes(query.reason)),
  );
  const sort = query.sort ?? 'name';
  const dir = query.dir ?? 'asc';
  filtered.sort((a, b) => compare(a, b, sort, dir));
  const pageSize = Math.min(query.pageSize ?? TENANT_TABLE_PAGE_SIZE_DEFAULT, TENANT_TABLE_PAGE_SIZE_MAX);
  const page = query.page ?? 1;
  return {
    items: filtered.slice((page - 1) * pageSize, page * pageSize),
    total: filtered.length,
    page,
    pageSize,
    regions: [...new Set(rows.map((r) => r.region).filter((r) => r !== ''))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}
