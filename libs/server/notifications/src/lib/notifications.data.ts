import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import type { AppNotification, TaskOverdueParams } from '@xinzhi/shared-contracts';

/** Notifications older than this many days are removed by the morning job. */
export const NOTIFICATION_KEEP_DAYS = 90;

type NotificationRow = Row<'notifications', 'id' | 'kind' | 'params' | 'link' | 'created_at' | 'read_at'>;

export function toNotification(r: NotificationRow): AppNotification {
  // `params` is written by NOTIFY_OVERDUE below, the one writer of `task_overdue` rows.
  return {
    id: r.id,
    kind: r.kind,
    params: r.params as unknown as TaskOverdueParams,
    link: r.link,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  };
}

/**
 * The signed-in person's own notifications in the acting tenant, newest first. Row security keeps
 * them to the tenant, and a restrictive policy to the person (`user_id = app_user_id()`); the
 * queries say so too.
 */
export async function listNotifications(
  m: EntityManager,
  after: string | null,
  unreadOnly: boolean,
  take: number,
): Promise<AppNotification[]> {
  const rows = await selectRows<NotificationRow>(
    m,
    `SELECT id, kind, params, link, created_at, read_at FROM notifications
          WHERE user_id = app_user_id() AND ($1::uuid IS NULL OR id < $1) AND (NOT $2 OR read_at IS NULL)
          ORDER BY id DESC LIMIT $3`,
    [after, unreadOnly, take],
  );
  return rows.map(toNotification);
}

export async function countUnread(m: EntityManager): Promise<number> {
  const [{ unread }] = await selectRows<{ unread: number }>(
    m,
    'SELECT count(*)::int AS unread FROM notifications WHERE user_id = app_user_id() AND read_at IS NULL',
  );
  return unread;
}

/** False when the caller has no notification with this id. */
export async function markRead(m: EntityManager, id: string): Promise<boolean> {
  // (A bare UPDATE … RETURNING comes back from TypeORM as [rows, count]; the CTE returns rows.)
  const rows = await selectRows<Row<'notifications', 'id'>>(
    m,
    'WITH marked AS (UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = app_user_id() RETURNING id) SELECT id FROM marked',
    [id],
  );
  return rows.length > 0;
}

export async function markAllRead(m: EntityManager): Promise<void> {
  await execute(m, 'UPDATE notifications SET read_at = now() WHERE user_id = app_user_id() AND read_at IS NULL');
}

/**
 * One statement per tenant: every open task of an active project whose due date has passed tells
 * its assignee and the lead of its team (once when they are the same person), one notice per person,
 * task and day — the unique key makes a second run of the same morning add nothing.
 */
const NOTIFY_OVERDUE = `
  WITH due AS (
    SELECT DISTINCT ON (r.user_id, t.id)
           r.user_id, r.as_role, t.id AS task_id, t.title, t.due_date, p.id AS project_id, p.name AS project_name
      FROM tasks t
      JOIN projects p ON p.tenant_id = t.tenant_id AND p.id = t.project_id
      LEFT JOIN teams tm ON tm.tenant_id = t.tenant_id AND tm.id = t.team_id
      CROSS JOIN LATERAL (VALUES (t.assignee_user_id, 'assignee', 1), (tm.lead_user_id, 'team_lead', 2)) r(user_id, as_role, rank)
     WHERE t.due_date < $1::date AND t.status NOT IN ('done', 'cancelled') AND p.status = 'active' AND r.user_id IS NOT NULL
     ORDER BY r.user_id, t.id, r.rank
  ), written AS (
    INSERT INTO notifications (tenant_id, user_id, kind, task_id, day, params, link)
    SELECT app_tenant_id(), user_id, 'task_overdue', task_id, $1::date,
           jsonb_build_object('taskId', task_id, 'taskTitle', title, 'projectId', project_id, 'projectName', project_name,
                              'dueDate', to_char(due_date, 'YYYY-MM-DD'), 'daysOverdue', $1::date - due_date, 'as', as_role),
           '/projects/' || project_id || '/list?task=' || task_id
      FROM due
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS n FROM written`;

/** Adds the day's overdue notices in the current tenant and forgets old ones; returns how many were added. */
export async function notifyOverdue(m: EntityManager, day: string): Promise<number> {
  const [{ n }] = await selectRows<{ n: number }>(m, NOTIFY_OVERDUE, [day]);
  await execute(m, `DELETE FROM notifications WHERE day < $1::date - $2::int`, [day, NOTIFICATION_KEEP_DAYS]);
  return n;
}
