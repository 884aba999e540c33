import { z } from 'zod';
import { BUSINESS_AREAS, HEALTH_STATES } from './projects';
import { CalendarDateSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Park oversight: what the worker rolls up per tenant (one `park_tenant_summaries` row each) and
 * what the park's pages read from those rollups — never from tenant tables on the request path.
 *
 * Privacy line: a summary carries counts, shares, means and levels only — never a task title, a
 * comment, a person's name, an award or a training record.
 *
 * Routes (park context from the access token): GET /api/park/dashboard, GET /api/park/analysis,
 * GET /api/park/pain-point-matrix, GET /api/park/tenants/:id/summary, GET /api/park/reports/park.xlsx.
 * Tenant side: GET/PUT /api/showcase, GET /api/showcases, GET /api/showcases/:id, GET /api/benchmarks.
 */

// ---------------------------------------------------------------------------------------------
// The rollup of one tenant

/** Open pain points of one business area: how many and the sum of their severities (mean = sum / count). */
export const AreaPainPointsSchema = z.strictObject({
  count: z.number().int().min(0),
  severitySum: z.number().int().min(0),
});
export type AreaPainPoints = z.infer<typeof AreaPainPointsSchema>;

/**
 * One tenant's rollup, written by the worker (`park/refresh-tenant-summary`, coalesced per tenant)
 * after recomputes, assessments, pain-point and adoption changes, and nightly.
 * Means are over the tenant's active projects; null when it has none (or none with the number).
 */
export const ParkTenantSummarySchema = z.strictObject({
  tenantId: UuidSchema,
  /** Projects in any status, and active ones. */
  projectsTotal: z.number().int().min(0),
  activeProjects: z.number().int().min(0),
  /** Active projects by health. */
  onTrackProjects: z.number().int().min(0),
  atRiskProjects: z.number().int().min(0),
  lateProjects: z.number().int().min(0),
  /** Mean task progress P, transformation index, SPI and KPI attainment of the active projects, 0–1 (SPI unbounded). */
  progress: z.number().nullable(),
  transformationIndex: z.number().nullable(),
  spi: z.number().nullable(),
  kpiAttainment: z.number().nullable(),
  /** The worst health among active projects (late < at_risk < on_track). */
  health: z.enum(HEALTH_STATES).nullable(),
  /** KPIs of active projects, and those without a reading in their expected interval. */
  kpisTotal: z.number().int().min(0),
  kpisStale: z.number().int().min(0),
  /** The latest scored assessment. */
  maturityLevel: z.number().int().min(0).nullable(),
  maturityPoints: z.number().nullable(),
  assessedOn: CalendarDateSchema.nullable(),
  /** Pain points open (or proposed), and those of them no adoption answers yet. */
  openPainPoints: z.number().int().min(0),
  unansweredPainPoints: z.number().int().min(0),
  /** Open pain points by business area (areas without any are left out). */
  painPointsByArea: z.partialRecord(z.enum(BUSINESS_AREAS), AreaPainPointsSchema),
  /** Solutions of the catalog adopted into any of its projects. */
  adoptedSolutions: z.number().int().min(0),
  /** The newest change to a project, task, KPI reading, assessment or pain point; null when none. */
  lastActivityAt: TimestampSchema.nullable(),
  /** When the worker last wrote this row. */
  computedAt: TimestampSchema,
});
export type ParkTenantSummary = z.infer<typeof ParkTenantSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Classification dimensions and measures (cross-analysis, filters of the tenant table)

/** The tenant classifications a park can cross-analyse by. */
export const CLASSIFICATION_DIMENSIONS = ['industry', 'scale', 'region', 'emerging', 'manufacturingType'] as const;
export type ClassificationDimension = (typeof CLASSIFICATION_DIMENSIONS)[number];

/** What a cross-analysis cell shows. */
export const ANALYSIS_MEASURES = [
  'tenantCount',
  'meanIndex',
  'meanMaturityPoints',
  'levelDistribution',
  'shareLate',
  'painPoints',
] as const;
export type AnalysisMeasure = (typeof ANALYSIS_MEASURES)[number];
