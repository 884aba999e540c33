import type { Health } from './projects';

/**
 * One project's numbers at the end of one day (GET /api/projects/:id/snapshots). Written by the
 * worker: each night for the day that ended, and once backfilled from task and reading history.
 */
export interface ProgressSnapshot {
  /** `YYYY-MM-DD`, the day the numbers describe (state at its end). */
  day: string;
  /** Task progress P, a fraction. */
  progress: number;
  /** Planned progress PV / Σ weight, a fraction: where the plan says P should be. */
  planned: number;
  kpiAttainment: number | null;
  transformationIndex: number;
  spi: number;
  health: Health;
}

export interface SnapshotSeries {
  projectId: string;
  /** Oldest first, at most one per day, up to `days` back from yesterday. */
  items: ProgressSnapshot[];
}

/** Query of GET /api/projects/:id/snapshots. */
export interface SnapshotQuery {
  /** How many days back (default 90, at most 366). */
  days?: number;
}
