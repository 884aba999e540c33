import type { AuditEvent, Member, Page, Problem, Project, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freshTenant, joinTenant, RunningProcess, Session, startApi, startWorker, waitFor } from '@xinzhi/testing';

const run = Date.now().toString(36);
const PASSWORD = 'security suite passphrase';
let joined = 0;

/** Invites someone into the owner's enterprise; they accept and are signed in. */
async function join(url: string, owner: Session, label: string, role: string): Promise<{ session: Session; memberId: string }> {
  const email = `${label}.${run}.${++joined}@security.xinzhi.test`;
  const session = await joinTenant(url, owner, email, role, PASSWORD, label);
  const members = (await call<Page<Member>>(url, 'GET', '/api/members?limit=200', { token: owner.accessToken })).body.items;
  const memberId = (members.find((m) => m.email === email) as Member).id;
  return { session, memberId };
}

interface Stream {
  status: Promise<number>;
  /** Event names in the order they came (`ready`, `project.progress`, …; pings left out). */
  received: string[];
  progressFor: (projectId: string) => boolean;
  ended: () => boolean;
  stop: () => void;
}

/** Reads GET /api/events and notes what came and whether the server ended the stream. */
function openStream(url: string, token: string): Stream {
  const controller = new AbortController();
  const received: string[] = [];
  const projects: string[] = [];
  let ended = false;
  const status = fetch(`${url}/api/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  }).then((res) => {
    void (async () => {
      const reader = res.body?.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = (await reader?.read()) ?? { done: true, value: undefined };
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const lines = buffer.slice(0, end).split('\n');
            buffer = buffer.slice(end + 2);
            const type = lines.find((l) => l.startsWith('event: '))?.slice(7);
            const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
            if (!type || type === 'ping') continue;
            received.push(type);
            if (type === 'project.progress' && data) projects.push((JSON.parse(data) as { projectId: string }).projectId);
          }
        }
        ended = true;
      } catch {
        /* aborted by the test */
      }
    })();
    return res.status;
  });
  return { status, received, progressFor: (id) => projects.includes(id), ended: () => ended, stop: () => controller.abort() };
}

describe('client address: X-Forwarded-For counts only from a trusted proxy', () => {
  const attempts = 5;
  const failedLogin = (url: string, email: string, forwardedFor: string) =>
    call<Problem>(url, 'POST', '/api/auth/login', {
      body: { email, password: 'not the password at all' },
      headers: { 'x-forwarded-for': forwardedFor },
    });
  const failedLoginAddresses = async (url: string, owner: Session) => {
    const audit = await call<Page<AuditEvent>>(url, 'GET', '/api/audit-events?limit=50', { token: owner.accessToken });
    return audit.body.items.filter((e) => e.action === 'login.failed').map((e) => e.ip);
  };

  it('without TRUST_PROXY: spoofed addresses are still throttled as one, and the audit log keeps the real one', async () => {
    // Its own key space, so no other suite's sign-ins count against the address.
    const api = await startApi({ QUEUE_PREFIX: `xinzhi-spoof-${run}`, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: String(attempts) });
    try {
      const { owner } = await freshTenant(api.url, 'security', PASSWORD); // one attempt (the park administrator's sign-in)
      const statuses: number[] = [];
      for (let i = 1; i <= attempts; i++) statuses.push((await failedLogin(api.url, owner.email, `203.0.113.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      const addresses = await failedLoginAddresses(api.url, owner);
      expect(addresses.length).toBe(attempts - 1);
      expect(new Set(addresses)).toEqual(new Set(['127.0.0.1']));
    } finally {
      await api.stop();
    }
  });

  it('with TRUST_PROXY=127.0.0.1: the address the proxy forwards is the client', async () => {
    const api = await startApi({
      QUEUE_PREFIX: `xinzhi-proxy-${run}`,
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: String(attempts),
      TRUST_PROXY: '127.0.0.1',
    });
    try {
      const { owner } = await freshTenant(api.url, 'security', PASSWORD);
      const statuses: number[] = [];
      // More attempts than one address may make, but each from its own client: none is refused.
      for (let i = 1; i <= attempts + 2; i++) statuses.push((await failedLogin(api.url, owner.email, `198.51.100.${i}`)).status);
      expect(statuses).toEqual(Array(attempts + 2).fill(401));
      const addresses = await failedLoginAddresses(api.url, owner);
      expect(new Set(addresses)).toEqual(new Set(Array.from({ length: attempts + 2 }, (_, i) => `198.51.100.${i + 1}`)));
    } finally {
      await api.stop();
    }
  });
});

describe('event streams end with their token and their membership', () => {
  let api: ApiProcess;
  let shortLived: ApiProcess;
  let worker: RunningProcess;

  beforeAll(async () => {
    // Two API processes sharing the queue prefix: a removal on one must end streams on the other.
    // One after the other: three processes starting at once on a busy machine outlast the start-up wait.
    api = await startApi();
    shortLived = await startApi({ ACCESS_TOKEN_TTL_SECONDS: '5' });
    worker = await startWorker();
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), shortLived?.stop(), worker?.stop()]);
  });

  it('ends a stream when the access token that opened it expires', async () => {
    const { owner } = await freshTenant(shortLived.url, 'security', PASSWORD);
    const stream = openStream(shortLived.url, owner.accessToken);
    try {
      expect(await stream.status).toBe(200);
      await waitFor(() => stream.received.includes('ready'), 10_000, 'the stream to be ready');
      await waitFor(() => stream.ended(), 20_000, 'the server to end the stream at token expiry');
      // The expired token opens no new stream.
      expect((await call<Problem>(shortLived.url, 'GET', '/api/events', { token: owner.accessToken })).status).toBe(401);
    } finally {
      stream.stop();
    }
  });

  it('ends a removed member’s stream in every API process; they hear none of the tenant’s later events', async () => {
    const { owner } = await freshTenant(api.url, 'security', PASSWORD);
    const employee = await join(api.url, owner, 'leaver', 'employee');
    const ownerStream = openStream(api.url, owner.accessToken);
    // The employee listens through the other API process.
    const leaverStream = openStream(shortLived.url, employee.session.accessToken);
    try {
      expect(await ownerStream.status).toBe(200);
      expect(await leaverStream.status).toBe(200);
      await waitFor(
        () => ownerStream.received.includes('ready') && leaverStream.received.includes('ready'),
        10_000,
        'both streams to be ready',
      );

      expect((await call(api.url, 'DELETE', `/api/members/${employee.memberId}`, { token: owner.accessToken })).status).toBe(204);
      await waitFor(() => leaverStream.ended(), 10_000, 'the removed member’s stream to end');

      // The tenant's next event reaches the owner, never the removed member.
      const project = (
        await call<Project>(api.url, 'POST', '/api/projects', {
          token: owner.accessToken,
          body: { name: `离职 Leaver ${run}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
        })
      ).body;
      const task = (
        await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
          token: owner.accessToken,
          body: { title: 'after removal', businessArea: 'service', technologyType: 'cloud_computing' },
        })
      ).body;
      await call(api.url, 'PATCH', `/api/tasks/${task.id}`, { token: owner.accessToken, body: { status: 'done' } });
      await waitFor(() => ownerStream.progressFor(project.id), 15_000, 'the owner to hear the project’s progress');
      expect(leaverStream.received).toEqual(['ready']);

      // Their token has not expired yet, but it opens no stream that says `ready` or carries events.
      const again = openStream(api.url, employee.session.accessToken);
      try {
        await waitFor(() => again.ended(), 10_000, 'a removed member’s new stream to end');
        expect(again.received).toEqual([]);
      } finally {
        again.stop();
      }
    } finally {
      ownerStream.stop();
      leaverStream.stop();
    }
  });
});

describe('the last owner, under concurrency', () => {
  let api: ApiProcess;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.stop());

  it('two owners demoting or removing each other at once always leave exactly one owner; the other request gets 409', async () => {
    for (let round = 1; round <= 6; round++) {
      const { owner } = await freshTenant(api.url, 'security', PASSWORD);
      const second = await join(api.url, owner, 'coowner', 'owner');
      const first = (await call<Page<Member>>(api.url, 'GET', '/api/members?limit=200', { token: owner.accessToken })).body.items.find(
        (m) => m.email === owner.email,
      ) as Member;
      const removing = round % 2 === 0;
      // Each owner takes the other one away, at the same moment.
      const change = (by: Session, memberId: string) =>
        removing
          ? call<Problem>(api.url, 'DELETE', `/api/members/${memberId}`, { token: by.accessToken })
          : call<Problem>(api.url, 'PATCH', `/api/members/${memberId}`, { token: by.accessToken, body: { role: 'leader' } });
      const replies = await Promise.all([change(owner, second.memberId), change(second.session, first.id)]);
      const statuses = replies.map((r) => r.status).sort();
      expect({ round, removing, statuses }).toEqual({ round, removing, statuses: [removing ? 204 : 200, 409] });
      const loser = replies.find((r) => r.status === 409) as (typeof replies)[number];
      expect(loser.headers.get('content-type')).toContain('application/problem+json');
      expect(loser.body).toMatchObject({ status: 409, errors: [expect.objectContaining({ field: 'role', code: 'conflict' })] });

      const survivor = replies[0].status === 409 ? second.session : owner;
      const members = (await call<Page<Member>>(api.url, 'GET', '/api/members?limit=200', { token: survivor.accessToken })).body.items;
      expect({ round, owners: members.filter((m) => m.status === 'active' && m.role === 'owner').length }).toEqual({ round, owners: 1 });
    }
  });
});
