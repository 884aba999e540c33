import { computed, DestroyRef, effect, inject, Injectable } from '@angular/core';
import type { LiveEvent } from '@xinzhi/shared-contracts';
import { Subject } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { type SseMessage, SseParser } from './sse-parser';

/** The kinds of live event pages may react to; other messages on the stream are ignored. */
const LIVE_EVENT_TYPES: ReadonlySet<string> = new Set<LiveEvent['type']>(['project.progress', 'notifications', 'awards', 'assessment']);

/** The live event a stream message carries, or null for any other message (or a malformed one). */
export function liveEvent(message: SseMessage): LiveEvent | null {
  if (!LIVE_EVENT_TYPES.has(message.event)) return null;
  try {
    const data = JSON.parse(message.data) as Partial<LiveEvent> | null;
    if (!data || typeof data !== 'object') return null;
    return { ...data, type: message.event } as LiveEvent;
  } catch {
    return null;
  }
}

/**
 * The tenant's live events (GET /api/events) while the user acts in a tenant — `project.progress`
 * (new numbers for a project) and `notifications` (new in-app notifications): pages subscribe to
 * `events` and reload what changed instead of polling. The stream is read with fetch so the bearer
 * token can be sent. The server ends a stream when its access token expires or the member leaves
 * the tenant; then (and on a 401) the token is refreshed before reconnecting, which also tells
 * whether the session still acts in this tenant. It reconnects with backoff and closes on sign-out
 * or context switch.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsService {
  private readonly auth = inject(AuthService);
  private readonly subject = new Subject<LiveEvent>();
  private controller: AbortController | null = null;
  private retry = 0;

  private readonly readySubject = new Subject<void>();

  readonly events = this.subject.asObservable();
  /** Emits each time a (re)connected stream is live; pages reload once then. */
  readonly ready = this.readySubject.asObservable();

  constructor() {
    // The tenant acted in: a refreshed token for the same tenant keeps the stream that is open.
    const tenantId = computed(() => {
      const context = this.auth.context();
      return context?.type === 'tenant' ? context.id : null;
    });
    effect(() => {
      const id = tenantId();
      this.close();
      if (id) void this.open(id);
    });
    inject(DestroyRef).onDestroy(() => this.close());
  }

  private close(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private async open(tenantId: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const token = this.auth.accessToken();
    if (!token || typeof fetch === 'undefined') return;
    /** The server ended the stream or refused the token: a fresh token is needed to go on. */
    let renew = false;
    try {
      const response = await fetch('/api/events', {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (response.status === 401) renew = true;
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          renew = true;
          break;
        }
        for (const message of parser.push(decoder.decode(value, { stream: true }))) {
          const event = liveEvent(message);
          if (event) this.subject.next(event);
          // Subscribed: anything that changed before this moment is caught up by one reload.
          if (message.event === 'ready') {
            this.retry = 0;
            this.readySubject.next();
          }
        }
      }
    } catch {
      // aborted, or the stream failed: fall through to a reconnect unless this stream was closed
    }
    if (this.controller !== controller) return;
    if (renew) {
      try {
        // Reuses a token another call refreshed meanwhile; null: the session has ended.
        if ((await this.auth.renewAfterUnauthorized(token)) === null) {
          this.close();
          this.auth.sessionEnded();
          return;
        }
      } catch {
        // no network or server error: try again after the backoff
      }
      // Removed from this tenant: the refresh moved the session elsewhere, and the stream follows it.
      const context = this.auth.context();
      if (this.controller !== controller || context?.type !== 'tenant' || context.id !== tenantId) return;
    }
    const delay = Math.min(30_000, 1000 * 2 ** this.retry++);
    setTimeout(() => {
      if (this.controller === controller) void this.open(tenantId);
    }, delay);
  }
}
