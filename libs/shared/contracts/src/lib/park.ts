import { z } from 'zod';
import { ENTERPRISE_SCALES, INDUSTRY_SECTION_PATTERN, MANUFACTURING_TYPES } from './identity-constants';
import { BUSINESS_AREAS, HEALTH_STATES, PROJECT_PHASES, PROJECT_STATUSES } from './projects';
import { CalendarDateSchema, QueryBooleanSchema, TimestampSchema, UuidSchema } from './schema';

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

// ---------------------------------------------------------------------------------------------
// Per-project rows of a tenant's rollup (the tenant summary page): names and numbers, no tasks or people

export const TenantProjectSummarySchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  phase: z.enum(PROJECT_PHASES),
  status: z.enum(PROJECT_STATUSES),
  progress: z.number().nullable(),
  transformationIndex: z.number().nullable(),
  health: z.enum(HEALTH_STATES).nullable(),
  spi: z.number().nullable(),
  kpiAttainment: z.number().nullable(),
  kpisTotal: z.number().int().min(0),
  kpisStale: z.number().int().min(0),
});
export type TenantProjectSummary = z.infer<typeof TenantProjectSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Needs attention

/** Why a tenant is in the park's "needs attention" queue (domain.md defines each). */
export const ATTENTION_REASONS = ['late', 'inactive', 'staleKpis', 'neverAssessed', 'unansweredPainPoints'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];
/** Days without any activity after which a tenant counts as inactive. */
export const INACTIVE_AFTER_DAYS = 30;
/** Entries of the attention queue the dashboard lists (the totals per reason count all). */
export const ATTENTION_LIST_MAX = 50;

export const AttentionEntrySchema = z.strictObject({
  tenantId: UuidSchema,
  name: z.string(),
  reasons: z.array(z.enum(ATTENTION_REASONS)).min(1),
});
export type AttentionEntry = z.infer<typeof AttentionEntrySchema>;

// ---------------------------------------------------------------------------------------------
// GET /api/park/dashboard

export const ParkTrendPointSchema = z.strictObject({
  day: CalendarDateSchema,
  tenants: z.number().int().min(0),
  activeTenants: z.number().int().min(0),
  assessedTenants: z.number().int().min(0),
  meanIndex: z.number().nullable(),
  meanProgress: z.number().nullable(),
  meanMaturityPoints: z.number().nullable(),
  shareOnTrack: z.number().nullable(),
  shareAtRisk: z.number().nullable(),
  shareLate: z.number().nullable(),
  openPainPoints: z.number().int().min(0),
  staleKpis: z.number().int().min(0),
});
export type ParkTrendPoint = z.infer<typeof ParkTrendPointSchema>;
/** Days of trend the dashboard shows. */
export const PARK_TREND_DAYS = 90;

export const ParkDashboardSchema = z.strictObject({
  /** Today on the business calendar (what staleness and inactivity are measured on). */
  asOf: CalendarDateSchema,
  tiles: z.strictObject({
    tenants: z.number().int().min(0),
    withActiveProject: z.number().int().min(0),
    assessed: z.number().int().min(0),
    /** Assessed tenants per maturity level, ascending by level. */
    levels: z.array(z.strictObject({ level: z.number().int().min(0), tenants: z.number().int().min(0) })),
    /** Active projects of the park and how many are on track, at risk, late. */
    activeProjects: z.number().int().min(0),
    onTrackProjects: z.number().int().min(0),
    atRiskProjects: z.number().int().min(0),
    lateProjects: z.number().int().min(0),
    /** Shares of the active projects with a health (null without any). */
    shareOnTrack: z.number().nullable(),
    shareAtRisk: z.number().nullable(),
    shareLate: z.number().nullable(),
    meanIndex: z.number().nullable(),
    meanMaturityPoints: z.number().nullable(),
  }),
  attention: z.strictObject({
    /** Tenants with at least one reason. */
    tenants: z.number().int().min(0),
    /** Tenants per reason. */
    totals: z.record(z.enum(ATTENTION_REASONS), z.number().int().min(0)),
    /** Up to ATTENTION_LIST_MAX entries, most reasons first, then by name. */
    items: z.array(AttentionEntrySchema),
  }),
  /** The park's daily averages, oldest first; today's point is computed from the current rollups. */
  trend: z.array(ParkTrendPointSchema),
});
export type ParkDashboard = z.infer<typeof ParkDashboardSchema>;

// ---------------------------------------------------------------------------------------------
// GET /api/park/tenant-summaries: the dashboard's tenant table (sorted, filtered, paged on the server)

export const TENANT_TABLE_SORTS = [
  'name',
  'activeProjects',
  'progress',
  'transformationIndex',
  'health',
  'kpisStale',
  'maturityPoints',
  'openPainPoints',
  'lastActivityAt',
] as const;
export type TenantTableSort = (typeof TENANT_TABLE_SORTS)[number];
export const TENANT_TABLE_PAGE_SIZE_MAX = 100;

export const TenantTableQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe('part of the tenant name'),
  industry: z.string().regex(INDUSTRY_SECTION_PATTERN).optional().describe('industry section letter'),
  scale: z.enum(ENTERPRISE_SCALES).optional(),
  region: z.string().max(100).optional(),
  emerging: QueryBooleanSchema.optional(),
  manufacturingType: z.enum(MANUFACTURING_TYPES).optional(),
  reason: z.enum(ATTENTION_REASONS).optional().describe('only tenants needing attention for this reason'),
  sort: z.enum(TENANT_TABLE_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(10000).optional(),
  pageSize: z.coerce.number().int().min(1).max(TENANT_TABLE_PAGE_SIZE_MAX).optional(),
});
export type TenantTableQuery = z.infer<typeof TenantTableQuerySchema>;

/** A tenant's classification as the park registered it. */
export const TenantClassificationSchema = z.strictObject({
  tenantId: UuidSchema,
  name: z.string(),
  industrySection: z.string(),
  industryDivision: z.string(),
  scale: z.enum(ENTERPRISE_SCALES),
  region: z.string(),
  emerging: z.boolean(),
  manufacturingType: z.enum(MANUFACTURING_TYPES),
});
export type TenantClassificationRow = z.infer<typeof TenantClassificationSchema>;

export const TenantTableRowSchema = z.strictObject({
  ...TenantClassificationSchema.shape,
  activeProjects: z.number().int().min(0),
  lateProjects: z.number().int().min(0),
  progress: z.number().nullable(),
  transformationIndex: z.number().nullable(),
  health: z.enum(HEALTH_STATES).nullable(),
  kpisStale: z.number().int().min(0),
  maturityLevel: z.number().int().min(0).nullable(),
  maturityPoints: z.number().nullable(),
  openPainPoints: z.number().int().min(0),
  lastActivityAt: TimestampSchema.nullable(),
  reasons: z.array(z.enum(ATTENTION_REASONS)),
});
export type TenantTableRow = z.infer<typeof TenantTableRowSchema>;

export const TenantTablePageSchema = z.strictObject({
  items: z.array(TenantTableRowSchema),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  /** Regions in use in the park (for the filter). */
  regions: z.array(z.string()),
});
export type TenantTablePage = z.infer<typeof TenantTablePageSchema>;

// ---------------------------------------------------------------------------------------------
// GET /api/park/tenants/:id/summary

export const ParkTenantSummaryPageSchema = z.strictObject({
  tenant: TenantClassificationSchema,
  /** Null until the worker has written the tenant's first rollup. */
  summary: ParkTenantSummarySchema.nullable(),
  projects: z.array(TenantProjectSummarySchema),
  reasons: z.array(z.enum(ATTENTION_REASONS)),
  asOf: CalendarDateSchema,
});
export type ParkTenantSummaryPage = z.infer<typeof ParkTenantSummaryPageSchema>;
