import { EntityManager } from 'typeorm';
import { Col, execute, Row, selectRows } from '@xinzhi/server-db';
import { TaskEvent, TaskEventKind } from '@xinzhi/shared-contracts';

/** A task's activity: changes as `{ field: [before, after] }`, and comments. */

type EventRow = Row<'task_events', 'id' | 'at' | 'kind' | 'actor_user_id' | 'changes' | 'comment' | 'mentions'> & {
  actor_name: Col<'users', 'display_name'> | null;
};

function toEvent(r: EventRow): TaskEvent {
  // `changes` is written only by insertEvent below, as TaskEvent['changes'].
  return {
    id: r.id,
    at: r.at.toISOString(),
    kind: r.kind,
    actorId: r.actor_user_id,
    actorName: r.actor_name,
    changes: r.changes as TaskEvent['changes'],
    comment: r.comment,
    mentions: r.mentions,
  };
}

const EVENTS = `SELECT e.id, e.at, e.kind, e.actor_user_id, u.display_name AS actor_name, e.changes, e.comment, e.mentions
                  FROM task_events e LEFT JOIN users u ON u.id = e.actor_user_id`;

/** The task's events (or only its comments), oldest first, at most 1000. */
export async function listEvents(m: EntityManager, taskId: string, onlyComments: boolean): Promise<TaskEvent[]> {
  const rows = await selectRows<EventRow>(m, `${EVENTS} WHERE e.task_id = $1 AND (NOT $2 OR e.kind = 'comment') ORDER BY e.id LIMIT 1000`, [
    taskId,
    onlyComments,
  ]);
  return rows.map(toEvent);
}

export async function findEvent(m: EntityManager, id: string): Promise<TaskEvent | null> {
  const [row] = await selectRows<EventRow>(m, `${EVENTS} WHERE e.id = $1`, [id]);
  return row ? toEvent(row) : null;
}

/** Records an event by the acting user; returns its id. */
export async function insertEvent(
  m: EntityManager,
  taskId: string,
  kind: TaskEventKind,
  changes: TaskEvent['changes'],
  comment: string | null,
  mentions: readonly string[] = [],
): Promise<string> {
  const c: Row<'task_events', 'kind' | 'comment' | 'mentions'> = { kind, comment, mentions: [...mentions] };
  const [row] = await selectRows<Row<'task_events', 'id'>>(
    m,
    `INSERT INTO task_events (tenant_id, task_id, kind, actor_user_id, changes, comment, mentions)
       VALUES (app_tenant_id(), $1, $2, app_user_id(), $3::jsonb, $4, $5::uuid[]) RETURNING id`,
    [taskId, c.kind, changes ? JSON.stringify(changes) : null, c.comment, c.mentions],
  );
  return row.id;
}

// The demo park's task history (demo/demo-tasks.ts).

/** A demo event by `actor` at `day` plus `hour` hours (not later than now). */
export async function insertDemoEvent(
  m: EntityManager,
  taskId: string,
  kind: TaskEventKind,
  actor: string | null,
  changes: TaskEvent['changes'],
  day: string,
  hour: number,
): Promise<void> {
  const c: Row<'task_events', 'kind'> = { kind };
  await execute(
    m,
    `INSERT INTO task_events (tenant_id, task_id, kind, actor_user_id, changes, at) VALUES (app_tenant_id(), $1, $2, $3, $4::jsonb, LEAST($5::date + make_interval(hours => $6), now()))`,
    [taskId, c.kind, actor, changes ? JSON.stringify(changes) : null, day, hour],
  );
}
