/**
 * KPIs of a transformation project and their dated readings (DESIGN.md §2, §5).
 * Shapes of /api/projects/:id/kpis, /api/kpis/:id and /api/kpis/:id/readings.
 */

export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export const KPI_CATEGORIES = ['efficiency', 'quality', 'cost', 'green', 'digital_foundation'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];
export const READING_SOURCES = ['manual', 'import', 'api'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

export interface Kpi {
  id: string;
  projectId: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  category: KpiCategory;
  baseline: number;
  target: number;
  targetDate: string | null;
  ownerId: string | null;
  ownerName: string | null;
  /** The newest reading, or null while there is none. */
  latest: { takenOn: string; value: number } | null;
  /** clamp((latest − baseline) / (target − baseline), 0, 1), signs flipped for lower-is-better. */
  attainment: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateKpiRequest {
  name: string;
  unit: string;
  direction: KpiDirection;
  category: KpiCategory;
  baseline: number;
  target: number;
  targetDate?: string | null;
  ownerId?: string | null;
}

export type UpdateKpiRequest = Partial<CreateKpiRequest>;

export interface KpiReading {
  id: string;
  kpiId: string;
  takenOn: string;
  value: number;
  source: ReadingSource;
  recordedBy: string | null;
  recordedByName: string | null;
  createdAt: string;
}

export interface CreateReadingRequest {
  takenOn: string;
  value: number;
  source?: ReadingSource;
}

/**
 * KPI attainment a (DESIGN.md §5): how far the newest value has come from the baseline towards the
 * target, clamped to [0, 1]. Without readings the baseline stands. When target equals baseline, 1
 * once the target is reached, else 0.
 */
export function kpiAttainment(kpi: { baseline: number; target: number; direction: KpiDirection }, latest: number | null): number {
  const value = latest ?? kpi.baseline;
  const sign = kpi.direction === 'lower_is_better' ? -1 : 1;
  if (kpi.target === kpi.baseline) return sign * (value - kpi.target) >= 0 ? 1 : 0;
  const a = (value - kpi.baseline) / (kpi.target - kpi.baseline);
  return Math.min(1, Math.max(0, a));
}
