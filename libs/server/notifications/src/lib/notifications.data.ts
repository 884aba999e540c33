import { EntityManager } from 'typeorm';
import { execute, Row, selectRows } from '@xinzhi/server-db';
import {
  NOTIFICATION_KINDS,
  type AppNotification,
  type NotificationKind,
  type NotificationPreference,
  type NotificationPreferences,
} from '@xinzhi/shared-contracts';

/** Notifications older than this many days are removed by the morning job. */
export const NOTIFICATION_KEEP_DAYS = 90;

type NotificationRow = Row<'notifications', 'id' | 'kind' | 'params' | 'link' | 'created_at' | 'read_at'>;

export function toNotification(r: NotificationRow): AppNotification {
  // `params` match `kind`: NOTIFY_OVERDUE below writes `task_overdue` rows, `notify` of the database
  // layer every other kind, each from the contracts' params of its kind.
  return {
    id: r.id,
    kind: r.kind,
    params: r.params,
    link: r.link,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  } as AppNotification;
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
  kind: NotificationKind | null,
  take: number,
): Promise<AppNotification[]> {
  const rows = await selectRows<NotificationRow>(
    m,
    `SELECT id, kind, params, link, created_at, read_at FROM notifications
          WHERE user_id = app_user_id() AND ($1::uuid IS NULL OR id < $1) AND (NOT $2 OR read_at IS NULL)
            AND ($4::text IS NULL OR kind = $4)
          ORDER BY id DESC LIMIT $3`,
    [after, unreadOnly, take, kind],
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
 * its assignee and the lead of its team (once when they are the same person, not when they switched
 * the kind off), one notice per person, task and day — the unique index makes a second run of the
 * same morning add nothing. How many days late is not stored: the web computes it from `dueDate`
 * when it shows the notice, so it stays right on the days after.
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
       AND notification_wanted(r.user_id, 'task_overdue')
     ORDER BY r.user_id, t.id, r.rank
  ), written AS (
    INSERT INTO notifications (tenant_id, user_id, kind, task_id, day, params, link)
    SELECT app_tenant_id(), user_id, 'task_overdue', task_id, $1::date,
           jsonb_build_object('taskId', task_id, 'taskTitle', title, 'projectId', project_id, 'projectName', project_name,
                              'dueDate', to_char(due_date, 'YYYY-MM-DD'), 'as', as_role),
           '/tasks/' || task_id
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

// Preferences: one row per member and kind once chosen; without a row, in-app on and e-mail off.

type PreferenceRow = Row<'notification_preferences', 'kind' | 'in_app' | 'email'>;

/** The signed-in member's preferences for every kind, in NOTIFICATION_KINDS order. */
export async function listPreferences(m: EntityManager): Promise<NotificationPreferences> {
  const rows = await selectRows<PreferenceRow>(m, 'SELECT kind, in_app, email FROM notification_preferences WHERE user_id = app_user_id()');
  const stored = new Map(rows.map((r) => [r.kind, r]));
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const r = stored.get(kind);
      return { kind, inApp: r?.in_app ?? true, email: r?.email ?? false };
    }),
  };
}

/** Stores the signed-in member's choice for each kind given. */
export async function savePreferences(m: EntityManager, items: readonly NotificationPreference[]): Promise<void> {
  for (const item of items) {
    const c: Row<'notification_preferences', 'kind' | 'in_app' | 'email'> = { kind: item.kind, in_app: item.inApp, email: item.email };
    await execute(
      m,
      `INSERT INTO notification_preferences (tenant_id, user_id, kind, in_app, email) VALUES (app_tenant_id(), app_user_id(), $1, $2, $3)
       ON CONFLICT (tenant_id, user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
      [c.kind, c.in_app, c.email],
    );
  }
}
