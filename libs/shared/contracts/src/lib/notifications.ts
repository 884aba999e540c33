/** What a notification is about; the web app words it from `kind` and `params` in the reader's language. */
export const NOTIFICATION_KINDS = ['task_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Parameters of a `task_overdue` notification. */
export interface TaskOverdueParams {
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  dueDate: string;
  daysOverdue: number;
  /** Why this person is told: the task is theirs, or they lead its team. */
  as: 'assignee' | 'team_lead';
}

/** An in-app notification for the signed-in user (GET /api/notifications). */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  params: TaskOverdueParams;
  /** Where the web app takes the reader, e.g. `/projects/<id>?task=<taskId>`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: AppNotification[];
  nextCursor: string | null;
  /** Unread notifications of this user in the current tenant (for the bell's badge). */
  unread: number;
}
