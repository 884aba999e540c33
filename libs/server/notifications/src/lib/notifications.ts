import { Controller, Get, HttpCode, Injectable, Module, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AnyTenantMember,
  decodeCursor,
  encodeCursor,
  ProblemException,
  Responds,
  RespondsNoContent,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import {
  IdParams,
  IdParamsSchema,
  NotificationPage,
  NotificationPageSchema,
  NotificationPreferences,
  NotificationPreferencesSchema,
  NotificationQuery,
  NotificationQuerySchema,
  PAGE_LIMIT_DEFAULT,
  UpdateNotificationPreferencesRequest,
  UpdateNotificationPreferencesRequestSchema,
} from '@xinzhi/shared-contracts';
import { countUnread, listNotifications, listPreferences, markAllRead, markRead, savePreferences } from './notifications.data';

/** The signed-in person's own notifications in the acting tenant (the SQL is in notifications.data.ts). */
@Injectable()
export class NotificationsService {
  constructor(private readonly tx: TransactionRunner) {}

  list(query: NotificationQuery): Promise<NotificationPage> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const after = decodeCursor(query.cursor);
    return this.tx.run(async (m) => {
      const rows = await listNotifications(m, after, query.unread === true, query.kind ?? null, limit + 1);
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

  preferences(): Promise<NotificationPreferences> {
    return this.tx.run((m) => listPreferences(m));
  }

  savePreferences(body: UpdateNotificationPreferencesRequest): Promise<NotificationPreferences> {
    return this.tx.run(async (m) => {
      await savePreferences(m, body.items);
      return listPreferences(m);
    });
  }
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyTenantMember()
  @Responds(NotificationPageSchema, 200, 'The caller’s notifications (of one kind with `?kind=`), newest first, with the unread count.')
  list(@ValidQuery(NotificationQuerySchema) query: NotificationQuery): Promise<NotificationPage> {
    return this.notifications.list(query);
  }

  @Post('read-all')
  @HttpCode(204)
  @AnyTenantMember()
  @RespondsNoContent()
  readAll(): Promise<void> {
    return this.notifications.markAllRead();
  }

  @Post(':id/read')
  @HttpCode(204)
  @AnyTenantMember()
  @RespondsNoContent()
  read(@ValidParams(IdParamsSchema) { id }: IdParams): Promise<void> {
    return this.notifications.markRead(id);
  }
}

/** The signed-in member's notification preferences in the acting tenant: in-app and e-mail, per kind. */
@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @AnyTenantMember()
  @Responds(NotificationPreferencesSchema, 200, 'Every kind with the caller’s choice (in-app on and e-mail off unless changed).')
  get(): Promise<NotificationPreferences> {
    return this.notifications.preferences();
  }

  /** Changes the kinds given; the others stay. E-mail choices are stored for when e-mail exists; nothing is sent yet. */
  @Put()
  @AnyTenantMember()
  @Responds(NotificationPreferencesSchema, 200, 'Every kind with the caller’s choice after the change.')
  put(@ValidBody(UpdateNotificationPreferencesRequestSchema) body: UpdateNotificationPreferencesRequest): Promise<NotificationPreferences> {
    return this.notifications.savePreferences(body);
  }
}

/** The API side of notifications. */
@Module({ controllers: [NotificationsController, NotificationPreferencesController], providers: [NotificationsService] })
export class NotificationsHttpModule {}
