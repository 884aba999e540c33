import { z } from 'zod';
import { ENTERPRISE_SCALES, INDUSTRY_SECTION_PATTERN, INDUSTRY_SECTIONS } from './identity-constants';
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_NAME_MAX, KPI_UNIT_MAX } from './kpis';
import { BUSINESS_AREAS, TECHNOLOGY_TYPES } from './projects';
import { CalendarDateSchema, PageQuerySchema, pageSchema, TimestampSchema, UuidSchema } from './schema';
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX, TASK_WEIGHT_MAX, TASK_WEIGHT_MIN } from './tasks';

/**
 * Pain points, the park's solution catalog, recommendations and adoptions: the loop
 * assessment gap → pain point → solution → tasks and KPIs in a project → re-assessment.
 *
 * Routes (context from the access token, never the URL):
 * - tenant: GET/POST /api/pain-points, GET/PATCH/DELETE /api/pain-points/:id; GET /api/solutions,
 *   GET /api/solutions/:id (its park's published solutions); GET /api/solutions/recommended →
 *   Recommendation[]; GET/POST /api/projects/:id/adoptions; GET /api/adoptions/:id, DELETE /api/adoptions/:id?tasks=cancel|keep.
 * - park: GET/POST /api/park/solutions, GET/PATCH/DELETE /api/park/solutions/:id,
 *   GET /api/park/solutions/:id/outcomes → SolutionOutcomes; GET /api/park/demand → UnmetDemand;
 *   GET /api/park/pain-points (its tenants' pain points; filter by tenant); POST
 *   /api/park/tenants/:id/pain-points (recorded by the park during a visit).
 */

// ---------------------------------------------------------------------------------------------
// Pain points

/** `proposed`: an employee's, until an owner or leader accepts it (→ open) or deletes it. */
export const PAIN_POINT_STATUSES = ['proposed', 'open', 'addressed', 'closed'] as const;
export type PainPointStatus = (typeof PAIN_POINT_STATUSES)[number];
export const PAIN_POINT_TITLE_MAX = 200;
export const PAIN_POINT_DESCRIPTION_MAX = 2000;
export const PAIN_POINT_SEVERITY_MIN = 1;
export const PAIN_POINT_SEVERITY_MAX = 5;

/** A scene key of the assessment frameworks (`warehousing`, `quality` …). */
const SceneKeySchema = z.string().regex(/^[a-z][a-z0-9_-]{0,47}$/, 'must be a scene key');
const SeveritySchema = z.number().int().min(PAIN_POINT_SEVERITY_MIN).max(PAIN_POINT_SEVERITY_MAX);

export const PainPointSchema = z.strictObject({
  id: UuidSchema,
  /** The tenant's id and name (the park's lists mix tenants). */
  tenantId: UuidSchema,
  tenantName: z.string(),
  title: z.string(),
  description: z.string(),
  businessArea: z.enum(BUSINESS_AREAS),
  sceneId: SceneKeySchema.nullable(),
  severity: SeveritySchema,
  status: z.enum(PAIN_POINT_STATUSES),
  /** Recorded by the park administrator during a visit, rather than by the enterprise. */
  recordedByPark: z.boolean(),
  recordedByName: z.string().nullable(),
  /** The assessment gap it was made from, if any. */
  fromGap: z.strictObject({ assessmentId: UuidSchema, gapKey: z.string() }).nullable(),
  /** Adoptions that answer it (it becomes `addressed` when all their tasks are done). */
  addressedBy: z.array(z.strictObject({ adoptionId: UuidSchema, solutionId: UuidSchema, solutionName: z.string(), projectId: UuidSchema })),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type PainPoint = z.infer<typeof PainPointSchema>;
export const PainPointPageSchema = pageSchema(PainPointSchema);

export const CreatePainPointRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(PAIN_POINT_TITLE_MAX),
  description: z.string().max(PAIN_POINT_DESCRIPTION_MAX).optional(),
  businessArea: z.enum(BUSINESS_AREAS),
  sceneId: SceneKeySchema.nullable().optional(),
  severity: SeveritySchema,
  /** A gap of one of the enterprise's scored assessments (checked by the API). */
  fromGap: z.strictObject({ assessmentId: UuidSchema, gapKey: z.string().min(1).max(100) }).optional(),
});
export type CreatePainPointRequest = z.infer<typeof CreatePainPointRequestSchema>;

/** Owners and leaders; `status: 'open'` accepts a proposed one. */
export const UpdatePainPointRequestSchema = CreatePainPointRequestSchema.omit({ fromGap: true })
  .partial()
  .extend({ status: z.enum(PAIN_POINT_STATUSES).optional() });
export type UpdatePainPointRequest = z.infer<typeof UpdatePainPointRequestSchema>;

export const PainPointQuerySchema = PageQuerySchema.extend({
  status: z.enum(PAIN_POINT_STATUSES).optional(),
  businessArea: z.enum(BUSINESS_AREAS).optional(),
});
export type PainPointQuery = z.infer<typeof PainPointQuerySchema>;

export const ParkPainPointQuerySchema = PainPointQuerySchema.extend({
  tenantId: UuidSchema.optional(),
  /** Pain points of tenants in this industry section (the pain-point matrix drills here). */
  industrySection: z.string().regex(INDUSTRY_SECTION_PATTERN).optional(),
});
export type ParkPainPointQuery = z.infer<typeof ParkPainPointQuerySchema>;

// ---------------------------------------------------------------------------------------------
// The park's solution catalog

export const SOLUTION_STATUSES = ['draft', 'published', 'retired'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];
export const SOLUTION_DELIVERIES = ['saas', 'on_premises', 'hardware_kit'] as const;
export type SolutionDelivery = (typeof SOLUTION_DELIVERIES)[number];
export const SOLUTION_NAME_MAX = 200;
export const SOLUTION_SUMMARY_MAX = 4000;
export const PROVIDER_TEXT_MAX = 200;
/** Yuan; a price band is [min, max]. */
export const SOLUTION_PRICE_MAX = 100_000_000;
export const SOLUTION_DEPLOY_WEEKS_MAX = 104;
/** Day offsets of template tasks from the adoption's start date. */
export const TEMPLATE_OFFSET_MAX = 730;
export const TEMPLATE_TASKS_MAX = 30;
export const TEMPLATE_KPIS_MAX = 10;
export const INDUSTRY_SECTION_KEYS = Object.keys(INDUSTRY_SECTIONS) as [string, ...string[]];

export const TemplateTaskSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(TASK_TITLE_MAX),
    description: z.string().max(TASK_DESCRIPTION_MAX).optional(),
    businessArea: z.enum(BUSINESS_AREAS),
    technologyType: z.enum(TECHNOLOGY_TYPES),
    weight: z.number().int().min(TASK_WEIGHT_MIN).max(TASK_WEIGHT_MAX),
    startOffsetDays: z.number().int().min(0).max(TEMPLATE_OFFSET_MAX),
    dueOffsetDays: z.number().int().min(0).max(TEMPLATE_OFFSET_MAX),
  })
  .refine((t) => t.dueOffsetDays >= t.startOffsetDays, {
    path: ['dueOffsetDays'],
    message: 'dueOffsetDays must not be before startOffsetDays',
    params: { code: 'not_before_start' },
  });
export type TemplateTask = z.infer<typeof TemplateTaskSchema>;

export const TemplateKpiSchema = z.strictObject({
  name: z.string().trim().min(1).max(KPI_NAME_MAX),
  unit: z.string().trim().min(1).max(KPI_UNIT_MAX),
  direction: z.enum(KPI_DIRECTIONS),
  category: z.enum(KPI_CATEGORIES),
  baseline: z.number(),
  target: z.number(),
  /** Days after the adoption's start date; absent = the project's target date. */
  targetOffsetDays: z.number().int().min(0).max(TEMPLATE_OFFSET_MAX).optional(),
});
export type TemplateKpi = z.infer<typeof TemplateKpiSchema>;

export const PriceBandSchema = z
  .strictObject({ min: z.number().int().min(0).max(SOLUTION_PRICE_MAX), max: z.number().int().min(0).max(SOLUTION_PRICE_MAX) })
  .refine((b) => b.max >= b.min, { path: ['max'], message: 'max must not be below min', params: { code: 'not_below_min' } });

const solutionFields = {
  name: z.string().trim().min(1).max(SOLUTION_NAME_MAX),
  providerName: z.string().trim().min(1).max(PROVIDER_TEXT_MAX),
  providerContact: z.string().trim().max(PROVIDER_TEXT_MAX),
  summary: z.string().max(SOLUTION_SUMMARY_MAX),
  technologyTypes: z.array(z.enum(TECHNOLOGY_TYPES)).min(1).max(TECHNOLOGY_TYPES.length),
  businessAreas: z.array(z.enum(BUSINESS_AREAS)).min(1).max(BUSINESS_AREAS.length),
  /** Scenes it raises, and to which level. */
  scenes: z.array(z.strictObject({ sceneId: SceneKeySchema, toLevel: z.number().int().min(1).max(4) })).max(16),
  /** GB/T 4754 sections it suits; empty = any. */
  industries: z.array(z.enum(INDUSTRY_SECTION_KEYS)).max(INDUSTRY_SECTION_KEYS.length),
  /** Enterprise scales it suits; empty = any. */
  scales: z.array(z.enum(ENTERPRISE_SCALES)).max(ENTERPRISE_SCALES.length),
  /** Yuan. */
  priceBand: PriceBandSchema,
  deployWeeks: z.number().int().min(1).max(SOLUTION_DEPLOY_WEEKS_MAX),
  delivery: z.enum(SOLUTION_DELIVERIES),
  templateTasks: z.array(TemplateTaskSchema).max(TEMPLATE_TASKS_MAX),
  templateKpis: z.array(TemplateKpiSchema).max(TEMPLATE_KPIS_MAX),
};

export const CreateSolutionRequestSchema = z.strictObject({
  ...solutionFields,
  providerContact: solutionFields.providerContact.optional(),
  summary: solutionFields.summary.optional(),
  scenes: solutionFields.scenes.optional(),
  industries: solutionFields.industries.optional(),
  scales: solutionFields.scales.optional(),
  templateKpis: solutionFields.templateKpis.optional(),
  /** `draft` unless given. */
  status: z.enum(SOLUTION_STATUSES).optional(),
});
export type CreateSolutionRequest = z.infer<typeof CreateSolutionRequestSchema>;

export const UpdateSolutionRequestSchema = CreateSolutionRequestSchema.partial();
export type UpdateSolutionRequest = z.infer<typeof UpdateSolutionRequestSchema>;

export const SolutionSchema = z.strictObject({
  id: UuidSchema,
  parkId: UuidSchema,
  ...solutionFields,
  priceBand: z.strictObject({ min: z.number(), max: z.number() }),
  templateTasks: z.array(z.strictObject({ ...TemplateTaskSchema.shape, description: z.string() })),
  status: z.enum(SOLUTION_STATUSES),
  /** Tenants that adopted it (park view; null for tenants). */
  adoptionCount: z.number().int().min(0).nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Solution = z.infer<typeof SolutionSchema>;
export const SolutionPageSchema = pageSchema(SolutionSchema);

export const SolutionQuerySchema = PageQuerySchema.extend({
  businessArea: z.enum(BUSINESS_AREAS).optional(),
  technologyType: z.enum(TECHNOLOGY_TYPES).optional(),
  sceneId: SceneKeySchema.optional(),
  /** Park only (tenants see published ones). */
  status: z.enum(SOLUTION_STATUSES).optional(),
  q: z.string().max(100).optional().describe('words in the name, provider or summary'),
});
export type SolutionQuery = z.infer<typeof SolutionQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Recommendations

/** Why a solution is recommended: facts the client words in the reader's language. */
export const RecommendationReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('pain_point'),
    painPointId: UuidSchema,
    title: z.string(),
    businessArea: z.enum(BUSINESS_AREAS),
    severity: SeveritySchema,
  }),
  z.strictObject({ kind: z.literal('scene_gap'), sceneId: SceneKeySchema, fromLevel: z.number().int(), toLevel: z.number().int() }),
  z.strictObject({ kind: z.literal('industry'), section: z.string() }),
  z.strictObject({ kind: z.literal('scale'), scale: z.enum(ENTERPRISE_SCALES) }),
  z.strictObject({ kind: z.literal('deploy_weeks'), weeks: z.number().int() }),
]);
export type RecommendationReason = z.infer<typeof RecommendationReasonSchema>;

export const RecommendationSchema = z.strictObject({
  solution: SolutionSchema,
  /** Higher is better; only the order matters. */
  score: z.number(),
  reasons: z.array(RecommendationReasonSchema),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RecommendationListSchema = z.array(RecommendationSchema);

// ---------------------------------------------------------------------------------------------
// Adoptions

export const CreateAdoptionRequestSchema = z.strictObject({
  solutionId: UuidSchema,
  startDate: CalendarDateSchema,
  /** Open pain points of the enterprise this adoption answers. */
  painPointIds: z.array(UuidSchema).max(20).optional(),
});
export type CreateAdoptionRequest = z.infer<typeof CreateAdoptionRequestSchema>;

export const AdoptionSchema = z.strictObject({
  id: UuidSchema,
  projectId: UuidSchema,
  solutionId: UuidSchema,
  solutionName: z.string(),
  startDate: CalendarDateSchema,
  taskIds: z.array(UuidSchema),
  kpiIds: z.array(UuidSchema),
  painPointIds: z.array(UuidSchema),
  /** Done / all of its tasks that are not cancelled. */
  tasksDone: z.number().int().min(0),
  tasksTotal: z.number().int().min(0),
  createdAt: TimestampSchema,
});
export type Adoption = z.infer<typeof AdoptionSchema>;
export const AdoptionListSchema = z.array(AdoptionSchema);

export const REMOVE_ADOPTION_TASKS = ['cancel', 'keep'] as const;
export const RemoveAdoptionQuerySchema = z.strictObject({
  tasks: z.enum(REMOVE_ADOPTION_TASKS).describe('cancel its open tasks, or keep them as ordinary tasks'),
});
export type RemoveAdoptionQuery = z.infer<typeof RemoveAdoptionQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Park: outcomes and unmet demand

export const SolutionOutcomesSchema = z.strictObject({
  solutionId: UuidSchema,
  /** Distinct tenants that adopted it, and adoptions in all. */
  tenants: z.number().int().min(0),
  adoptions: z.number().int().min(0),
  /** Of the adopted tasks that are not cancelled. */
  tasksTotal: z.number().int().min(0),
  tasksDone: z.number().int().min(0),
  /** Mean percent done (0–1) of those tasks, weighted by weight; null without tasks. */
  taskProgress: z.number().min(0).max(1).nullable(),
  /** Mean attainment (0–1) of the adopted KPIs that have readings; null without. */
  kpiAttainment: z.number().min(0).max(1).nullable(),
  /** Per scene it raises: mean level of adopting tenants at their last scored assessment before adoption and their latest after. */
  scenes: z.array(
    z.strictObject({
      sceneId: SceneKeySchema,
      tenantsCompared: z.number().int().min(0),
      before: z.number().nullable(),
      after: z.number().nullable(),
    }),
  ),
});
export type SolutionOutcomes = z.infer<typeof SolutionOutcomesSchema>;

export const UnmetDemandSchema = z.strictObject({
  /** Open pain points of the park's tenants that no published solution answers (same business area, and scene when it has one). */
  painPoints: z.array(PainPointSchema),
  /** Their counts by business area × industry section. */
  cells: z.array(z.strictObject({ businessArea: z.enum(BUSINESS_AREAS), industrySection: z.string(), count: z.number().int().min(1) })),
});
export type UnmetDemand = z.infer<typeof UnmetDemandSchema>;
