import { z } from 'zod';
import { INCENTIVE_UNITS } from './incentives';
import { TENANT_ROLES } from './identity-constants';
import { CalendarDateSchema, PageQuerySchema, TimestampSchema, UuidSchema } from './schema';

/**
 * In-app notifications of the signed-in user: GET /api/notifications, POST /api/notifications/:id/read
 * and /read-all; their preferences: GET/PUT /api/notification-preferences.
 */

/** What a notification is about; the web app words it from `kind` and `params` in the reader's language. */
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'task_commented',
  'mentioned',
  'task_blocked',
  'task_unblocked',
  'task_overdue',
  'award_approved',
  'award_rejected',
  'award_paid',
  'invitation_accepted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How long the excerpt of a comment kept in a notice may be (the task keeps the whole comment). */
export const NOTIFICATION_EXCERPT_MAX = 140;

/** The task a notice is about, as it was named when the notice was written. */
const TaskRefShape = {
  taskId: UuidSchema,
  taskTitle: z.string(),
  projectId: UuidSchema,
  projectName: z.string(),
};

/** Who did what the notice tells (their display name when it was written). */
const ActorShape = { actorName: z.string() };

/**
 * Parameters of a `task_overdue` notification. How late it is is computed when shown, from
 * `dueDate` and today's business date; `daysOverdue` is what rows written before that carry and is
 * no longer read.
 */
export const TaskOverdueParamsSchema = z.strictObject({
  ...TaskRefShape,
  dueDate: CalendarDateSchema,
  daysOverdue: z.number().int().min(1).optional(),
  /** Why this person is told: the task is theirs, or they lead its team. */
  as: z.enum(['assignee', 'team_lead']),
});
export type TaskOverdueParams = z.infer<typeof TaskOverdueParamsSchema>;

/** `task_assigned`: the actor made the reader the task's assignee. */
export const TaskAssignedParamsSchema = z.strictObject({ ...TaskRefShape, ...ActorShape });
export type TaskAssignedParams = z.infer<typeof TaskAssignedParamsSchema>;

/** `task_commented` (on the reader's task) and `mentioned` (the comment names the reader). */
export const TaskCommentParamsSchema = z.strictObject({
  ...TaskRefShape,
  ...ActorShape,
  excerpt: z.string().max(NOTIFICATION_EXCERPT_MAX),
});
export type TaskCommentParams = z.infer<typeof TaskCommentParamsSchema>;

/** `task_blocked` / `task_unblocked`: to the assignee and the lead of the task's team. */
export const TaskBlockedParamsSchema = z.strictObject({
  ...TaskRefShape,
  ...ActorShape,
  /** Why it is blocked (null when unblocked). */
  reason: z.string().nullable(),
  as: z.enum(['assignee', 'team_lead']),
});
export type TaskBlockedParams = z.infer<typeof TaskBlockedParamsSchema>;

/** `award_approved` / `award_rejected` / `award_paid`: to the award's recipient. */
export const AwardDecidedParamsSchema = z.strictObject({
  ...ActorShape,
  awardId: UuidSchema,
  schemeName: z.string(),
  amount: z.number(),
  unit: z.enum(INCENTIVE_UNITS),
  /** The reason given when rejected (null otherwise). */
  reason: z.string().nullable(),
});
export type AwardDecidedParams = z.infer<typeof AwardDecidedParamsSchema>;

/** `invitation_accepted`: to the inviter; the actor is the new member. */
export const InvitationAcceptedParamsSchema = z.strictObject({
  ...ActorShape,
  email: z.string(),
  role: z.enum(TENANT_ROLES),
});
export type InvitationAcceptedParams = z.infer<typeof InvitationAcceptedParamsSchema>;

/** The parameters of each kind. */
export interface NotificationParamsByKind {
  task_overdue: TaskOverdueParams;
  task_assigned: TaskAssignedParams;
  task_commented: TaskCommentParams;
  mentioned: TaskCommentParams;
  task_blocked: TaskBlockedParams;
  task_unblocked: TaskBlockedParams;
  award_approved: AwardDecidedParams;
  award_rejected: AwardDecidedParams;
  award_paid: AwardDecidedParams;
  invitation_accepted: InvitationAcceptedParams;
}

const NoticeShape = {
  id: UuidSchema,
  /** Where the web app takes the reader: `/tasks/<taskId>` for a task, the incentives or members page. */
  link: z.string().nullable(),
  createdAt: TimestampSchema,
  readAt: TimestampSchema.nullable(),
};

/** An in-app notification for the signed-in user; `params` depend on `kind`. */
export const AppNotificationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...NoticeShape, kind: z.literal('task_overdue'), params: TaskOverdueParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('task_assigned'), params: TaskAssignedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('task_commented'), params: TaskCommentParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('mentioned'), params: TaskCommentParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('task_blocked'), params: TaskBlockedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('task_unblocked'), params: TaskBlockedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('award_approved'), params: AwardDecidedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('award_rejected'), params: AwardDecidedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('award_paid'), params: AwardDecidedParamsSchema }),
  z.strictObject({ ...NoticeShape, kind: z.literal('invitation_accepted'), params: InvitationAcceptedParamsSchema }),
]);
export type AppNotification = z.infer<typeof AppNotificationSchema>;

export const NotificationPageSchema = z.strictObject({
  items: z.array(AppNotificationSchema),
  nextCursor: z.string().nullable(),
  /** Unread notifications of this user in the current tenant (for the bell's badge), whatever the filter. */
  unread: z.number().int().min(0),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** `?limit=&cursor=&unread=&kind=` of GET /api/notifications; `unread=true` lists only unread ones. */
export const NotificationQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('only unread notifications'),
  kind: z.enum(NOTIFICATION_KINDS).optional().describe('only notifications of this kind'),
});
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;

/**
 * One kind's preference of the signed-in member: shown in the app or not (a notice of a kind
 * switched off is not written), and sent by e-mail — stored now, acted on once e-mail exists.
 * Without a stored choice: in-app on, e-mail off.
 */
export const NotificationPreferenceSchema = z.strictObject({
  kind: z.enum(NOTIFICATION_KINDS),
  inApp: z.boolean(),
  email: z.boolean(),
});
export type NotificationPreference = z.infer<typeof NotificationPreferenceSchema>;

/** GET /api/notification-preferences: every kind, in NOTIFICATION_KINDS order. */
export const NotificationPreferencesSchema = z.strictObject({ items: z.array(NotificationPreferenceSchema) });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** PUT /api/notification-preferences: the kinds to change (others stay as they are), each kind at most once. */
export const UpdateNotificationPreferencesRequestSchema = z.strictObject({
  items: z
    .array(NotificationPreferenceSchema)
    .min(1)
    .max(NOTIFICATION_KINDS.length)
    .refine((items) => new Set(items.map((item) => item.kind)).size === items.length, { message: 'each kind at most once' }),
});
export type UpdateNotificationPreferencesRequest = z.infer<typeof UpdateNotificationPreferencesRequestSchema>;

/** The kinds a preference page lists, grouped as the bell groups them. */
export const NOTIFICATION_GROUPS: Readonly<Record<'tasks' | 'awards' | 'members', readonly NotificationKind[]>> = {
  tasks: ['task_assigned', 'task_commented', 'mentioned', 'task_blocked', 'task_unblocked', 'task_overdue'],
  awards: ['award_approved', 'award_rejected', 'award_paid'],
  members: ['invitation_accepted'],
};
