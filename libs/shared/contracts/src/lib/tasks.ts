import { z } from 'zod';
import { BUSINESS_AREAS, TASK_STATUSES, TECHNOLOGY_TYPES } from './projects';
import { CalendarDateSchema, pageSchema, PageQuerySchema, TimestampSchema, UuidSchema } from './schema';

/**
 * Business-process tasks of a project, their comments and activity. Shapes of
 * /api/projects/:id/tasks, /api/tasks/:id (with /comments and /activity) and /api/me/tasks.
 */

/** Longest task title, description, blocking reason and comment; the API refuses longer ones and the forms stop at the same length. */
export const TASK_TITLE_MAX = 200;
export const TASK_DESCRIPTION_MAX = 10000;
export const TASK_BLOCKED_REASON_MAX = 1000;
export const TASK_COMMENT_MAX = 4000;
/** A task's weight in its project's progress: a whole number 1–1000 (1 unless given). */
export const TASK_WEIGHT_MIN = 1;
export const TASK_WEIGHT_MAX = 1000;
/** The most tasks one list request (and "My tasks") returns; a list page is 100 unless `limit` says otherwise. */
export const TASK_LIST_MAX = 500;
export const TASK_LIST_DEFAULT = 100;
/** Longest title search of a task list. */
export const TASK_SEARCH_MAX = 100;

export const TASK_SORTS = [
  'due_date',
  '-due_date',
  'created_at',
  '-created_at',
  'title',
  'status',
  'weight',
  '-weight',
  'percent_done',
  '-percent_done',
] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export const TASK_EVENT_KINDS = ['created', 'status', 'progress', 'assigned', 'updated', 'comment'] as const;
export type TaskEventKind = (typeof TASK_EVENT_KINDS)[number];

/**
 * Where a task came from, when it was not simply written: a gap of a scored maturity assessment
 * ("raise quality management to level 3"), or a solution of the park's catalog adopted into the
 * project (its template task). Kept on the task and shown with it; a task has at most one origin.
 */
export const AssessmentGapOriginSchema = z.strictObject({
  type: z.literal('assessment_gap'),
  assessmentId: UuidSchema,
  /** The gap's key in that assessment (`item:<itemId>` or `scene:<sceneId>`). */
  gapKey: z.string().min(1).max(100),
});
/** A template task or KPI of an adopted solution (only the adoption creates these; a request cannot name one). */
export const SolutionOriginSchema = z.strictObject({
  type: z.literal('solution'),
  adoptionId: UuidSchema,
  solutionId: UuidSchema,
});
export const TaskOriginSchema = z.discriminatedUnion('type', [AssessmentGapOriginSchema, SolutionOriginSchema]);
export type TaskOrigin = z.infer<typeof TaskOriginSchema>;

export const TaskSchema = z.strictObject({
  id: UuidSchema,
  projectId: UuidSchema,
  teamId: UuidSchema.nullable(),
  teamName: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  businessArea: z.enum(BUSINESS_AREAS),
  technologyType: z.enum(TECHNOLOGY_TYPES),
  assigneeId: UuidSchema.nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  percentDone: z.number().int().min(0).max(100),
  weight: z.number().int().min(TASK_WEIGHT_MIN).max(TASK_WEIGHT_MAX),
  startDate: CalendarDateSchema.nullable(),
  dueDate: CalendarDateSchema.nullable(),
  completedAt: TimestampSchema.nullable(),
  blockedReason: z.string().nullable(),
  dependsOnId: UuidSchema.nullable(),
  dependsOnTitle: z.string().nullable(),
  /** Due before the business calendar's today and still open. */
  overdue: z.boolean(),
  /** Provenance, with the assessment's title or the solution's name for display; null for a task written by hand. */
  origin: z
    .discriminatedUnion('type', [
      AssessmentGapOriginSchema.extend({ assessmentTitle: z.string() }),
      SolutionOriginSchema.extend({ solutionName: z.string() }),
    ])
    .nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Task = z.infer<typeof TaskSchema>;
export const TaskPageSchema = pageSchema(TaskSchema);

/** A task in "My tasks", with the project it belongs to. */
export const MyTaskSchema = TaskSchema.extend({ projectName: z.string() });
export type MyTask = z.infer<typeof MyTaskSchema>;
/** Cards of "My tasks" per page unless `limit` says otherwise. */
export const MY_TASKS_PAGE_DEFAULT = 30;
/**
 * One page of "My tasks" (most urgent first), with the counts of the summary line over all of the
 * caller's tasks that match the project filter (not the status filter): open and overdue.
 */
export const MyTaskPageSchema = z.strictObject({
  items: z.array(MyTaskSchema),
  nextCursor: z.string().nullable(),
  open: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type MyTaskPage = z.infer<typeof MyTaskPageSchema>;

export const CreateTaskRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(TASK_TITLE_MAX),
  /** Optional (empty when absent). */
  description: z.string().max(TASK_DESCRIPTION_MAX).optional(),
  businessArea: z.enum(BUSINESS_AREAS),
  technologyType: z.enum(TECHNOLOGY_TYPES),
  /** A team of this project; a team lead must name a team they lead. */
  teamId: UuidSchema.nullable().optional(),
  /** A member of the enterprise. */
  assigneeId: UuidSchema.nullable().optional(),
  weight: z.number().int().min(TASK_WEIGHT_MIN).max(TASK_WEIGHT_MAX).optional(),
  startDate: CalendarDateSchema.nullable().optional(),
  /** Not before startDate (checked by the API). */
  dueDate: CalendarDateSchema.nullable().optional(),
  /** A task of the same project; no cycles (checked by the API). */
  dependsOnId: UuidSchema.nullable().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  /** 100 when done. */
  percentDone: z.number().int().min(0).max(100).optional(),
  /** Required when the task is blocked (checked by the API). */
  blockedReason: z.string().max(TASK_BLOCKED_REASON_MAX).nullable().optional(),
  /** A gap of one of the enterprise's scored assessments (checked by the API); fixed once the task exists. */
  origin: AssessmentGapOriginSchema.optional(),
});
export type CreateTaskRequest = z.infer<typeof CreateTaskRequestSchema>;

export const UpdateTaskRequestSchema = CreateTaskRequestSchema.omit({ origin: true }).partial();
export type UpdateTaskRequest = z.infer<typeof UpdateTaskRequestSchema>;

/** Statuses of a query string: comma-separated (`status=todo,blocked`) or repeated. */
const StatusListSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
  z.array(z.enum(TASK_STATUSES)).max(TASK_STATUSES.length),
);
const QueryBooleanSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/projects/:id/tasks`: filters, sort and an offset cursor. */
export const TaskQuerySchema = PageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(TASK_LIST_MAX).optional().describe(`items per page; ${TASK_LIST_DEFAULT} unless given`),
  status: StatusListSchema.optional().describe('statuses, comma-separated'),
  teamId: UuidSchema.optional(),
  assigneeId: UuidSchema.optional(),
  businessArea: z.enum(BUSINESS_AREAS).optional(),
  technologyType: z.enum(TECHNOLOGY_TYPES).optional(),
  overdue: QueryBooleanSchema.optional(),
  /** Part of the title. */
  q: z.string().max(TASK_SEARCH_MAX).optional(),
  sort: z.enum(TASK_SORTS).optional(),
});
export type TaskQuery = z.infer<typeof TaskQuerySchema>;

/** `GET /api/me/tasks`: statuses, one project, and an offset cursor. */
export const MyTasksQuerySchema = PageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(TASK_LIST_MAX).optional().describe(`items per page; ${MY_TASKS_PAGE_DEFAULT} unless given`),
  status: StatusListSchema.optional().describe('statuses, comma-separated'),
  projectId: UuidSchema.optional().describe('only the tasks of this project'),
});
export type MyTasksQuery = z.infer<typeof MyTasksQuerySchema>;

/** A value a task change records: what the tracked fields hold (text, numbers, ids, dates, null). */
const ChangeValueSchema = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const TaskEventSchema = z.strictObject({
  id: UuidSchema,
  at: TimestampSchema,
  kind: z.enum(TASK_EVENT_KINDS),
  actorId: UuidSchema.nullable(),
  actorName: z.string().nullable(),
  /** What changed: `{ field: [from, to] }` for updates, null for comments and creation. */
  changes: z.record(z.string(), z.tuple([ChangeValueSchema, ChangeValueSchema])).nullable(),
  comment: z.string().nullable(),
  /** The members a comment mentions (user ids, chosen in the comment box); empty for other events. */
  mentions: z.array(UuidSchema),
});
export type TaskEvent = z.infer<typeof TaskEventSchema>;
export const TaskEventListSchema = z.array(TaskEventSchema);

/** How many members one comment may mention. */
export const TASK_COMMENT_MENTIONS_MAX = 20;

export const CommentRequestSchema = z.strictObject({
  body: z.string().trim().min(1).max(TASK_COMMENT_MAX),
  /** Members of this enterprise the comment mentions, by user id: each is notified (not the commenter). */
  mentions: z.array(UuidSchema).max(TASK_COMMENT_MENTIONS_MAX).optional(),
});
export type CommentRequest = z.infer<typeof CommentRequestSchema>;

/** `GET /api/tasks/:id/mentionable`: the members a comment on the task may mention (every active member of the enterprise). */
export const MentionableMemberSchema = z.strictObject({ userId: UuidSchema, displayName: z.string() });
export type MentionableMember = z.infer<typeof MentionableMemberSchema>;
export const MentionableMemberListSchema = z.array(MentionableMemberSchema);
