import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction } from '@xinzhi/shared-contracts';

/**
 * Writes audit events into the current tenant's log, inside the caller's transaction, so the event
 * and the change it describes commit together. Actor, address and agent come from the context.
 */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, action: AuditAction, subject: string | null, detail: Record<string, unknown>): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (tenant_id, action, actor_user_id, actor_email, subject, detail, ip, user_agent)
       SELECT app_tenant_id(), $1, app_user_id(), (SELECT email FROM users WHERE id = app_user_id()), $2, $3::jsonb,
              current_setting('app.ip', true), current_setting('app.user_agent', true)`,
      [action, subject, JSON.stringify(detail)],
    );
  }
}
