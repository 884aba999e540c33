import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import type { ParkTrendPoint } from '@xinzhi/shared-contracts';

type SnapshotRow = Row<
  'park_snapshots',
  | 'day'
  | 'tenants'
  | 'active_tenants'
  | 'assessed_tenants'
  | 'mean_index'
  | 'mean_progress'
  | 'mean_maturity_points'
  | 'share_on_track'
  | 'share_at_risk'
  | 'share_late'
  | 'open_pain_points'
  | 'stale_kpis'
>;

/** The acting park's daily snapshots from `from` up to the day before `today`, oldest first. */
export async function parkSnapshots(m: EntityManager, from: string, today: string): Promise<ParkTrendPoint[]> {
  const rows = await selectRows<SnapshotRow>(
    m,
    `SELECT day, tenants, active_tenants, assessed_tenants, mean_index, mean_progress, mean_maturity_points,
            share_on_track, share_at_risk, share_late, open_pain_points, stale_kpis
       FROM park_snapshots WHERE park_id = app_park_id() AND day >= $1::date AND day < $2::date ORDER BY day`,
    [from, today],
  );
  return rows.map((r) => ({
    day: r.day,
    tenants: r.tenants,
    activeTenants: r.active_tenants,
    assessedTenants: r.assessed_tenants,
    meanIndex: r.mean_index,
    meanProgress: r.mean_progress,
    meanMaturityPoints: r.mean_maturity_points,
    shareOnTrack: r.share_on_track,
    shareAtRisk: r.share_at_risk,
    shareLate: r.share_late,
    openPainPoints: r.open_pain_points,
    staleKpis: r.stale_kpis,
  }));
}
