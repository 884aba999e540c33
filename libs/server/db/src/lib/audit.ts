import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction } from '@xinzhi/shared-contracts';
import { insertAuditEvent } from './audit.data';

/**
 * Writes audit events into the current tenant's log, inside the caller's transaction, so the event
 * and the change it describes commit together. Actor, address and agent come from the context.
 */
@Injectable()
export class AuditLog {
  record(manager: EntityManager, action: AuditAction, subject: string | null, detail: Record<string, unknown>): Promise<void> {
    return insertAuditEvent(manager, action, subject, detail);
  }
}
