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
  record(
    manager: EntityManager,
    action: AuditAction,
    subject: string | null,
    detail: Record<string, AuditValue | undefined>,
  ): Promise<void> {
    return insertAuditEvent(manager, action, subject, detail);
  }
}

/** A value of an audit event's detail: plain, as the log shows it and the export writes it. */
export type AuditValue = string | number | boolean | null;
/** What an audit event tells: e.g. `{ status: 'todo → doing' }`, `{ amount: 500 }`. */
export type AuditDetail = Record<string, AuditValue>;

/** Long texts (descriptions, goals) are cut in the log: it says that they changed, not the whole text. */
const AUDIT_TEXT_MAX = 80;

function auditText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return text.length > AUDIT_TEXT_MAX ? `${text.slice(0, AUDIT_TEXT_MAX - 1)}…` : text;
}

/**
 * The fields that differ between `before` and `after`, each as `"from → to"` (empty values as ∅),
 * for the detail of an `*.updated` event. `fields` maps the detail's field name to the value's key
 * (e.g. `{ assignee: 'assigneeName' }` shows the person's name rather than their id). Empty when
 * nothing changed.
 */
export function auditChanges<T extends object>(before: T, after: T, fields: Readonly<Record<string, keyof T>>): AuditDetail {
  const changes: AuditDetail = {};
  for (const [name, key] of Object.entries(fields) as Array<[string, keyof T]>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[name] = `${auditText(before[key])} → ${auditText(after[key])}`;
  }
  return changes;
}
