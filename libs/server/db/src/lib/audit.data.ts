import { EntityManager } from 'typeorm';
import { AuditAction } from '@xinzhi/shared-contracts';
import type { Row } from '../schema/row';
import { execute } from './sql';

/**
 * Adds an event to the acting tenant's log; the actor, their email, address and agent come from
 * the transaction's settings. Every feature writes its business actions through this one function
 * (features may not import each other; the log is reached through the database layer).
 */
export async function insertAuditEvent(
  m: EntityManager,
  action: AuditAction,
  subject: string | null,
  detail: Record<string, unknown>,
): Promise<void> {
  const c: Row<'audit_events', 'action' | 'subject'> = { action, subject };
  await execute(
    m,
    `INSERT INTO audit_events (tenant_id, action, actor_user_id, actor_email, subject, detail, ip, user_agent)
       SELECT app_tenant_id(), $1, app_user_id(), (SELECT email FROM users WHERE id = app_user_id()), $2, $3::jsonb,
              current_setting('app.ip', true), current_setting('app.user_agent', true)`,
    [c.action, c.subject, JSON.stringify(detail)],
  );
}
