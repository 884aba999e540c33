import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Clock,
  decodeCursor,
  encodeCursor,
  exportLocale,
  namesLanguage,
  Responds,
  RespondsFile,
  sendWorkbook,
  TenantRoles,
  ValidQuery,
  XLSX_TYPE,
} from '@xinzhi/server-core';
import { actingUserLocale, TransactionRunner } from '@xinzhi/server-db';
import {
  AUDIT_EXPORT_MAX,
  AuditEvent,
  AuditEventPageSchema,
  AuditEventQuery,
  AuditEventQuerySchema,
  AuditExportQuery,
  AuditExportQuerySchema,
  Page,
  PAGE_LIMIT_DEFAULT,
} from '@xinzhi/shared-contracts';
import { auditWorkbook } from './audit-workbook';
import { AuditFilter, listAuditEvents } from './audit.data';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private filter(q: AuditExportQuery): AuditFilter {
    return { kind: q.kind ?? null, actorId: q.actorId ?? null, from: q.from ?? null, to: q.to ?? null, timeZone: this.clock.timeZone };
  }

  /**
   * The tenant's audit log, newest first: sign-ins, members and departments, and the business actions (projects,
   * tasks, KPIs and readings, incentive schemes, award decisions and payments); filtered by kind, person and days.
   */
  @Get()
  @TenantRoles('owner')
  @Responds(AuditEventPageSchema)
  list(@ValidQuery(AuditEventQuerySchema) query: AuditEventQuery): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows = await listAuditEvents(m, this.filter(query), after, limit + 1);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  @Get('export')
  @TenantRoles('owner')
  @ApiOperation({
    summary: `The audit log with the same filters as an Excel workbook, newest first, at most ${AUDIT_EXPORT_MAX} rows; Chinese headers for zh-CN (Accept-Language, else the user’s saved locale)`,
  })
  @RespondsFile(XLSX_TYPE, 'The workbook')
  async export(
    @ValidQuery(AuditExportQuerySchema) query: AuditExportQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { events, locale } = await this.tx.run(async (m) => ({
      events: await listAuditEvents(m, this.filter(query), null, AUDIT_EXPORT_MAX),
      locale: exportLocale(acceptLanguage, namesLanguage(acceptLanguage) ? null : await actingUserLocale(m)),
    }));
    const body = await auditWorkbook(events, locale, this.clock.timeZone);
    const name = `${locale === 'zh-CN' ? '操作日志' : 'audit-log'}-${this.clock.today()}`;
    return sendWorkbook(reply, 'audit-log', name, body);
  }
}
