import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { decodeCursor, encodeCursor, PageQuery, TenantRoles } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { AuditEvent, Page, PAGE_LIMIT_DEFAULT } from '@xinzhi/shared-contracts';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly tx: TransactionRunner) {}

  /** The tenant's audit log, newest first: logins, failed logins, role changes, invitations, removals. */
  @Get()
  @TenantRoles('owner')
  list(@Query() query: PageQuery): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows: Array<{ id: string; at: Date; action: AuditEvent['action']; actor_email: string | null; subject: string | null; detail: Record<string, unknown>; ip: string | null }> = await m.query(
        `SELECT id, at, action, actor_email, subject, detail, ip FROM audit_events
          WHERE ($1::uuid IS NULL OR id < $1::uuid) ORDER BY id DESC LIMIT $2`,
        [after, limit + 1],
      );
      const items = rows.slice(0, limit).map((r) => ({ id: r.id, at: r.at.toISOString(), action: r.action, actorEmail: r.actor_email, subject: r.subject, detail: r.detail, ip: r.ip }));
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }
}
