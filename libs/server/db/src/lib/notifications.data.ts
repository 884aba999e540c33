import { EntityManager } from 'typeorm';
import { NotificationKind, NotificationParamsByKind } from '@xinzhi/shared-contracts';
import type { Row } from '../schema/row';
import { selectRows } from './sql';

/** The kinds written when something happens (the morning job writes `task_overdue` itself). */
export type EventNotificationKind = Exclude<NotificationKind, 'task_overdue'>;

/** A notice to write: `actorName` is added from the acting user, so callers leave it out. */
export type NewNotice = {
  [K in EventNotificationKind]: {
    kind: K;
    /** Who is told. */
    userId: string;
    params: Omit<NotificationParamsByKind[K], 'actorName'>;
    /** Where the web app takes the reader: `/tasks/<taskId>`, `/me/awards`, `/members`. */
    link: string | null;
    /** The task it is about, if any (the notice goes with the task when it is deleted). */
    taskId?: string | null;
  };
}[EventNotificationKind];

/**
 * Writes notices into the acting tenant, inside the caller's transaction, so a notice and the change
 * it tells of commit together. Every feature writes its notices through this one function (features
 * may not import each other; notifications are reached through the database layer). A notice is
 * written only when its reader
 * - is not the acting user (nobody is told of what they did themselves),
 * - is a member of the acting tenant (row security keeps every row in that tenant too), and
 * - has not switched the kind off in their preferences (`notification_wanted`, which answers for the
 *   acting tenant only);
 * and a reader named twice in one call is told once. `day` is the business day (the `Clock`'s).
 * Returns how many were written; when any were, the caller publishes the tenant's `notifications`
 * live event after the commit so open bells refresh.
 */
export async function notify(m: EntityManager, notices: readonly NewNotice[], day: string): Promise<number> {
  let written = 0;
  const told = new Set<string>();
  for (const notice of notices) {
    const once = `${notice.userId}|${notice.kind}|${notice.taskId ?? ''}`;
    if (told.has(once)) continue;
    told.add(once);
    const c: Row<'notifications', 'user_id' | 'kind' | 'task_id' | 'link'> = {
      user_id: notice.userId,
      kind: notice.kind,
      task_id: notice.taskId ?? null,
      link: notice.link,
    };
    const [{ n }] = await selectRows<{ n: number }>(
      m,
      `WITH written AS (
         INSERT INTO notifications (tenant_id, user_id, kind, task_id, day, params, link)
         SELECT app_tenant_id(), $1::uuid, $2, $3::uuid, $4::date,
                $5::jsonb || jsonb_build_object('actorName', coalesce((SELECT display_name FROM users WHERE id = app_user_id()), '')), $6
          WHERE $1::uuid IS DISTINCT FROM app_user_id()
            AND EXISTS (SELECT 1 FROM tenant_memberships WHERE user_id = $1::uuid)
            AND notification_wanted($1::uuid, $2)
         RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      [c.user_id, c.kind, c.task_id, day, JSON.stringify(notice.params), c.link],
    );
    written += n;
  }
  return written;
}
