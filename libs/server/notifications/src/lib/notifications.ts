import { Controller, Get, HttpCode, Injectable, Module, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AnyTenantMember, decodeCursor, encodeCursor, IdParam, PageQuery, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { PAGE_LIMIT_DEFAULT } from '@xinzhi/shared-contracts';
import type { AppNotification, NotificationKind, NotificationPage, TaskOverdueParams } from '@xinzhi/shared-contracts';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only unread notifications' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  unread?: boolean;
}

interface NotificationSql {
  id: string; kind: NotificationKind; params: TaskOverdueParams; link: string | null; created_at: Date; read_at: Date | null;
}

/**
 * The signed-in person's own notifications in the acting tenant. Row security keeps them to the
 * tenant, and a restrictive policy to the person (`user_id = app_user_id()`); the queries say so too.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly tx: TransactionRunner) {}

  list(query: NotificationQuery): Promise<NotificationPage> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows: NotificationSql[] = await m.query(
        `SELECT id, kind, params, link, created_at, read_at FROM notifications
          WHERE user_id = app_user_id() AND ($1::uuid IS NULL OR id < $1) AND (NOT $2 OR read_at IS NULL)
          ORDER BY id DESC LIMIT $3`,
        [after, query.unread === true, limit + 1],
      );
      const [{ unread }] = await m.query('SELECT count(*)::int AS unread FROM notifications WHERE user_id = app_user_id() AND read_at IS NULL');
      const items: AppNotification[] = rows.slice(0, limit).map((r) => ({
        id: r.id, kind: r.kind, params: r.params, link: r.link, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null,
      }));
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null, unread };
    });
  }

  markRead(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      // (A bare UPDATE … RETURNING comes back from TypeORM as [rows, count]; the CTE returns rows.)
      const rows = await m.query('WITH marked AS (UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = app_user_id() RETURNING id) SELECT id FROM marked', [id]);
      if (!rows.length) throw ProblemException.notFound('No notification with this id.');
    });
  }

  markAllRead(): Promise<void> {
    return this.tx.run(async (m) => {
      await m.query('UPDATE notifications SET read_at = now() WHERE user_id = app_user_id() AND read_at IS NULL');
    });
  }
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyTenantMember()
  @ApiOkResponse({ description: 'The caller’s notifications, newest first, with the unread count.' })
  list(@Query() query: NotificationQuery): Promise<NotificationPage> {
    return this.notifications.list(query);
  }

  @Post('read-all')
  @HttpCode(204)
  @AnyTenantMember()
  @ApiNoContentResponse()
  readAll(): Promise<void> {
    return this.notifications.markAllRead();
  }

  @Post(':id/read')
  @HttpCode(204)
  @AnyTenantMember()
  @ApiNoContentResponse()
  read(@Param() { id }: IdParam): Promise<void> {
    return this.notifications.markRead(id);
  }
}

/** The API side of notifications. */
@Module({ controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsHttpModule {}
