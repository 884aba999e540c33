import { Controller, Get, HttpCode, Injectable, Module, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AnyTenantMember, decodeCursor, encodeCursor, IdParam, PageQuery, ProblemException } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { PAGE_LIMIT_DEFAULT } from '@xinzhi/shared-contracts';
import type { NotificationPage } from '@xinzhi/shared-contracts';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.data';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only unread notifications' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  unread?: boolean;
}

/** The signed-in person's own notifications in the acting tenant (the SQL is in notifications.data.ts). */
@Injectable()
export class NotificationsService {
  constructor(private readonly tx: TransactionRunner) {}

  list(query: NotificationQuery): Promise<NotificationPage> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows = await listNotifications(m, after, query.unread === true, limit + 1);
      const unread = await countUnread(m);
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null, unread };
    });
  }

  markRead(id: string): Promise<void> {
    return this.tx.run(async (m) => {
      if (!(await markRead(m, id))) throw ProblemException.notFound('No notification with this id.');
    });
  }

  markAllRead(): Promise<void> {
    return this.tx.run((m) => markAllRead(m));
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
