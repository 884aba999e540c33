import { EntityManager } from 'typeorm';
import { Col, Row, selectRows } from '@xinzhi/server-db';
import { AUDIT_ACTIONS, AuditAction, AuditEvent, auditKindOf, AuditKind } from '@xinzhi/shared-contracts';

type AuditEventRow = Row<'audit_events', 'id' | 'at' | 'action' | 'actor_user_id' | 'actor_email' | 'subject' | 'detail' | 'ip'> & {
  actor_name: Col<'users', 'display_name'> | null;
};

function toAuditEvent(r: AuditEventRow): AuditEvent {
  // `action` and `detail` are free in the table; only AuditLog and the SECURITY DEFINER functions write them, with these shapes.
  return {
    id: r.id,
    at: r.at.toISOString(),
    action: r.action as AuditAction,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    actorEmail: r.actor_email,
    subject: r.subject,
    detail: r.detail as AuditEvent['detail'],
    ip: r.ip,
  };
}

/** What the log is narrowed to; `from`/`to` are calendar days in `timeZone`, both included. */
export interface AuditFilter {
  kind: AuditKind | null;
  actorId: string | null;
  from: string | null;
  to: string | null;
  timeZone: string;
}

/** The tenant's events newest first, matching `filter`, after the cursor `after` (an event id), at most `limit`. */
export async function listAuditEvents(m: EntityManager, filter: AuditFilter, after: string | null, limit: number): Promise<AuditEvent[]> {
  const actions = filter.kind ? AUDIT_ACTIONS.filter((a) => auditKindOf(a) === filter.kind) : null;
  // A removed member's account may no longer be readable here: then the name is null and the email of the moment tells who.
  const rows = await selectRows<AuditEventRow>(
    m,
    `SELECT e.id, e.at, e.action, e.actor_user_id, u.display_name AS actor_name, e.actor_email, e.subject, e.detail, e.ip
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
      WHERE ($1::uuid IS NULL OR e.id < $1::uuid)
        AND ($3::text[] IS NULL OR e.action = ANY($3::text[]))
        AND ($4::uuid IS NULL OR e.actor_user_id = $4::uuid)
        AND ($5::date IS NULL OR e.at >= ($5::date::timestamp AT TIME ZONE $7))
        AND ($6::date IS NULL OR e.at < (($6::date + 1)::timestamp AT TIME ZONE $7))
      ORDER BY e.id DESC LIMIT $2`,
    [after, limit, actions, filter.actorId, filter.from, filter.to, filter.timeZone],
  );
  return rows.map(toAuditEvent);
}
