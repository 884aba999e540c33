import { z } from 'zod';
import { TenantMaturityFields } from './identity';
import { BUSINESS_AREAS } from './projects';
import { CalendarDateSchema, PageQuerySchema, pageSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Digital-maturity assessment (数字化水平评测).
 *
 * A **framework** is versioned reference data (platform-wide, read by every tenant): dimensions →
 * sub-dimensions → items (questions) → options, business scenes judged at level 1–4, and the level
 * rule. Nothing of a framework is code: the MIIT 2024 table and the EU DMA are two documents of the
 * same shape (`AssessmentFrameworkDefinitionSchema`); a correction is a new version, and an
 * assessment keeps the version it was taken with.
 *
 * An **assessment** is one tenant's questionnaire against one framework version: a draft collects
 * answers (partial saves merge; steps may be assigned to members), the owner or a leader submits it,
 * the worker scores it (points per item, sub-dimension and dimension, total, scene levels, overall
 * level, gaps to the next level) and it becomes `scored`.
 *
 * Routes: GET /api/assessment-frameworks → AssessmentFrameworkSummary[]; GET
 * /api/assessment-frameworks/:id → AssessmentFramework; GET /api/assessments → Page<AssessmentSummary>;
 * POST /api/assessments → Assessment (201, a draft); GET /api/assessments/:id → Assessment; PUT
 * /api/assessments/:id/answers → Assessment; PUT /api/assessments/:id/assignments → Assessment; POST
 * /api/assessments/:id/submit → Assessment (202); DELETE /api/assessments/:id (drafts only) → 204;
 * GET /api/assessments/:id/comparison?with=<id> → AssessmentComparison.
 */

/** A text in every product language. */
export const LocalizedTextSchema = z.strictObject({
  'zh-CN': z.string().min(1),
  'en-US': z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A key inside a framework (dimension, item, option, scene, group, evidence field): lower-case letters, digits, `_` and `-`. */
const KeySchema = z.string().regex(/^[a-z][a-z0-9_-]{0,47}$/, 'must be a key of lower-case letters, digits, _ and -');

export const ASSESSMENT_ITEM_TYPES = ['single', 'multi'] as const;
export type AssessmentItemType = (typeof ASSESSMENT_ITEM_TYPES)[number];

/** How the overall score is formed: the sum of dimension points (MIIT, out of 100) or the mean of dimension percentages (EU DMA). */
export const FRAMEWORK_OVERALL_RULES = ['sum', 'mean_percent'] as const;
export type FrameworkOverallRule = (typeof FRAMEWORK_OVERALL_RULES)[number];

/** Highest scene level; 0 = not reached. */
export const SCENE_LEVEL_MAX = 4;
export const SceneLevelSchema = z.number().int().min(0).max(SCENE_LEVEL_MAX);

export const AssessmentOptionSchema = z.strictObject({
  id: KeySchema,
  /** Plain wording. */
  label: LocalizedTextSchema,
  /** The official wording, as the source writes it (absent when the plain label is the official one). */
  official: z.string().optional(),
  /** The share of the item's points this option earns (0–1). Multi-select options add up. */
  fraction: z.number().min(0).max(1),
  /** "None": earns nothing and may not be chosen with another option (multi-select). */
  exclusive: z.boolean().optional(),
});
export type AssessmentOption = z.infer<typeof AssessmentOptionSchema>;

export const EvidenceFieldSchema = z.strictObject({
  id: KeySchema,
  label: LocalizedTextSchema,
  /** Unit shown beside the number (台, 万元, 吨标准煤, %, 人 …). */
  unit: LocalizedTextSchema,
});
export type EvidenceField = z.infer<typeof EvidenceFieldSchema>;

/**
 * How evidence numbers choose an option:
 * - `share`: numerator / denominator as a percentage; the option whose band (above `abovePercent`,
 *   up to and including `upToPercent`) holds it. 35 of 100 devices networked → the (20, 40] band.
 * - `change`: the ratio numerator / denominator (or the plain value without a denominator) this
 *   period against the previous one; within ±`flatWithin` (a fraction) is flat, otherwise up or down.
 */
export const EvidenceRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('share'),
    numerator: KeySchema,
    denominator: KeySchema,
    bands: z
      .array(
        z.strictObject({
          optionId: KeySchema,
          /** Exclusive lower bound in percent; null for the first band (which includes 0). */
          abovePercent: z.number().min(0).max(100).nullable(),
          upToPercent: z.number().min(0).max(100),
        }),
      )
      .min(2),
  }),
  z.strictObject({
    kind: z.literal('change'),
    current: KeySchema,
    previous: KeySchema,
    /** Divide each by this period's / the previous period's value of these fields (e.g. revenue), when given. */
    currentPer: KeySchema.optional(),
    previousPer: KeySchema.optional(),
    flatWithin: z.number().min(0).max(0.5),
    upOptionId: KeySchema,
    flatOptionId: KeySchema,
    downOptionId: KeySchema,
  }),
]);
export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>;

export const AssessmentItemSchema = z.strictObject({
  id: KeySchema,
  /** Short code as the source numbers it (Q1 …). */
  code: z.string().min(1).max(12),
  subDimensionId: KeySchema,
  type: z.enum(ASSESSMENT_ITEM_TYPES),
  /** The item's full points. */
  points: z.number().positive(),
  /** The question in plain words. */
  prompt: LocalizedTextSchema,
  /** What the terms mean, and how to answer. */
  help: LocalizedTextSchema,
  /** The official wording, shown beside the plain one. */
  official: z.string().min(1),
  /** The business area a task raising this item belongs to. */
  businessArea: z.enum(BUSINESS_AREAS),
  options: z.array(AssessmentOptionSchema).min(2),
  /** Optional numbers that choose the option (not scored themselves). */
  evidence: z.strictObject({ fields: z.array(EvidenceFieldSchema).min(1), rule: EvidenceRuleSchema }).optional(),
});
export type AssessmentItem = z.infer<typeof AssessmentItemSchema>;

export const SubDimensionSchema = z.strictObject({ id: KeySchema, name: LocalizedTextSchema, points: z.number().positive() });
export type SubDimension = z.infer<typeof SubDimensionSchema>;

export const AssessmentDimensionSchema = z.strictObject({
  id: KeySchema,
  name: LocalizedTextSchema,
  /** Chinese name as the source writes it. */
  official: z.string().optional(),
  /** Full points of the dimension (= the sum of its items' points). */
  points: z.number().positive(),
  subDimensions: z.array(SubDimensionSchema).min(1),
  items: z.array(AssessmentItemSchema).min(1),
});
export type AssessmentDimension = z.infer<typeof AssessmentDimensionSchema>;

export const SceneGroupSchema = z.strictObject({ id: KeySchema, name: LocalizedTextSchema });
export type SceneGroup = z.infer<typeof SceneGroupSchema>;

export const AssessmentSceneSchema = z.strictObject({
  id: KeySchema,
  group: KeySchema,
  name: LocalizedTextSchema,
  official: z.string().min(1),
  /** A constraint (约束性) scene counts toward the level rule's constraint-scene condition. */
  constraint: z.boolean(),
  businessArea: z.enum(BUSINESS_AREAS),
  /** Levels 1–4 in order: a plain description and the official one. */
  levels: z
    .array(z.strictObject({ level: z.number().int().min(1).max(SCENE_LEVEL_MAX), plain: LocalizedTextSchema, official: z.string().min(1) }))
    .length(SCENE_LEVEL_MAX),
});
export type AssessmentScene = z.infer<typeof AssessmentSceneSchema>;

/** The enterprise reaches `level` when all three hold; the highest such level wins, else 0. */
export const LevelRuleSchema = z.strictObject({
  level: z.number().int().min(1).max(9),
  name: LocalizedTextSchema,
  minPoints: z.number().min(0),
  /** Scenes at this level or higher. */
  minScenes: z.number().int().min(0),
  /** Of which constraint scenes. */
  minConstraintScenes: z.number().int().min(0),
});
export type LevelRule = z.infer<typeof LevelRuleSchema>;

/** A wizard step: one per dimension, one per scene group. Steps are what the owner or a leader assigns to members. */
export const AssessmentStepSchema = z.strictObject({
  id: KeySchema,
  kind: z.enum(['dimension', 'scenes']),
  name: LocalizedTextSchema,
});
export type AssessmentStep = z.infer<typeof AssessmentStepSchema>;

/**
 * A framework document, as stored (one row per key and version). The API checks it on load and
 * when an operator publishes a version: keys unique, dimension and item points agree, options and
 * bands name options of their item, scene groups exist.
 */
export const AssessmentFrameworkDefinitionSchema = z.strictObject({
  /** `miit-sme-dl` or `eu-dma`. */
  key: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  /** `2024`, `2024.1` … */
  version: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/),
  /** Which industry table (MIIT: `manufacturing`; used for every industry until another table is added). */
  industryTable: KeySchema,
  name: LocalizedTextSchema,
  /** Where the facts come from and how sure they are. */
  source: LocalizedTextSchema,
  overall: z.enum(FRAMEWORK_OVERALL_RULES),
  /** Highest total (100). */
  maxPoints: z.number().positive(),
  dimensions: z.array(AssessmentDimensionSchema).min(1),
  sceneGroups: z.array(SceneGroupSchema),
  scenes: z.array(AssessmentSceneSchema),
  levelRules: z.array(LevelRuleSchema).min(1),
});
export type AssessmentFrameworkDefinition = z.infer<typeof AssessmentFrameworkDefinitionSchema>;

export const AssessmentFrameworkSummarySchema = z.strictObject({
  id: UuidSchema,
  key: z.string(),
  version: z.string(),
  industryTable: z.string(),
  name: LocalizedTextSchema,
  /** The newest version of its key: new assessments are taken with it. */
  current: z.boolean(),
  publishedAt: TimestampSchema,
});
export type AssessmentFrameworkSummary = z.infer<typeof AssessmentFrameworkSummarySchema>;
export const AssessmentFrameworkListSchema = z.array(AssessmentFrameworkSummarySchema);

export const AssessmentFrameworkSchema = AssessmentFrameworkDefinitionSchema.extend({
  id: UuidSchema,
  current: z.boolean(),
  publishedAt: TimestampSchema,
  /** Wizard steps, in order: dimensions, then scene groups. */
  steps: z.array(AssessmentStepSchema),
});
export type AssessmentFramework = z.infer<typeof AssessmentFrameworkSchema>;

// ---------------------------------------------------------------------------------------------
// Assessments

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'scored'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Longest title of an assessment ("2026 Q4 self-assessment"). */
export const ASSESSMENT_TITLE_MAX = 100;
/** Largest evidence number (devices, 万元, tonnes …). */
export const EVIDENCE_VALUE_MAX = 1e12;

/** Evidence numbers of one item by field id; a field left out is not known. */
export const EvidenceValuesSchema = z.record(KeySchema, z.number().min(0).max(EVIDENCE_VALUE_MAX));
export type EvidenceValues = z.infer<typeof EvidenceValuesSchema>;

export const ItemAnswerSchema = z.strictObject({
  itemId: KeySchema,
  /** Empty = not answered yet. A single-choice item takes one option; "none" goes alone. */
  optionIds: z.array(KeySchema).max(30),
  evidence: EvidenceValuesSchema.optional(),
});
export type ItemAnswer = z.infer<typeof ItemAnswerSchema>;

export const SceneAnswerSchema = z.strictObject({ sceneId: KeySchema, level: SceneLevelSchema });
export type SceneAnswer = z.infer<typeof SceneAnswerSchema>;

/** Answers to save; merged into what is stored (an item or scene left out keeps its answer). */
export const SaveAnswersRequestSchema = z.strictObject({
  items: z.array(ItemAnswerSchema).max(200).optional(),
  scenes: z.array(SceneAnswerSchema).max(100).optional(),
});
export type SaveAnswersRequest = z.infer<typeof SaveAnswersRequestSchema>;

export const CreateAssessmentRequestSchema = z.strictObject({
  frameworkId: UuidSchema,
  /** Defaults to the framework's name and today's date. */
  title: z.string().trim().min(1).max(ASSESSMENT_TITLE_MAX).optional(),
});
export type CreateAssessmentRequest = z.infer<typeof CreateAssessmentRequestSchema>;

/** Who answers which step; `userId: null` takes an assignment back. Only the steps given change. */
export const AssignStepsRequestSchema = z.strictObject({
  assignments: z
    .array(z.strictObject({ stepId: KeySchema, userId: UuidSchema.nullable() }))
    .min(1)
    .max(50),
});
export type AssignStepsRequest = z.infer<typeof AssignStepsRequestSchema>;

export const StepAssignmentSchema = z.strictObject({
  stepId: KeySchema,
  userId: UuidSchema,
  userName: z.string(),
});
export type StepAssignment = z.infer<typeof StepAssignmentSchema>;

export const StoredItemAnswerSchema = z.strictObject({
  itemId: KeySchema,
  optionIds: z.array(KeySchema),
  evidence: z.record(z.string(), z.number()).nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: TimestampSchema,
});
export type StoredItemAnswer = z.infer<typeof StoredItemAnswerSchema>;

export const StoredSceneAnswerSchema = z.strictObject({
  sceneId: KeySchema,
  level: SceneLevelSchema,
  answeredBy: z.string().nullable(),
  answeredAt: TimestampSchema,
});
export type StoredSceneAnswer = z.infer<typeof StoredSceneAnswerSchema>;

export const ItemScoreSchema = z.strictObject({ itemId: KeySchema, points: z.number() });
export const DimensionScoreSchema = z.strictObject({
  dimensionId: KeySchema,
  points: z.number(),
  maxPoints: z.number(),
  /** points / maxPoints (0–1). */
  share: z.number().min(0).max(1),
  subDimensions: z.array(z.strictObject({ subDimensionId: KeySchema, points: z.number(), maxPoints: z.number() })),
});
export type DimensionScore = z.infer<typeof DimensionScoreSchema>;

/**
 * What holds the enterprise below the next level, cheapest path first. `key` names the gap stably
 * (`item:<itemId>`, `scene:<sceneId>`), so a task made from it keeps its provenance.
 */
export const AssessmentGapSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('item'),
    key: z.string(),
    itemId: KeySchema,
    dimensionId: KeySchema,
    businessArea: z.enum(BUSINESS_AREAS),
    /** The option to take next (single: the next higher one; multi: the unchosen option worth most). */
    toOptionId: KeySchema,
    /** Points it adds. */
    gain: z.number().positive(),
  }),
  z.strictObject({
    kind: z.literal('scene'),
    key: z.string(),
    sceneId: KeySchema,
    businessArea: z.enum(BUSINESS_AREAS),
    constraint: z.boolean(),
    fromLevel: SceneLevelSchema,
    toLevel: SceneLevelSchema,
  }),
]);
export type AssessmentGap = z.infer<typeof AssessmentGapSchema>;

export const AssessmentGapsSchema = z.strictObject({
  /** The next level, or null at the top. */
  nextLevel: z.number().int().nullable(),
  /** Points still missing for it (0 when the points suffice). */
  pointsShort: z.number().min(0),
  /** Scenes still missing at the next level (any scene), and of them constraint scenes. */
  scenesShort: z.number().int().min(0),
  constraintScenesShort: z.number().int().min(0),
  /** Items first by gain (the fewest steps that close pointsShort), then scenes to raise (constraint ones first when they are short). */
  items: z.array(AssessmentGapSchema),
});
export type AssessmentGaps = z.infer<typeof AssessmentGapsSchema>;

export const AssessmentResultSchema = z.strictObject({
  /** Total on the framework's scale (out of maxPoints). */
  totalPoints: z.number(),
  dimensionPoints: z.array(DimensionScoreSchema),
  itemPoints: z.array(ItemScoreSchema),
  sceneLevels: z.array(z.strictObject({ sceneId: KeySchema, level: SceneLevelSchema })),
  /** 0 = not graded. */
  level: z.number().int().min(0),
  /** Which rule decided the level: the reached one's thresholds and what was counted. */
  decidedBy: z.strictObject({
    level: z.number().int().min(0),
    minPoints: z.number().nullable(),
    minScenes: z.number().int().nullable(),
    minConstraintScenes: z.number().int().nullable(),
    scenesAtLevel: z.number().int(),
    constraintScenesAtLevel: z.number().int(),
  }),
  gaps: AssessmentGapsSchema,
});
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;

const resultFields = {
  totalPoints: z.number().nullable(),
  level: z.number().int().min(0).nullable(),
};

export const AssessmentSummarySchema = z.strictObject({
  id: UuidSchema,
  title: z.string(),
  frameworkId: UuidSchema,
  frameworkKey: z.string(),
  frameworkVersion: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  ...resultFields,
  /** Answered items and scenes out of all. */
  answered: z.number().int().min(0),
  questions: z.number().int().min(0),
  createdAt: TimestampSchema,
  submittedAt: TimestampSchema.nullable(),
  scoredAt: TimestampSchema.nullable(),
  /** The business day it was submitted on. */
  assessedOn: CalendarDateSchema.nullable(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;
export const AssessmentPageSchema = pageSchema(AssessmentSummarySchema);

export const AssessmentQuerySchema = PageQuerySchema.extend({
  status: z.enum(ASSESSMENT_STATUSES).optional(),
});
export type AssessmentQuery = z.infer<typeof AssessmentQuerySchema>;

export const AssessmentSchema = AssessmentSummarySchema.extend({
  items: z.array(StoredItemAnswerSchema),
  scenes: z.array(StoredSceneAnswerSchema),
  assignments: z.array(StepAssignmentSchema),
  /** Steps the caller may answer (all for owners and leaders while a draft). */
  editableSteps: z.array(z.string()),
  createdBy: z.string().nullable(),
  submittedBy: z.string().nullable(),
  /** `dimensionPoints`, `sceneLevels`, `gaps` … once scored; null before. */
  dimensionPoints: AssessmentResultSchema.shape.dimensionPoints.nullable(),
  itemPoints: AssessmentResultSchema.shape.itemPoints.nullable(),
  sceneLevels: AssessmentResultSchema.shape.sceneLevels.nullable(),
  decidedBy: AssessmentResultSchema.shape.decidedBy.nullable(),
  gaps: AssessmentGapsSchema.nullable(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const ComparisonQuerySchema = z.strictObject({
  with: UuidSchema.describe('the earlier assessment (T0); the one in the path is T1'),
});
export type ComparisonQuery = z.infer<typeof ComparisonQuerySchema>;

/** T0 → T1: both scored, same framework key (versions may differ: only dimensions and scenes in both are compared). */
export const AssessmentComparisonSchema = z.strictObject({
  from: AssessmentSummarySchema,
  to: AssessmentSummarySchema,
  totalDelta: z.number(),
  levelDelta: z.number().int(),
  dimensions: z.array(z.strictObject({ dimensionId: KeySchema, from: z.number(), to: z.number(), delta: z.number() })),
  scenes: z.array(z.strictObject({ sceneId: KeySchema, from: SceneLevelSchema, to: SceneLevelSchema, delta: z.number().int() })),
});
export type AssessmentComparison = z.infer<typeof AssessmentComparisonSchema>;

/** The latest scored assessment of a tenant, as its park sees it (never the answers). */
export const TenantMaturitySchema = z.strictObject(TenantMaturityFields);
export type TenantMaturity = z.infer<typeof TenantMaturitySchema>;

// ---------------------------------------------------------------------------------------------
// Rules shared by the API (which enforces them) and the wizard (which shows them as you type)

/** The option the evidence numbers choose, or null when a number it needs is missing (or a denominator is 0). */
export function optionFromEvidence(item: Pick<AssessmentItem, 'evidence'>, values: EvidenceValues | undefined): string | null {
  const evidence = item.evidence;
  if (!evidence || !values) return null;
  const rule = evidence.rule;
  if (rule.kind === 'share') {
    const num = values[rule.numerator];
    const den = values[rule.denominator];
    if (num === undefined || den === undefined || den <= 0) return null;
    const percent = Math.min(100, (num / den) * 100);
    const band = rule.bands.find((b) => (b.abovePercent === null ? percent >= 0 : percent > b.abovePercent) && percent <= b.upToPercent);
    return band?.optionId ?? null;
  }
  const ratio = (value: string, per: string | undefined): number | null => {
    const v = values[value];
    if (v === undefined) return null;
    if (!per) return v;
    const d = values[per];
    return d === undefined || d <= 0 ? null : v / d;
  };
  const now = ratio(rule.current, rule.currentPer);
  const before = ratio(rule.previous, rule.previousPer);
  if (now === null || before === null) return null;
  if (before === 0) return now === 0 ? rule.flatOptionId : rule.upOptionId;
  const change = (now - before) / before;
  if (Math.abs(change) <= rule.flatWithin) return rule.flatOptionId;
  return change > 0 ? rule.upOptionId : rule.downOptionId;
}

/** The share computed from evidence, in percent (for "35 of 100 → 35 %"), or null. */
export function evidenceSharePercent(item: Pick<AssessmentItem, 'evidence'>, values: EvidenceValues | undefined): number | null {
  const rule = item.evidence?.rule;
  if (!rule || rule.kind !== 'share' || !values) return null;
  const num = values[rule.numerator];
  const den = values[rule.denominator];
  return num === undefined || den === undefined || den <= 0 ? null : (num / den) * 100;
}

/** Steps of a framework, in wizard order: each dimension, then each scene group that has scenes. */
export function frameworkSteps(def: Pick<AssessmentFrameworkDefinition, 'dimensions' | 'sceneGroups' | 'scenes'>): AssessmentStep[] {
  return [
    ...def.dimensions.map((d) => ({ id: d.id, kind: 'dimension' as const, name: d.name })),
    ...def.sceneGroups
      .filter((g) => def.scenes.some((s) => s.group === g.id))
      .map((g) => ({ id: g.id, kind: 'scenes' as const, name: g.name })),
  ];
}
