import { Injectable } from '@nestjs/common';
import { addDays, Clock } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { PARK_TREND_DAYS, ParkDashboard } from '@xinzhi/shared-contracts';
import { parkRollupRows } from '../summaries/summaries.data';
import { buildDashboard } from './dashboard-rules';
import { parkSnapshots } from './dashboard.data';

/** The park administrator's dashboard, from the rollups and the park's snapshots only. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  dashboard(): Promise<ParkDashboard> {
    const today = this.clock.today();
    return this.tx.run(async (m) => {
      const rows = await parkRollupRows(m, this.clock.timeZone);
      const snapshots = await parkSnapshots(m, addDays(today, -PARK_TREND_DAYS), today);
      return buildDashboard(rows, today, snapshots);
    });
  }
}
