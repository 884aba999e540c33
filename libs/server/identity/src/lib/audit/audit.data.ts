import { EntityManager } from 'typeorm';
import { Row, selectRows } from '@xinzhi/server-db';
import { AuditAction, AuditEvent } from '@xinzhi/shared-contracts';

type AuditEventRow = Row<'audit_events', 'id' | 'at' | 'action' | 'actor_email' | 'subject' | 'detail' | 'ip'>;

function toAuditEvent(r: AuditEventRow): AuditEvent {
  // `action` and `detail` are free in the table; only AuditLog and the SECURITY DEFINER functions write them, with these shapes.
  return {
    id: r.id,
    at: r.at.toISOString(),
    action: r.action as AuditAction,
    actorEmail: r.actor_email,
    subject: r.subject,
    detail: r.detail as AuditEvent['detail'],
    ip: r.ip,
  };
}

/** The tenant's events newest first, after the cursor `after` (an event id), at most `limit`. */
export async function listAuditEvents(m: EntityManager, after: string | null, limit: number): Promise<AuditEvent[]> {
  const rows = await selectRows<AuditEventRow>(
    m,
    `SELECT id, at, action, actor_email, subject, detail, ip FROM audit_events
          WHERE ($1::uuid IS NULL OR id < $1::uuid) ORDER BY id DESC LIMIT $2`,
    [after, limit],
  );
  return rows.map(toAuditEvent);
}
