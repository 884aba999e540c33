import { z } from 'zod';
import { BUSINESS_AREAS, TECHNOLOGY_TYPES } from './projects';
import { CalendarDateSchema, PageQuerySchema, pageSchema, QueryBooleanSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Talent incentives and the digital learning organisation.
 * Shapes of /api/incentive-schemes, /api/incentive-awards, /api/me/awards, /api/training-records,
 * /api/me/training-records, /api/incentives/leaderboard and /api/training-records/skills-matrix.
 *
 * Who sees what: owners and leaders ("leaders") see everything here. Other tenant members see the
 * schemes' rules (without budget figures), their own awards and training, and the points
 * leaderboard (points only, never money). A park administrator sees none of it.
 *
 * Response shapes: GET /api/incentive-schemes → Page<IncentiveScheme>; GET /api/incentive-awards →
 * Page<IncentiveAward> (leaders only); GET /api/me/awards → MyAwardsSummary; GET /api/training-records
 * and /api/me/training-records → Page<TrainingRecord>; GET /api/incentives/leaderboard →
 * LeaderboardEntry[] (points descending, at most 50); GET /api/training-records/skills-matrix →
 * SkillsMatrix (leaders only).
 */

export const INCENTIVE_KINDS = ['bonus', 'points', 'equity', 'performance', 'recognition', 'training_credit'] as const;
export type IncentiveKind = (typeof INCENTIVE_KINDS)[number];

export const INCENTIVE_TRIGGERS = ['task_done', 'kpi_target_reached', 'team_all_done'] as const;
export type IncentiveTrigger = (typeof INCENTIVE_TRIGGERS)[number];

export const AWARD_STATUSES = ['proposed', 'approved', 'rejected', 'paid'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const SKILL_TAGS = [
  'data_analysis',
  'ai',
  'iot',
  'cloud',
  'automation',
  'security',
  'digital_management',
  'industrial_software',
] as const;
export type SkillTag = (typeof SKILL_TAGS)[number];

/** 'cny': money in yuan (bonus, equity, performance); 'points': points (points, recognition, training_credit). */
export const INCENTIVE_UNITS = ['cny', 'points'] as const;
export type IncentiveUnit = (typeof INCENTIVE_UNITS)[number];

export const AWARD_ACTIONS = ['approve', 'reject', 'pay'] as const;
export type AwardAction = (typeof AWARD_ACTIONS)[number];

/** The unit an amount of this kind is counted in. */
export function incentiveUnit(kind: IncentiveKind): IncentiveUnit {
  return kind === 'bonus' || kind === 'equity' || kind === 'performance' ? 'cny' : 'points';
}

/** Which transitions PATCH /api/incentive-awards/:id accepts: approve/reject from proposed, pay from approved. */
export function awardTransition(from: AwardStatus, action: AwardAction): AwardStatus | null {
  if (from === 'proposed' && action === 'approve') return 'approved';
  if (from === 'proposed' && action === 'reject') return 'rejected';
  if (from === 'approved' && action === 'pay') return 'paid';
  return null;
}

/** Longest scheme name and description; the API refuses longer ones and the scheme form stops at the same length. */
export const INCENTIVE_SCHEME_NAME_MAX = 200;
export const INCENTIVE_SCHEME_DESCRIPTION_MAX = 2000;
/** Bounds of a scheme's amount per achievement (yuan or points, at most 2 decimals). */
export const INCENTIVE_AMOUNT_MIN = 0.01;
export const INCENTIVE_AMOUNT_MAX = 10_000_000;
/** Largest budget cap (in the scheme's unit, at most 2 decimals). */
export const INCENTIVE_BUDGET_CAP_MAX = 1_000_000_000_000;
/** Longest reason for rejecting an award. */
export const AWARD_REJECTION_REASON_MAX = 1000;
/** Longest course and provider name of a training record, and its note. */
export const TRAINING_TEXT_MAX = 200;
export const TRAINING_NOTE_MAX = 2000;
/** Hours of one training record (at most 2 decimals). */
export const TRAINING_HOURS_MIN = 0.5;
export const TRAINING_HOURS_MAX = 1000;

/** An amount in yuan or points, or hours: at most two decimals. */
const decimal = (min: number, max: number) => z.number().min(min).max(max).multipleOf(0.01);
const count = z.number().int().min(0);

/** Why a scheme's proposals stopped at its budget cap (see IncentiveBudget.stop). */
export const BUDGET_STOPS = ['short', 'used_up'] as const;
export type BudgetStop = (typeof BUDGET_STOPS)[number];

export const IncentiveBudgetSchema = z.strictObject({
  /** Sum of the amounts of proposed + approved + paid awards. */
  committed: z.number(),
  /** Sum of the amounts of paid awards. */
  paid: z.number(),
  /** budgetCap − committed (never below 0), or null without a cap. */
  remaining: z.number().min(0).nullable(),
  /** Achievements that qualified but were not proposed because of the cap. */
  skipped: count,
  /**
   * Why proposals stopped, as a code the client words with the numbers above and the scheme's cap:
   * `short` — achievements were skipped while some budget is left (the next one needs more),
   * `used_up` — nothing is left; null while proposals go on.
   */
  stop: z.enum(BUDGET_STOPS).nullable(),
});
export type IncentiveBudget = z.infer<typeof IncentiveBudgetSchema>;

export const IncentiveSchemeSchema = z.strictObject({
  id: UuidSchema,
  /** null = tenant-wide (every project). */
  projectId: UuidSchema.nullable(),
  projectName: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(INCENTIVE_KINDS),
  trigger: z.enum(INCENTIVE_TRIGGERS),
  /** Per achievement (per recipient); yuan when unit is 'cny', points when 'points'. */
  amount: z.number(),
  unit: z.enum(INCENTIVE_UNITS),
  /** task_done only: amount × task weight. */
  scaleByWeight: z.boolean(),
  /** task_done only: limit to tasks with one of these business areas (empty = all). */
  businessAreas: z.array(z.enum(BUSINESS_AREAS)),
  /** task_done only: limit to tasks with one of these technology types (empty = all). */
  technologyTypes: z.array(z.enum(TECHNOLOGY_TYPES)),
  /** Cap on committed (proposed + approved + paid) amounts, in the scheme's unit; null = no cap. */
  budgetCap: z.number().nullable(),
  activeFrom: CalendarDateSchema.nullable(),
  activeUntil: CalendarDateSchema.nullable(),
  /** Switched on; evaluation also needs today within activeFrom..activeUntil. */
  active: z.boolean(),
  /** Spend against budget; null for callers who are not owners or leaders. */
  budget: IncentiveBudgetSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type IncentiveScheme = z.infer<typeof IncentiveSchemeSchema>;
export const IncentiveSchemePageSchema = pageSchema(IncentiveSchemeSchema);

/**
 * A scheme. Weight scaling and the area / technology filters belong to the task_done trigger, and
 * activeUntil is not before activeFrom (both checked by the API, and by the form); the project,
 * when given, is one of the enterprise's.
 */
export const CreateIncentiveSchemeRequestSchema = z.strictObject({
  /** null or absent = every project of the enterprise. */
  projectId: UuidSchema.nullable().optional(),
  name: z.string().trim().min(1).max(INCENTIVE_SCHEME_NAME_MAX),
  description: z.string().max(INCENTIVE_SCHEME_DESCRIPTION_MAX).optional(),
  kind: z.enum(INCENTIVE_KINDS),
  trigger: z.enum(INCENTIVE_TRIGGERS),
  /** Yuan for bonus, equity and performance; points otherwise. */
  amount: decimal(INCENTIVE_AMOUNT_MIN, INCENTIVE_AMOUNT_MAX),
  scaleByWeight: z.boolean().optional(),
  businessAreas: z.array(z.enum(BUSINESS_AREAS)).max(BUSINESS_AREAS.length).optional(),
  technologyTypes: z.array(z.enum(TECHNOLOGY_TYPES)).max(TECHNOLOGY_TYPES.length).optional(),
  budgetCap: decimal(INCENTIVE_AMOUNT_MIN, INCENTIVE_BUDGET_CAP_MAX).nullable().optional(),
  activeFrom: CalendarDateSchema.nullable().optional(),
  activeUntil: CalendarDateSchema.nullable().optional(),
  /** true unless given. */
  active: z.boolean().optional(),
});
export type CreateIncentiveSchemeRequest = z.infer<typeof CreateIncentiveSchemeRequestSchema>;

export const UpdateIncentiveSchemeRequestSchema = CreateIncentiveSchemeRequestSchema.partial();
export type UpdateIncentiveSchemeRequest = z.infer<typeof UpdateIncentiveSchemeRequestSchema>;

export const IncentiveSchemeQuerySchema = PageQuerySchema.extend({
  projectId: UuidSchema.optional().describe('the schemes that apply to this project: its own and the tenant-wide ones'),
  trigger: z.enum(INCENTIVE_TRIGGERS).optional(),
  active: QueryBooleanSchema.optional(),
});
export type IncentiveSchemeQuery = z.infer<typeof IncentiveSchemeQuerySchema>;

export const AwardReasonSchema = z.strictObject({
  type: z.enum(['task', 'kpi', 'team']),
  id: UuidSchema,
  title: z.string(),
  projectId: UuidSchema,
  projectName: z.string(),
});
export type AwardReason = z.infer<typeof AwardReasonSchema>;

/** The facts an award was computed from; each reader's language words "how it was earned" from them. */
export const AwardBasisSchema = z.discriminatedUnion('trigger', [
  z.strictObject({
    trigger: z.literal('task_done'),
    achievedOn: CalendarDateSchema,
    weight: z.number(),
    rate: z.number(),
    scaled: z.boolean(),
  }),
  z.strictObject({
    trigger: z.literal('kpi_target_reached'),
    achievedOn: CalendarDateSchema,
    kpiName: z.string(),
    target: z.number(),
    value: z.number(),
    kpiUnit: z.string(),
    as: z.enum(['kpi_owner', 'team_member']),
    teams: z.string().nullable(),
  }),
  z.strictObject({ trigger: z.literal('team_all_done'), achievedOn: CalendarDateSchema, tasks: count }),
]);
export type AwardBasis = z.infer<typeof AwardBasisSchema>;

export const IncentiveAwardSchema = z.strictObject({
  id: UuidSchema,
  schemeId: UuidSchema,
  schemeName: z.string(),
  kind: z.enum(INCENTIVE_KINDS),
  unit: z.enum(INCENTIVE_UNITS),
  recipientId: UuidSchema,
  recipientName: z.string(),
  amount: z.number(),
  status: z.enum(AWARD_STATUSES),
  reason: AwardReasonSchema,
  basis: AwardBasisSchema,
  rejectionReason: z.string().nullable(),
  decidedBy: UuidSchema.nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: TimestampSchema.nullable(),
  paidAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type IncentiveAward = z.infer<typeof IncentiveAwardSchema>;
export const IncentiveAwardPageSchema = pageSchema(IncentiveAwardSchema);

/** PATCH /api/incentive-awards/:id. A reason is required to reject (checked by the API, and by the form). */
export const DecideAwardRequestSchema = z.strictObject({
  action: z.enum(AWARD_ACTIONS),
  reason: z.string().trim().max(AWARD_REJECTION_REASON_MAX).optional(),
});
export type DecideAwardRequest = z.infer<typeof DecideAwardRequestSchema>;

export const IncentiveAwardQuerySchema = PageQuerySchema.extend({
  status: z.enum(AWARD_STATUSES).optional(),
  schemeId: UuidSchema.optional(),
  recipientId: UuidSchema.optional(),
  projectId: UuidSchema.optional(),
});
export type IncentiveAwardQuery = z.infer<typeof IncentiveAwardQuerySchema>;

export const MyAwardsSummarySchema = z.strictObject({
  items: z.array(IncentiveAwardSchema),
  totals: z.strictObject({
    /** Yuan of approved + paid awards. */
    cny: z.number(),
    /** Points of approved + paid awards. */
    points: z.number(),
    /** Number of awards still proposed (awaiting a decision). */
    pending: count,
  }),
});
export type MyAwardsSummary = z.infer<typeof MyAwardsSummarySchema>;

export const TrainingRecordSchema = z.strictObject({
  id: UuidSchema,
  userId: UuidSchema,
  userName: z.string(),
  course: z.string(),
  provider: z.string(),
  hours: z.number(),
  completedOn: CalendarDateSchema,
  skills: z.array(z.enum(SKILL_TAGS)),
  note: z.string().nullable(),
  createdBy: UuidSchema.nullable(),
  createdAt: TimestampSchema,
});
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
export const TrainingRecordPageSchema = pageSchema(TrainingRecordSchema);

/** A training record; completedOn must not be after today (the API checks that against its calendar). */
export const CreateTrainingRecordRequestSchema = z.strictObject({
  /** Owners and leaders only; the caller unless given. */
  userId: UuidSchema.optional(),
  course: z.string().trim().min(1).max(TRAINING_TEXT_MAX),
  provider: z.string().trim().min(1).max(TRAINING_TEXT_MAX),
  hours: decimal(TRAINING_HOURS_MIN, TRAINING_HOURS_MAX),
  completedOn: CalendarDateSchema,
  skills: z.array(z.enum(SKILL_TAGS)).min(1).max(SKILL_TAGS.length),
  note: z.string().max(TRAINING_NOTE_MAX).nullable().optional(),
});
export type CreateTrainingRecordRequest = z.infer<typeof CreateTrainingRecordRequestSchema>;

export const UpdateTrainingRecordRequestSchema = CreateTrainingRecordRequestSchema.omit({ userId: true }).partial();
export type UpdateTrainingRecordRequest = z.infer<typeof UpdateTrainingRecordRequestSchema>;

export const TrainingRecordQuerySchema = PageQuerySchema.extend({
  userId: UuidSchema.optional().describe('owners and leaders only (others see their own records)'),
  skill: z.enum(SKILL_TAGS).optional(),
});
export type TrainingRecordQuery = z.infer<typeof TrainingRecordQuerySchema>;

/** Points = points-unit awards approved or paid; awards = count of approved or paid awards. */
export const LeaderboardEntrySchema = z.strictObject({
  userId: UuidSchema,
  name: z.string(),
  points: z.number(),
  awards: count,
  trainingHours: z.number(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;
export const LeaderboardSchema = z.array(LeaderboardEntrySchema);

const skillHours = z.record(z.enum(SKILL_TAGS), z.number());

export const SkillsMatrixSchema = z.strictObject({
  skills: z.array(z.enum(SKILL_TAGS)),
  members: z.array(z.strictObject({ userId: UuidSchema, name: z.string(), hours: skillHours, total: z.number() })),
  totals: skillHours,
  /** Skills where the organisation is thin: fewer than 2 people trained, or the fewest hours. */
  thin: z.array(z.enum(SKILL_TAGS)),
});
export type SkillsMatrix = z.infer<typeof SkillsMatrixSchema>;
