import { Controller, MessageEvent, Module, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { interval, map, merge, Observable } from 'rxjs';
import { AnyTenantMember, RequestContext } from '@xinzhi/server-core';
import { LiveEventHub } from '@xinzhi/server-queue';
import type { LiveEvent } from '@xinzhi/shared-contracts';
import { SnapshotsController, SnapshotsService } from './snapshots';

/** `GET /api/events`: server-sent events of the caller's tenant, so open pages refresh without polling. */
@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly hub: LiveEventHub) {}

  @Sse()
  @AnyTenantMember()
  @ApiOkResponse({ description: 'text/event-stream: `ready` once subscribed, then LiveEvent, and a ping every 25 s' })
  stream(): Observable<MessageEvent> {
    const tenantId = RequestContext.current().tenantId as string;
    const events = new Observable<MessageEvent>((subscriber) => {
      const { stop, ready } = this.hub.listen(tenantId, (event: LiveEvent) => subscriber.next({ type: event.type, data: event }));
      // `ready`: from here on no event is missed; a client reloads once to catch up with before.
      // No subscription, no `ready`: the stream ends and the client reconnects.
      ready.then(() => subscriber.next({ type: 'ready', data: {} }), () => subscriber.complete());
      return stop;
    });
    const pings = interval(25_000).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    return merge(events, pings);
  }
}

/** The API side of live updates and trends. */
@Module({ controllers: [EventsController, SnapshotsController], providers: [LiveEventHub, SnapshotsService] })
export class ProgressHttpModule {}
