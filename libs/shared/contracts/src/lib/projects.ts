import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageSchema, TimestampSchema, UuidSchema } from './schema';

/**
 * The transformation project workspace: projects, their leadership group, cross-department teams
 * and business-process tasks. Shapes of /api/projects, /api/teams, /api/tasks.
 */

export const PROJECT_PHASES = ['diagnose', 'plan', 'implement', 'evaluate'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];
export const PROJECT_STATUSES = ['active', 'on_hold', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const LEADERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];

/** Business areas a process task belongs to. */
export const BUSINESS_AREAS = [
  'procurement',
  'rnd_design',
  'production',
  'warehousing_logistics',
  'sales_marketing',
  'service',
  'finance',
  'hr',
  'management',
] as const;
export type BusinessArea = (typeof BUSINESS_AREAS)[number];

/** Digital technology types a process task applies. */
export const TECHNOLOGY_TYPES = [
  'big_data',
  'cloud_computing',
  'artificial_intelligence',
  'internet_of_things',
  'technology_convergence',
] as const;
export type TechnologyType = (typeof TECHNOLOGY_TYPES)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const HEALTH_STATES = ['on_track', 'at_risk', 'late'] as const;
export type Health = (typeof HEALTH_STATES)[number];

/** Longest project name and goal. A goal may be empty: a project is often opened in the diagnose phase, before its goal is worded. */
export const PROJECT_NAME_MAX = 200;
export const PROJECT_GOAL_MAX = 4000;
export const TEAM_NAME_MAX = 100;
export const TEAM_MISSION_MAX = 2000;
export const TEAM_MEMBERS_MAX = 200;
export const LEADERSHIP_MAX = 50;

const fraction = z.number().min(0).max(1);

export const ProjectSchema = z.strictObject({
  id: UuidSchema,
  name: z.string(),
  goal: z.string(),
  phase: z.enum(PROJECT_PHASES),
  status: z.enum(PROJECT_STATUSES),
  startDate: CalendarDateSchema,
  targetDate: CalendarDateSchema,
  /** Weight α of task progress in the transformation index (0–1). */
  taskWeight: fraction,
  /** Computed by the worker; null until first computed. */
  progress: fraction.nullable(),
  kpiAttainment: fraction.nullable(),
  transformationIndex: fraction.nullable(),
  spi: z.number().min(0).nullable(),
  health: z.enum(HEALTH_STATES).nullable(),
  progressComputedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
export const ProjectPageSchema = pageSchema(ProjectSchema);

/** Longest search text of the project list. */
export const PROJECT_SEARCH_MAX = 100;
/** Which projects a list shows: one status, `all`, or (absent) every status but archived. */
export const PROJECT_LIST_STATUSES = [...PROJECT_STATUSES, 'all'] as const;
export type ProjectListStatus = (typeof PROJECT_LIST_STATUSES)[number];

export const ProjectListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(PROJECT_SEARCH_MAX).optional().describe('part of the name or goal (case-insensitive)'),
  status: z.enum(PROJECT_LIST_STATUSES).optional().describe('one status, or all; absent: every status but archived'),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>;

export const LeadershipMemberSchema = z.strictObject({
  userId: UuidSchema,
  displayName: z.string(),
  email: z.string(),
  role: z.enum(LEADERSHIP_ROLES),
});
export type LeadershipMember = z.infer<typeof LeadershipMemberSchema>;
export const LeadershipSchema = z.array(LeadershipMemberSchema);

export const TeamMemberSchema = z.strictObject({
  userId: UuidSchema,
  displayName: z.string(),
  departmentId: UuidSchema.nullable(),
  departmentName: z.string().nullable(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamSchema = z.strictObject({
  id: UuidSchema,
  projectId: UuidSchema,
  name: z.string(),
  mission: z.string(),
  leadUserId: UuidSchema.nullable(),
  leadName: z.string().nullable(),
  members: z.array(TeamMemberSchema),
  /** Distinct departments of the members (and the lead); a real cross-department team spans two or more. */
  departments: z.array(z.strictObject({ id: UuidSchema, name: z.string() })),
  crossDepartment: z.boolean(),
  taskCount: z.number().int().min(0),
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.array(TeamSchema);

const count = z.number().int().min(0);
export const ProjectOverviewSchema = ProjectSchema.extend({
  taskCounts: z.strictObject({
    byStatus: z.record(z.enum(TASK_STATUSES), count),
    byArea: z.record(z.enum(BUSINESS_AREAS), count),
    overdue: count,
    total: count,
  }),
  leadership: z.array(LeadershipMemberSchema),
  teams: z.array(TeamSchema),
});
export type ProjectOverview = z.infer<typeof ProjectOverviewSchema>;

export const CreateProjectRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(PROJECT_NAME_MAX),
  /** Optional (empty when absent). */
  goal: z.string().trim().max(PROJECT_GOAL_MAX).optional(),
  phase: z.enum(PROJECT_PHASES).optional(),
  startDate: CalendarDateSchema,
  /** Not before startDate (checked by the API, and by the form). */
  targetDate: CalendarDateSchema,
  taskWeight: fraction.optional(),
});
export type CreateProjectRequest = z.infer<typeof CreateProjectRequestSchema>;

export const UpdateProjectRequestSchema = CreateProjectRequestSchema.extend({ status: z.enum(PROJECT_STATUSES) }).partial();
export type UpdateProjectRequest = z.infer<typeof UpdateProjectRequestSchema>;

/** The whole leadership group; exactly one chair, each person once (both checked by the API). */
export const PutLeadershipRequestSchema = z.strictObject({
  members: z.array(z.strictObject({ userId: UuidSchema, role: z.enum(LEADERSHIP_ROLES) })).max(LEADERSHIP_MAX),
});
export type PutLeadershipRequest = z.infer<typeof PutLeadershipRequestSchema>;

export const CreateTeamRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(TEAM_NAME_MAX),
  mission: z.string().max(TEAM_MISSION_MAX).optional(),
  leadUserId: UuidSchema.nullable().optional(),
  memberUserIds: z.array(UuidSchema).max(TEAM_MEMBERS_MAX).optional(),
});
export type CreateTeamRequest = z.infer<typeof CreateTeamRequestSchema>;

export const UpdateTeamRequestSchema = CreateTeamRequestSchema.partial();
export type UpdateTeamRequest = z.infer<typeof UpdateTeamRequestSchema>;

/**
 * Which status moves are allowed. Any open status may go to any other open status or be cancelled;
 * a cancelled task may be reopened to todo; `done` additionally needs finished dependencies.
 */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  if (from === to) return true;
  if (from === 'cancelled') return to === 'todo';
  return true;
}

/** A task's due date has passed while it is still open. */
export function isOverdue(task: { status: TaskStatus; dueDate: string | null }, today: string): boolean {
  return task.dueDate !== null && task.dueDate < today && task.status !== 'done' && task.status !== 'cancelled';
}
