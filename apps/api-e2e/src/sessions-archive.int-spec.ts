import type {
  AuditEvent,
  CreateTenantResponse,
  InvitationCreated,
  InvitationPreview,
  InviteMemberResponse,
  Page,
  ParkTenantSummaryPage,
  Problem,
  Project,
  Tenant,
  TokenResponse,
} from '@xinzhi/shared-contracts';
import {
  ApiProcess,
  call,
  DEMO_PASSWORD,
  refreshCookieOf,
  RunningProcess,
  Session,
  signIn,
  startApi,
  startWorker,
  waitFor,
} from '@xinzhi/testing';

/**
 * Sign-out that signs out (a revoked session's access token is refused on the next request, sign
 * out everywhere), invitations whose link can be issued again (the old link stops working), and
 * archived projects (out of the lists and the park's rollup, readable by URL, back after restore).
 * Runs in an enterprise of its own, onboarded by the demo park's administrator.
 */
const run = Date.now().toString(36);
const tokenOf = (acceptUrl: string) => acceptUrl.split('/invite/')[1];
const ownerEmail = `owner.${run}@sessions.xinzhi.test`;

let api: ApiProcess;
let worker: RunningProcess;
let park: Session;
let tenantId: string;
let ownerInvitation: InvitationCreated;

const as = <T>(s: Session | string, method: string, path: string, body?: unknown) =>
  call<T>(api.url, method, path, { token: typeof s === 'string' ? s : s.accessToken, body });
const preview = (token: string) => call<InvitationPreview | Problem>(api.url, 'GET', `/api/invitations/${token}`);
const accept = (token: string) =>
  call<TokenResponse | Problem>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: DEMO_PASSWORD } });

/** An open `GET /api/events` stream: whether it said `ready`, and whether the server has ended it. */
function openStream(token: string): { ready: () => boolean; ended: () => boolean; stop: () => void } {
  const controller = new AbortController();
  let ready = false;
  let ended = false;
  void fetch(`${api.url}/api/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  })
    .then(async (res) => {
      const reader = res.body?.getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = (await reader?.read()) ?? { done: true, value: undefined };
        if (done) break;
        buffer += new TextDecoder().decode(value);
        if (buffer.includes('event: ready')) ready = true;
      }
    })
    .catch(() => undefined)
    .finally(() => (ended = true));
  return { ready: () => ready, ended: () => ended, stop: () => controller.abort() };
}

beforeAll(async () => {
  [api, worker] = await Promise.all([startApi(), startWorker()]);
  park = await signIn(api.url, 'park.admin@xinzhi.test');
  const created = await as<CreateTenantResponse>(park, 'POST', '/api/park/tenants', {
    name: `会话归档 Sessions Works ${run}`,
    creditCode: '',
    industrySection: 'C',
    industryDivision: '34',
    scale: 'small',
    region: '常州',
    emerging: false,
    manufacturingType: 'discrete',
    ownerEmail,
    ownerName: '会话老板',
  });
  expect(created.status).toBe(201);
  tenantId = created.body.tenant.id;
  ownerInvitation = created.body.invitation;
});
afterAll(() => Promise.all([api?.stop(), worker?.stop()]));

describe("a new tenant's owner invitation, issued again by the park", () => {
  it('refuses bad ids without changing anything', async () => {
    expect((await as<Problem>(park, 'POST', '/api/park/tenants/not-a-uuid/owner-invitation')).status).toBe(404);
    expect((await as<Problem>(park, 'POST', '/api/park/tenants/00000000-0000-7000-8000-000000000000/owner-invitation')).status).toBe(404);
    expect((await preview(tokenOf(ownerInvitation.acceptUrl))).status).toBe(200);
  });

  it('gives a new link that works, and the old link stops working', async () => {
    const again = await as<InvitationCreated>(park, 'POST', `/api/park/tenants/${tenantId}/owner-invitation`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: ownerInvitation.id, email: ownerEmail });
    expect(again.body.acceptUrl).not.toBe(ownerInvitation.acceptUrl);
    expect(again.body.acceptUrl).toMatch(/^https?:\/\/[^/]+\/invite\/[^/]+$/);

    const old = await preview(tokenOf(ownerInvitation.acceptUrl));
    expect(old.status).toBe(404);
    expect(old.headers.get('content-type')).toContain('application/problem+json');
    expect((await accept(tokenOf(ownerInvitation.acceptUrl))).status).toBe(404);

    expect((await preview(tokenOf(again.body.acceptUrl))).body).toMatchObject({ email: ownerEmail, role: 'owner' });
    expect((await accept(tokenOf(again.body.acceptUrl))).status).toBe(200);
    const tenant = await as<Tenant>(park, 'GET', `/api/park/tenants/${tenantId}`);
    expect(tenant.body.ownerStatus).toBe('active');
  });

  it('answers 409 once the owner has joined', async () => {
    const after = await as<Problem>(park, 'POST', `/api/park/tenants/${tenantId}/owner-invitation`);
    expect(after.status).toBe(409);
    expect(after.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe("a member's invitation, issued again by the owner", () => {
  it('gives a new link; the old one is refused and the new one accepted', async () => {
    const owner = await signIn(api.url, ownerEmail);
    const invited = await as<InviteMemberResponse>(owner, 'POST', '/api/members', {
      email: `employee.${run}@sessions.xinzhi.test`,
      displayName: '会话员工',
      role: 'employee',
    });
    expect(invited.status).toBe(201);
    const first = invited.body.invitation;

    const again = await as<InvitationCreated>(owner, 'POST', `/api/members/${first.id}/invitation`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.id);
    expect(again.body.acceptUrl).not.toBe(first.acceptUrl);

    expect((await accept(tokenOf(first.acceptUrl))).status).toBe(404);
    expect((await accept(tokenOf(again.body.acceptUrl))).status).toBe(200);

    // Joined: nothing to send again; the audit log names both invitations.
    expect((await as<Problem>(owner, 'POST', `/api/members/${first.id}/invitation`)).status).toBe(404);
    const audit = await as<Page<AuditEvent>>(owner, 'GET', '/api/audit-events?limit=50');
    const invites = audit.body.items.filter((e) => e.action === 'member.invited' && e.subject === `employee.${run}@sessions.xinzhi.test`);
    expect(invites.map((e) => e.detail['reissued'] ?? false).sort()).toEqual([false, true]);
  });

  it('is for owners only, and refuses unknown ids', async () => {
    const owner = await signIn(api.url, ownerEmail);
    const employee = await signIn(api.url, `employee.${run}@sessions.xinzhi.test`);
    const invited = await as<InviteMemberResponse>(owner, 'POST', '/api/members', {
      email: `lead.${run}@sessions.xinzhi.test`,
      displayName: '会话组长',
      role: 'team_lead',
    });
    expect((await as<Problem>(employee, 'POST', `/api/members/${invited.body.invitation.id}/invitation`)).status).toBe(403);
    expect((await as<Problem>(owner, 'POST', '/api/members/00000000-0000-7000-8000-000000000000/invitation')).status).toBe(404);
    // The refused calls changed nothing: the first link still works.
    expect((await preview(tokenOf(invited.body.invitation.acceptUrl))).status).toBe(200);
  });
});

describe('signing out', () => {
  it("refuses the access token of a signed-out session on the next request, and only that session's", async () => {
    const here = await signIn(api.url, ownerEmail);
    const elsewhere = await signIn(api.url, ownerEmail);
    expect((await as(here, 'GET', '/api/me')).status).toBe(200);

    const out = await call(api.url, 'POST', '/api/auth/logout', { cookie: here.cookie });
    expect(out.status).toBe(204);

    const refused = await as<Problem>(here, 'GET', '/api/me');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.detail).toMatch(/signed out/);
    expect((await as(here, 'GET', '/api/projects')).status).toBe(401);
    expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: here.cookie })).status).toBe(401);

    expect((await as(elsewhere, 'GET', '/api/me')).status).toBe(200);
  });

  it('keeps the session id through a refresh and a context switch, so signing out ends those tokens too', async () => {
    const session = await signIn(api.url, ownerEmail);
    const refreshed = await call<TokenResponse>(api.url, 'POST', '/api/auth/refresh', { cookie: session.cookie });
    expect(refreshed.status).toBe(200);
    const cookie = refreshCookieOf(refreshed.headers);
    const switched = await call<TokenResponse>(api.url, 'POST', '/api/auth/switch', {
      token: refreshed.body.accessToken,
      cookie,
      body: { type: 'tenant', id: tenantId },
    });
    expect(switched.status).toBe(200);

    expect((await call(api.url, 'POST', '/api/auth/logout', { cookie })).status).toBe(204);
    for (const token of [session.accessToken, refreshed.body.accessToken, switched.body.accessToken]) {
      expect((await as(token, 'GET', '/api/me')).status).toBe(401);
    }
  });

  it('signs out everywhere: every session of the user ends, with its open event streams; other users stay signed in', async () => {
    const a = await signIn(api.url, ownerEmail);
    const b = await signIn(api.url, ownerEmail);
    const other = await signIn(api.url, `employee.${run}@sessions.xinzhi.test`);
    const streamOfB = openStream(b.accessToken);
    const streamOfOther = openStream(other.accessToken);
    await waitFor(() => (streamOfB.ready() && streamOfOther.ready()) || null, 10_000, 'both event streams to open');

    expect((await call(api.url, 'POST', '/api/auth/logout-everywhere')).status).toBe(401);
    const out = await call(api.url, 'POST', '/api/auth/logout-everywhere', { token: a.accessToken, cookie: a.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().some((c) => c.startsWith('xinzhi_rt=;'))).toBe(true);

    for (const s of [a, b]) {
      expect((await as(s, 'GET', '/api/me')).status).toBe(401);
      expect((await call(api.url, 'POST', '/api/auth/refresh', { cookie: s.cookie })).status).toBe(401);
    }
    expect((await as(other, 'GET', '/api/me')).status).toBe(200);
    await waitFor(() => streamOfB.ended() || null, 10_000, "the signed-out session's event stream to end");
    expect(streamOfOther.ended()).toBe(false);
    streamOfOther.stop();
    // Signing in again works.
    expect((await as(await signIn(api.url, ownerEmail), 'GET', '/api/me')).status).toBe(200);
  });
});

describe('archived projects', () => {
  let owner: Session;
  let kept: Project;
  let archived: Project;
  const summary = () => as<ParkTenantSummaryPage>(park, 'GET', `/api/park/tenants/${tenantId}/summary`);
  const listed = async (query = '') =>
    (await as<Page<Project>>(owner, 'GET', `/api/projects?limit=200${query}`)).body.items
      .map((p) => p.id)
      .filter((id) => [kept.id, archived.id].includes(id));

  beforeAll(async () => {
    owner = await signIn(api.url, ownerEmail);
    const create = (name: string) =>
      as<Project>(owner, 'POST', '/api/projects', { name, goal: '归档测试', startDate: '2026-01-01', targetDate: '2027-12-31' });
    kept = (await create(`保留项目 Kept ${run}`)).body;
    archived = (await create(`归档项目 Shelved ${run}`)).body;
    await waitFor(async () => ((await summary()).body.summary?.projectsTotal === 2 ? true : null), 15_000, 'both projects in the rollup');
  });

  it('searches by name and filters by status', async () => {
    const found = await as<Page<Project>>(owner, 'GET', `/api/projects?q=${encodeURIComponent('shelved ' + run)}`);
    expect(found.body.items.map((p) => p.id)).toEqual([archived.id]);
    expect(await listed('&status=active')).toEqual([kept.id, archived.id].sort());
    expect(await listed('&status=completed')).toEqual([]);
  });

  it('refuses bad input and changes nothing', async () => {
    const bad = await as<Problem>(owner, 'PATCH', `/api/projects/${archived.id}`, { status: 'deleted' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field)).toEqual(['status']);
    expect((await as<Problem>(owner, 'GET', '/api/projects?status=gone')).status).toBe(400);
    expect((await as<Problem>(owner, 'GET', `/api/projects?q=${'x'.repeat(101)}`)).status).toBe(400);
    const employee = await signIn(api.url, `employee.${run}@sessions.xinzhi.test`);
    expect((await as<Problem>(employee, 'PATCH', `/api/projects/${archived.id}`, { status: 'archived' })).status).toBe(403);
    expect((await as<Project>(owner, 'GET', `/api/projects/${archived.id}`)).body.status).toBe('active');
  });

  it('leaves the lists and the park rollup when archived, stays readable, and comes back when restored', async () => {
    const done = await as<Project>(owner, 'PATCH', `/api/projects/${archived.id}`, { status: 'archived' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('archived');

    expect(await listed()).toEqual([kept.id]);
    expect(await listed('&status=archived')).toEqual([archived.id]);
    expect((await listed('&status=all')).sort()).toEqual([kept.id, archived.id].sort());
    expect((await as<Project>(owner, 'GET', `/api/projects/${archived.id}`)).status).toBe(200);

    const out = await waitFor(
      async () => {
        const s = (await summary()).body;
        return s.summary?.projectsTotal === 1 ? s : null;
      },
      15_000,
      'the archived project out of the rollup',
    );
    expect(out.projects.map((p) => p.id)).toEqual([kept.id]);
    expect(out.summary?.activeProjects).toBe(1);

    const back = await as<Project>(owner, 'PATCH', `/api/projects/${archived.id}`, { status: 'active' });
    expect(back.body.status).toBe('active');
    expect((await listed()).sort()).toEqual([kept.id, archived.id].sort());
    await waitFor(
      async () => ((await summary()).body.summary?.projectsTotal === 2 ? true : null),
      15_000,
      'the restored project in the rollup',
    );

    const audit = await as<Page<AuditEvent>>(owner, 'GET', '/api/audit-events?limit=50');
    const mine = audit.body.items.filter((e) => e.subject === archived.name).map((e) => e.action);
    expect(mine).toEqual(expect.arrayContaining(['project.created', 'project.archived', 'project.restored']));
    expect(mine.filter((a) => a === 'project.archived')).toHaveLength(1);
  });
});
