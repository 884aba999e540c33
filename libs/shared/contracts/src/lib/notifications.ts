import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, TimestampSchema, UuidSchema } from './schema';

/** In-app notifications of the signed-in user: GET /api/notifications, POST /api/notifications/:id/read and /read-all. */

/** What a notification is about; the web app words it from `kind` and `params` in the reader's language. */
export const NOTIFICATION_KINDS = ['task_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Parameters of a `task_overdue` notification. */
export const TaskOverdueParamsSchema = z.strictObject({
  taskId: UuidSchema,
  taskTitle: z.string(),
  projectId: UuidSchema,
  projectName: z.string(),
  dueDate: CalendarDateSchema,
  daysOverdue: z.number().int().min(1),
  /** Why this person is told: the task is theirs, or they lead its team. */
  as: z.enum(['assignee', 'team_lead']),
});
export type TaskOverdueParams = z.infer<typeof TaskOverdueParamsSchema>;

/** An in-app notification for the signed-in user. */
export const AppNotificationSchema = z.strictObject({
  id: UuidSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  params: TaskOverdueParamsSchema,
  /** Where the web app takes the reader, e.g. `/projects/<id>?task=<taskId>`. */
  link: z.string().nullable(),
  createdAt: TimestampSchema,
  readAt: TimestampSchema.nullable(),
});
export type AppNotification = z.infer<typeof AppNotificationSchema>;

export const NotificationPageSchema = z.strictObject({
  items: z.array(AppNotificationSchema),
  nextCursor: z.string().nullable(),
  /** Unread notifications of this user in the current tenant (for the bell's badge). */
  unread: z.number().int().min(0),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** `?limit=&cursor=&unread=` of GET /api/notifications; `unread=true` lists only unread ones. */
export const NotificationQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('only unread notifications'),
});
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;
