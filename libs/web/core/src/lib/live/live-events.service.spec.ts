import { signal, WritableSignal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ActingContext } from '@xinzhi/shared-contracts';
import { AuthService } from '../auth/auth.service';
import { liveEvent, LiveEventsService } from './live-events.service';

describe('liveEvent', () => {
  it('forwards project progress events', () => {
    expect(
      liveEvent({ event: 'project.progress', data: '{"type":"project.progress","projectId":"p1","at":"2026-03-10T08:00:00Z"}' }),
    ).toEqual({
      type: 'project.progress',
      projectId: 'p1',
      at: '2026-03-10T08:00:00Z',
    });
  });

  it('forwards notification events', () => {
    expect(liveEvent({ event: 'notifications', data: '{"at":"2026-03-10T08:00:00Z"}' })).toEqual({
      type: 'notifications',
      at: '2026-03-10T08:00:00Z',
    });
  });

  it('forwards award events', () => {
    expect(liveEvent({ event: 'awards', data: '{"projectId":"p1","at":"2026-03-10T08:00:00Z"}' })).toEqual({
      type: 'awards',
      projectId: 'p1',
      at: '2026-03-10T08:00:00Z',
    });
  });

  it('forwards assessment events (an assessment was scored)', () => {
    expect(liveEvent({ event: 'assessment', data: '{"assessmentId":"a1","at":"2026-03-10T08:00:00Z"}' })).toEqual({
      type: 'assessment',
      assessmentId: 'a1',
      at: '2026-03-10T08:00:00Z',
    });
  });

  it('ignores other messages and malformed data', () => {
    expect(liveEvent({ event: 'ready', data: '{}' })).toBeNull();
    expect(liveEvent({ event: 'ping', data: '{}' })).toBeNull();
    expect(liveEvent({ event: 'notifications', data: 'not json' })).toBeNull();
    expect(liveEvent({ event: 'notifications', data: 'null' })).toBeNull();
  });
});

/** A fetch Response whose body yields `chunks` and then ends (as the server ending a stream). */
function streamResponse(chunks: string[]): Response {
  const queue = chunks.map((c) => new Uint8Array(Buffer.from(c)));
  const reader = { read: async () => (queue.length ? { value: queue.shift(), done: false } : { value: undefined, done: true }) };
  return { ok: true, status: 200, body: { getReader: () => reader } } as unknown as Response;
}

/** Polls until `condition` holds (the service reconnects after a backoff of its own). */
async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('LiveEventsService', () => {
  const realFetch = globalThis.fetch;
  let token: string | null;
  let context: WritableSignal<ActingContext | null>;
  let auth: {
    context: () => ActingContext | null;
    accessToken: () => string | null;
    renewAfterUnauthorized: jest.Mock;
    sessionEnded: jest.Mock;
  };
  let fetchMock: jest.Mock;

  beforeEach(() => {
    token = 'token-1';
    context = signal<ActingContext | null>({ type: 'tenant', id: 't1', role: 'employee' });
    auth = { context: () => context(), accessToken: () => token, renewAfterUnauthorized: jest.fn(), sessionEnded: jest.fn() };
    fetchMock = jest.fn();
    globalThis.fetch = fetchMock;
    TestBed.configureTestingModule({ providers: [{ provide: AuthService, useValue: auth }] });
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    globalThis.fetch = realFetch;
  });

  const bearerOf = (call: number) =>
    (fetchMock.mock.calls[call][1] as RequestInit & { headers: Record<string, string> }).headers['authorization'];

  it('refreshes the access token when the server ends the stream, and reconnects with the new one', async () => {
    fetchMock.mockResolvedValueOnce(streamResponse(['event: ready\ndata: {}\n\n'])).mockReturnValue(new Promise(() => undefined));
    auth.renewAfterUnauthorized.mockImplementation(async () => (token = 'token-2'));
    const service = TestBed.inject(LiveEventsService);
    let readies = 0;
    service.ready.subscribe(() => readies++);
    TestBed.tick();

    await until(() => fetchMock.mock.calls.length === 2, 'the reconnect');
    expect(readies).toBe(1);
    expect(auth.renewAfterUnauthorized).toHaveBeenCalledWith('token-1');
    expect([bearerOf(0), bearerOf(1)]).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(auth.sessionEnded).not.toHaveBeenCalled();
  });

  it('stops when the refresh says the session has ended', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 401, body: null } as unknown as Response);
    auth.renewAfterUnauthorized.mockResolvedValue(null);
    TestBed.inject(LiveEventsService);
    TestBed.tick();

    await until(() => auth.sessionEnded.mock.calls.length > 0, 'the session to end');
    expect(auth.renewAfterUnauthorized).toHaveBeenCalledWith('token-1');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
