import { addDays } from '@xinzhi/server-core';
import {
  type AreaPainPoints,
  type AttentionReason,
  type BusinessArea,
  type Health as HealthState,
  INACTIVE_AFTER_DAYS,
  type ParkTenantSummary,
  type ProjectPhase,
  type ProjectStatus,
  type ReadingInterval,
  type TenantProjectSummary,
} from '@xinzhi/shared-contracts';

/**
 * The rules of a tenant's park rollup, pure: the worker's refresh computes the row with them, and
 * the park's routes derive the attention reasons with them. domain.md states them in words.
 */

/** `day` moved by whole calendar months, clamped to the month's end (2026-03-31 − 1 month = 2026-02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day one interval before `today`: a reading must be taken after it. */
export function intervalCutoff(interval: ReadingInterval, today: string): string {
  switch (interval) {
    case 'weekly':
      return addDays(today, -7);
    case 'monthly':
      return addMonths(today, -1);
    case 'quarterly':
      return addMonths(today, -3);
  }
}

/**
 * A KPI is stale when it has no reading taken in its interval before today (weekly: the last 7 days,
 * monthly: since the same day last month, quarterly: three months) — and it is older than that
 * interval itself (a KPI defined yesterday is not stale yet). Readings dated after today do not count.
 */
export function isKpiStale(kpi: { interval: ReadingInterval; lastReadingOn: string | null; createdOn: string }, today: string): boolean {
  const cutoff = intervalCutoff(kpi.interval, today);
  const reading = kpi.lastReadingOn !== null && kpi.lastReadingOn <= today ? kpi.lastReadingOn : null;
  const newest = reading !== null && reading > kpi.createdOn ? reading : kpi.createdOn;
  return newest <= cutoff;
}

const HEALTH_RANK: Record<HealthState, number> = { late: 0, at_risk: 1, on_track: 2 };

/** The worst of the healths (late < at risk < on track); null when none has one. */
export function worstHealth(healths: ReadonlyArray<HealthState | null>): HealthState | null {
  let worst: HealthState | null = null;
  for (const h of healths) if (h !== null && (worst === null || HEALTH_RANK[h] < HEALTH_RANK[worst])) worst = h;
  return worst;
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

/** What the refresh reads of a tenant (in its context), before the rules. */
export interface RollupInput {
  tenantId: string;
  projects: ReadonlyArray<{
    id: string;
    name: string;
    phase: ProjectPhase;
    status: ProjectStatus;
    progress: number | null;
    transformationIndex: number | null;
    spi: number | null;
    kpiAttainment: number | null;
    health: HealthState | null;
  }>;
  kpis: ReadonlyArray<{ projectId: string; interval: ReadingInterval; lastReadingOn: string | null; createdOn: string }>;
  assessment: { level: number; points: number; assessedOn: string } | null;
  /** Open and proposed pain points per business area. */
  painPoints: ReadonlyArray<{ area: BusinessArea; count: number; severitySum: number; unanswered: number }>;
  adoptedSolutions: number;
  lastActivityAt: Date | null;
}

export type RollupRow = Omit<ParkTenantSummary, 'computedAt'> & { projects: TenantProjectSummary[] };

/**
 * The tenant's rollup: counts over its projects (archived ones left out: they keep their history but
 * leave the park's numbers), the means and the worst health over its active ones, KPIs (and stale
 * ones) of active projects, the latest scored assessment, open pain points. Per project (all but
 * archived ones) its numbers — never tasks or people.
 */
export function buildRollup(input: RollupInput, today: string): RollupRow {
  const projects = input.projects.filter((p) => p.status !== 'archived');
  const active = projects.filter((p) => p.status === 'active');
  const activeIds = new Set(active.map((p) => p.id));
  const kpiCounts = new Map<string, { total: number; stale: number }>();
  for (const k of input.kpis) {
    const c = kpiCounts.get(k.projectId) ?? { total: 0, stale: 0 };
    c.total += 1;
    if (isKpiStale(k, today)) c.stale += 1;
    kpiCounts.set(k.projectId, c);
  }
  const activeKpis = [...kpiCounts.entries()].filter(([id]) => activeIds.has(id)).map(([, c]) => c);
  const byArea: Partial<Record<BusinessArea, AreaPainPoints>> = {};
  for (const a of input.painPoints) if (a.count > 0) byArea[a.area] = { count: a.count, severitySum: a.severitySum };
  return {
    tenantId: input.tenantId,
    projectsTotal: projects.length,
    activeProjects: active.length,
    onTrackProjects: active.filter((p) => p.health === 'on_track').length,
    atRiskProjects: active.filter((p) => p.health === 'at_risk').length,
    lateProjects: active.filter((p) => p.health === 'late').length,
    progress: mean(active.map((p) => p.progress)),
    transformationIndex: mean(active.map((p) => p.transformationIndex)),
    spi: mean(active.map((p) => p.spi)),
    kpiAttainment: mean(active.map((p) => p.kpiAttainment)),
    health: worstHealth(active.map((p) => p.health)),
    kpisTotal: activeKpis.reduce((n, c) => n + c.total, 0),
    kpisStale: activeKpis.reduce((n, c) => n + c.stale, 0),
    maturityLevel: input.assessment?.level ?? null,
    maturityPoints: input.assessment?.points ?? null,
    assessedOn: input.assessment?.assessedOn ?? null,
    openPainPoints: input.painPoints.reduce((n, a) => n + a.count, 0),
    unansweredPainPoints: input.painPoints.reduce((n, a) => n + a.unanswered, 0),
    painPointsByArea: byArea,
    adoptedSolutions: input.adoptedSolutions,
    lastActivityAt: input.lastActivityAt?.toISOString() ?? null,
    projects: projects.map((p) => ({
      id: p.id,
      name: p.name,
      phase: p.phase,
      status: p.status,
      progress: p.progress,
      transformationIndex: p.transformationIndex,
      health: p.health,
      spi: p.spi,
      kpiAttainment: p.kpiAttainment,
      kpisTotal: kpiCounts.get(p.id)?.total ?? 0,
      kpisStale: kpiCounts.get(p.id)?.stale ?? 0,
    })),
  };
}

/** What the attention rules look at of a rollup. */
export interface AttentionInput {
  lateProjects: number;
  kpisStale: number;
  maturityLevel: number | null;
  unansweredPainPoints: number;
  /**
   * The business day of the newest activity — or, before any, the day the tenant joined the park, so
   * that a tenant onboarded yesterday is not "30 days without activity"; null only when neither is known.
   */
  lastActivityDay: string | null;
}

/**
 * Why a tenant needs the park's attention, in a fixed order: an active project is late; no activity
 * for INACTIVE_AFTER_DAYS days (counted from the day it joined while it has none); a KPI of an active project without a reading in its
 * interval; never assessed (no scored assessment); an open pain point that no adoption answers.
 */
export function attentionReasons(s: AttentionInput, today: string): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (s.lateProjects > 0) reasons.push('late');
  if (s.lastActivityDay === null || s.lastActivityDay <= addDays(today, -INACTIVE_AFTER_DAYS)) reasons.push('inactive');
  if (s.kpisStale > 0) reasons.push('staleKpis');
  if (s.maturityLevel === null) reasons.push('neverAssessed');
  if (s.unansweredPainPoints > 0) reasons.push('unansweredPainPoints');
  return reasons;
}
