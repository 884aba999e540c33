/**
 * The transformation project workspace: projects, their leadership group, cross-department teams
 * and business-process tasks (DESIGN.md §2, §4). Shapes of /api/projects, /api/teams, /api/tasks.
 */

export const PROJECT_PHASES = ['diagnose', 'plan', 'implement', 'evaluate'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];
export const PROJECT_STATUSES = ['active', 'on_hold', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const LEADERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];

/** Business areas a process task belongs to. */
export const BUSINESS_AREAS = ['procurement', 'rnd_design', 'production', 'warehousing_logistics', 'sales_marketing', 'service', 'finance', 'hr', 'management'] as const;
export type BusinessArea = (typeof BUSINESS_AREAS)[number];

/** Technology types of the paper's Table 1. */
export const TECHNOLOGY_TYPES = ['big_data', 'cloud_computing', 'artificial_intelligence', 'internet_of_things', 'technology_convergence'] as const;
export type TechnologyType = (typeof TECHNOLOGY_TYPES)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type Health = 'on_track' | 'at_risk' | 'late';

export interface Project {
  id: string;
  name: string;
  goal: string;
  phase: ProjectPhase;
  status: ProjectStatus;
  startDate: string;
  targetDate: string;
  /** Weight α of task progress in the transformation index (0–1). */
  taskWeight: number;
  /** Computed by the worker (issue 5); null until first computed. */
  progress: number | null;
  kpiAttainment: number | null;
  transformationIndex: number | null;
  spi: number | null;
  health: Health | null;
  progressComputedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectOverview extends Project {
  taskCounts: { byStatus: Record<TaskStatus, number>; byArea: Record<BusinessArea, number>; overdue: number; total: number };
  leadership: LeadershipMember[];
  teams: Team[];
}

export interface CreateProjectRequest {
  name: string;
  goal: string;
  phase?: ProjectPhase;
  startDate: string;
  targetDate: string;
  taskWeight?: number;
}

export type UpdateProjectRequest = Partial<CreateProjectRequest & { status: ProjectStatus }>;

export interface LeadershipMember {
  userId: string;
  displayName: string;
  email: string;
  role: LeadershipRole;
}

export interface PutLeadershipRequest {
  members: Array<{ userId: string; role: LeadershipRole }>;
}

export interface TeamMember {
  userId: string;
  displayName: string;
  departmentId: string | null;
  departmentName: string | null;
}

export interface Team {
  id: string;
  projectId: string;
  name: string;
  mission: string;
  leadUserId: string | null;
  leadName: string | null;
  members: TeamMember[];
  /** Distinct departments of the members (and the lead); a real cross-department team spans two or more. */
  departments: Array<{ id: string; name: string }>;
  crossDepartment: boolean;
  taskCount: number;
}

export interface CreateTeamRequest {
  name: string;
  mission?: string;
  leadUserId?: string | null;
  memberUserIds?: string[];
}

export type UpdateTeamRequest = Partial<CreateTeamRequest>;

export interface Task {
  id: string;
  projectId: string;
  teamId: string | null;
  teamName: string | null;
  title: string;
  description: string;
  businessArea: BusinessArea;
  technologyType: TechnologyType;
  assigneeId: string | null;
  assigneeName: string | null;
  status: TaskStatus;
  percentDone: number;
  weight: number;
  startDate: string | null;
  dueDate: string | null;
  completedAt: string | null;
  blockedReason: string | null;
  dependsOnId: string | null;
  dependsOnTitle: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A task in "My tasks", with the project it belongs to. */
export interface MyTask extends Task {
  projectName: string;
}

export interface CreateTaskRequest {
  title: string;
  description?: string;
  businessArea: BusinessArea;
  technologyType: TechnologyType;
  teamId?: string | null;
  assigneeId?: string | null;
  weight?: number;
  startDate?: string | null;
  dueDate?: string | null;
  dependsOnId?: string | null;
  status?: TaskStatus;
  percentDone?: number;
  blockedReason?: string | null;
}

export type UpdateTaskRequest = Partial<CreateTaskRequest>;

export const TASK_SORTS = ['due_date', '-due_date', 'created_at', '-created_at', 'title', 'status', 'weight', '-weight', 'percent_done', '-percent_done'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export interface TaskQuery {
  status?: TaskStatus[];
  teamId?: string;
  assigneeId?: string;
  businessArea?: BusinessArea;
  technologyType?: TechnologyType;
  overdue?: boolean;
  q?: string;
  sort?: TaskSort;
  limit?: number;
  cursor?: string;
}

export type TaskEventKind = 'created' | 'status' | 'progress' | 'assigned' | 'updated' | 'comment';

export interface TaskEvent {
  id: string;
  at: string;
  kind: TaskEventKind;
  actorId: string | null;
  actorName: string | null;
  /** What changed: `{ field: [from, to] }` for updates, absent for comments. */
  changes: Record<string, [unknown, unknown]> | null;
  comment: string | null;
}

export interface CommentRequest {
  body: string;
}

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

/** A server-sent event on GET /api/events: something a page shows has changed. */
export type LiveEvent =
  | { type: 'project.progress'; projectId: string; at: string }
  /** New in-app notifications for someone in the tenant; each open page re-reads its own. */
  | { type: 'notifications'; at: string }
  /** Incentive awards were proposed (by the worker) or decided (approved, rejected, paid). */
  | { type: 'awards'; projectId: string; at: string };
