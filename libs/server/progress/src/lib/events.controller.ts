import { Controller, MessageEvent, Module, Req, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AnyTenantMember, Principal, RequestContext, RespondsEventStream } from '@xinzhi/server-core';
import { TransactionRunner } from '@xinzhi/server-db';
import { LiveEventHub } from '@xinzhi/server-queue';
import { LiveEvent, LiveEventSchema } from '@xinzhi/shared-contracts';
import { SnapshotsController, SnapshotsService } from './snapshots';
import { isTenantMember } from './progress.data';

/** Keep-alive of one open stream (proxies close idle connections); per connection, not periodic work. */
const PING_MS = 25_000;

/** `GET /api/events`: server-sent events of the caller's tenant, so open pages refresh without polling. */
@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly hub: LiveEventHub,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * A stream lives no longer than the access token that opened it, and ends as soon as its user
   * leaves the tenant (the members service revokes their streams after the removal commits). The
   * client then gets a new token and reconnects, or learns that it may not.
   */
  @Sse()
  @AnyTenantMember()
  @RespondsEventStream(
    LiveEventSchema,
    'Messages named by their type with a LiveEvent as data; also `ready` once subscribed and `ping` every 25 s, both with `{}`. Ends when the access token expires or the member is removed.',
  )
  stream(@Req() request: { user?: Principal }): Observable<MessageEvent> {
    const context = { ...RequestContext.current() };
    const tenantId = context.tenantId as string;
    const userId = context.userId as string;
    const expiresAt = request.user?.expiresAt ?? null;
    return new Observable<MessageEvent>((subscriber) => {
      const end = () => subscriber.complete();
      const { stop, ready } = this.hub.listen(tenantId, (event: LiveEvent) => subscriber.next({ type: event.type, data: event }), {
        userId,
        revoked: end,
      });
      // `ready`: from here on no event is missed; a client reloads once to catch up with before.
      // Membership is checked only once the subscription stands: a removal committed earlier is
      // seen here, one committed later is heard as a revocation. No subscription, no `ready`:
      // the stream ends and the client reconnects.
      ready
        .then(() => this.tx.runAs(context, (m) => isTenantMember(m, userId)))
        .then((member) => (member ? subscriber.next({ type: 'ready', data: {} }) : end()), end);
      const expiry = expiresAt === null ? null : setTimeout(end, Math.max(0, expiresAt * 1000 - Date.now()));
      const pings = setInterval(() => subscriber.next({ type: 'ping', data: {} }), PING_MS);
      return () => {
        stop();
        if (expiry) clearTimeout(expiry);
        clearInterval(pings);
      };
    });
  }
}

/** The API side of live updates and trends. */
@Module({ controllers: [EventsController, SnapshotsController], providers: [LiveEventHub, SnapshotsService] })
export class ProgressHttpModule {}
