import {
  ATTENTION_LIST_MAX,
  ATTENTION_REASONS,
  type AttentionEntry,
  type AttentionReason,
  type ParkDashboard,
  type ParkTrendPoint,
} from '@xinzhi/shared-contracts';
import { attentionReasons } from '../rollups/rollup-rules';
import type { ParkRollupRow } from '../summaries/summaries.data';

function mean(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The park's averages of the day from its tenants' rollups — the same definitions as the nightly
 * `park_snapshots` row (worker_write_park_snapshots): means over tenants that have the number,
 * shares over the active projects that have a health.
 */
export function trendPoint(rows: readonly ParkRollupRow[], day: string): ParkTrendPoint {
  const onTrack = rows.reduce((n, r) => n + r.onTrackProjects, 0);
  const atRisk = rows.reduce((n, r) => n + r.atRiskProjects, 0);
  const late = rows.reduce((n, r) => n + r.lateProjects, 0);
  const withHealth = onTrack + atRisk + late;
  return {
    day,
    tenants: rows.length,
    activeTenants: rows.filter((r) => r.activeProjects > 0).length,
    assessedTenants: rows.filter((r) => r.maturityLevel !== null).length,
    meanIndex: mean(rows.map((r) => r.transformationIndex)),
    meanProgress: mean(rows.map((r) => r.progress)),
    meanMaturityPoints: mean(rows.map((r) => r.maturityPoints)),
    shareOnTrack: share(onTrack, withHealth),
    shareAtRisk: share(atRisk, withHealth),
    shareLate: share(late, withHealth),
    openPainPoints: rows.reduce((n, r) => n + r.openPainPoints, 0),
    staleKpis: rows.reduce((n, r) => n + r.kpisStale, 0),
  };
}

/** Tiles, the attention queue (most reasons first, then by name; capped, with totals per reason) and the trend. */
export function buildDashboard(rows: readonly ParkRollupRow[], today: string, snapshots: readonly ParkTrendPoint[]): ParkDashboard {
  const levels = new Map<number, number>();
  for (const r of rows) if (r.maturityLevel !== null) levels.set(r.maturityLevel, (levels.get(r.maturityLevel) ?? 0) + 1);
  const totals = Object.fromEntries(ATTENTION_REASONS.map((reason) => [reason, 0])) as Record<AttentionReason, number>;
  const entries: AttentionEntry[] = [];
  for (const r of rows) {
    const reasons = attentionReasons(r, today);
    if (!reasons.length) continue;
    for (const reason of reasons) totals[reason] += 1;
    entries.push({ tenantId: r.tenantId, name: r.name, reasons });
  }
  entries.sort(
    (a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name, 'zh-CN') || a.tenantId.localeCompare(b.tenantId),
  );
  const today_ = trendPoint(rows, today);
  return {
    asOf: today,
    tiles: {
      tenants: today_.tenants,
      withActiveProject: today_.activeTenants,
      assessed: today_.assessedTenants,
      levels: [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([level, tenants]) => ({ level, tenants })),
      activeProjects: rows.reduce((n, r) => n + r.activeProjects, 0),
      onTrackProjects: rows.reduce((n, r) => n + r.onTrackProjects, 0),
      atRiskProjects: rows.reduce((n, r) => n + r.atRiskProjects, 0),
      lateProjects: rows.reduce((n, r) => n + r.lateProjects, 0),
      shareOnTrack: today_.shareOnTrack,
      shareAtRisk: today_.shareAtRisk,
      shareLate: today_.shareLate,
      meanIndex: today_.meanIndex,
      meanMaturityPoints: today_.meanMaturityPoints,
    },
    attention: { tenants: entries.length, totals, items: entries.slice(0, ATTENTION_LIST_MAX) },
    trend: [...snapshots.filter((s) => s.day < today), today_],
  };
}
