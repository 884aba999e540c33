import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { decodeCursor, encodeCursor, Responds, TenantRoles, ValidQuery } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { AuditEvent, AuditEventPageSchema, Page, PAGE_LIMIT_DEFAULT, PageQueryParams, PageQuerySchema } from '@xinzhi/shared-contracts';
import { listAuditEvents } from './audit.data';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly tx: TransactionRunner) {}

  /** The tenant's audit log, newest first: logins, failed logins, role changes, invitations, removals. */
  @Get()
  @TenantRoles('owner')
  @Responds(AuditEventPageSchema)
  list(@ValidQuery(PageQuerySchema) query: PageQueryParams): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows = await listAuditEvents(m, after, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }
}
