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

export const SKILL_TAGS = ['data_analysis', 'ai', 'iot', 'cloud', 'automation', 'security', 'digital_management', 'industrial_software'] as const;
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

export interface IncentiveBudget {
  /** Sum of the amounts of proposed + approved + paid awards. */
  committed: number;
  /** Sum of the amounts of paid awards. */
  paid: number;
  /** budgetCap − committed, or null without a cap. */
  remaining: number | null;
  /** Achievements that qualified but were not proposed because of the cap. */
  skipped: number;
  /**
   * Why proposals stopped, as a code the client words with the numbers above and the scheme's cap:
   * `short` — achievements were skipped while some budget is left (the next one needs more),
   * `used_up` — nothing is left; null while proposals go on.
   */
  stop: BudgetStop | null;
}

export interface IncentiveScheme {
  id: string;
  /** null = tenant-wide (every project). */
  projectId: string | null;
  projectName: string | null;
  name: string;
  description: string;
  kind: IncentiveKind;
  trigger: IncentiveTrigger;
  /** Per achievement (per recipient); yuan when unit is 'cny', points when 'points'. */
  amount: number;
  unit: IncentiveUnit;
  /** task_done only: amount × task weight. */
  scaleByWeight: boolean;
  /** task_done only: limit to tasks with one of these business areas (empty = all). */
  businessAreas: string[];
  /** task_done only: limit to tasks with one of these technology types (empty = all). */
  technologyTypes: string[];
  /** Cap on committed (proposed + approved + paid) amounts, in the scheme's unit; null = no cap. */
  budgetCap: number | null;
  activeFrom: string | null;
  activeUntil: string | null;
  /** Switched on; evaluation also needs today within activeFrom..activeUntil. */
  active: boolean;
  /** Spend against budget; null for callers who are not owners or leaders. */
  budget: IncentiveBudget | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateIncentiveScheme {
  projectId?: string | null;
  name: string;
  description?: string;
  kind: IncentiveKind;
  trigger: IncentiveTrigger;
  /** > 0, at most 10,000,000. */
  amount: number;
  scaleByWeight?: boolean;
  businessAreas?: string[];
  technologyTypes?: string[];
  budgetCap?: number | null;
  activeFrom?: string | null;
  activeUntil?: string | null;
  active?: boolean;
}

export type UpdateIncentiveScheme = Partial<CreateIncentiveScheme>;

export interface IncentiveSchemeQuery {
  projectId?: string;
  trigger?: IncentiveTrigger;
  active?: boolean;
  limit?: number;
  cursor?: string;
}

export interface AwardReason {
  type: 'task' | 'kpi' | 'team';
  id: string;
  title: string;
  projectId: string;
  projectName: string;
}

/** Why a scheme's proposals stopped at its budget cap (see IncentiveBudget.stop). */
export const BUDGET_STOPS = ['short', 'used_up'] as const;
export type BudgetStop = (typeof BUDGET_STOPS)[number];

/** The facts an award was computed from; each reader's language words "how it was earned" from them. */
export type AwardBasis =
  | { trigger: 'task_done'; achievedOn: string; weight: number; rate: number; scaled: boolean }
  | { trigger: 'kpi_target_reached'; achievedOn: string; kpiName: string; target: number; value: number; kpiUnit: string; as: 'kpi_owner' | 'team_member'; teams: string | null }
  | { trigger: 'team_all_done'; achievedOn: string; tasks: number };

export interface IncentiveAward {
  id: string;
  schemeId: string;
  schemeName: string;
  kind: IncentiveKind;
  unit: IncentiveUnit;
  recipientId: string;
  recipientName: string;
  amount: number;
  status: AwardStatus;
  reason: AwardReason;
  basis: AwardBasis;
  rejectionReason: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  createdAt: string;
}

/** PATCH /api/incentive-awards/:id. reason is required for reject. */
export interface DecideAward {
  action: AwardAction;
  reason?: string;
}

export interface IncentiveAwardQuery {
  status?: AwardStatus;
  schemeId?: string;
  recipientId?: string;
  limit?: number;
  cursor?: string;
}

export interface MyAwardsSummary {
  items: IncentiveAward[];
  totals: {
    /** Yuan of approved + paid awards. */
    cny: number;
    /** Points of approved + paid awards. */
    points: number;
    /** Number of awards still proposed (awaiting a decision). */
    pending: number;
  };
}

export interface TrainingRecord {
  id: string;
  userId: string;
  userName: string;
  course: string;
  provider: string;
  hours: number;
  completedOn: string;
  skills: SkillTag[];
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface CreateTrainingRecord {
  /** Owners and leaders only; default the caller. */
  userId?: string;
  course: string;
  provider: string;
  /** 0.5–1000. */
  hours: number;
  /** Not in the future. */
  completedOn: string;
  /** At least one. */
  skills: SkillTag[];
  note?: string | null;
}

export type UpdateTrainingRecord = Partial<Omit<CreateTrainingRecord, 'userId'>>;

export interface TrainingRecordQuery {
  userId?: string;
  skill?: SkillTag;
  limit?: number;
  cursor?: string;
}

/** Points = points-unit awards approved or paid; awards = count of approved or paid awards. */
export interface LeaderboardEntry {
  userId: string;
  name: string;
  points: number;
  awards: number;
  trainingHours: number;
}

export interface SkillsMatrix {
  skills: SkillTag[];
  members: Array<{ userId: string; name: string; hours: Record<SkillTag, number>; total: number }>;
  totals: Record<SkillTag, number>;
  /** Skills where the organisation is thin: fewer than 2 people trained, or the fewest hours. */
  thin: SkillTag[];
}
