import type { LiveEvent, Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/** Reads server-sent events from GET /api/events until `stop` is called. */
function listen(url: string, token: string): { events: LiveEvent[]; ready: () => boolean; status: Promise<number>; stop: () => void } {
  const controller = new AbortController();
  const events: LiveEvent[] = [];
  let ready = false;
  const status = fetch(`${url}/api/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  }).then(async (res) => {
    void (async () => {
      const reader = res.body?.getReader();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = (await reader?.read()) ?? { done: true, value: undefined };
          if (done) break;
          buffer += new TextDecoder().decode(value);
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            const type = block.split('\n').find((l) => l.startsWith('event: '));
            if (type?.includes('ready')) ready = true;
            if (data && type?.includes('project.progress')) events.push(JSON.parse(data.slice(6)) as LiveEvent);
          }
        }
      } catch {
        /* aborted */
      }
    })();
    return res.status;
  });
  return { events, ready: () => ready, status, stop: () => controller.abort() };
}

describe('live events', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let leader: Session;
  let otherTenant: Session;

  beforeAll(async () => {
    // Debug-level logs (live events published / received): printed only when the event never comes, to say where the change stopped.
    [api, worker] = await Promise.all([startApi({ LOG_LEVEL: 'debug' }), startWorker({ LOG_LEVEL: 'debug' })]);
    leader = await signIn(api.url, 'owner@cloudway.xinzhi.test');
    otherTenant = await signIn(api.url, 'owner@delta.xinzhi.test');
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('tells an open stream of the same tenant, and only that tenant, that a project’s numbers changed', async () => {
    const mine = listen(api.url, leader.accessToken);
    const theirs = listen(api.url, otherTenant.accessToken);
    expect(await mine.status).toBe(200);
    expect(await theirs.status).toBe(200);
    // The server says when its subscription stands; changes after that are never missed.
    await waitFor(() => mine.ready() && theirs.ready(), 5000, 'both event streams to stand', 20);
    const project = (
      await call<Project>(api.url, 'POST', '/api/projects', {
        token: leader.accessToken,
        body: { name: `实时 Live ${Date.now()}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' },
      })
    ).body;
    const task = (
      await call<Task>(api.url, 'POST', `/api/projects/${project.id}/tasks`, {
        token: leader.accessToken,
        body: { title: 'live', businessArea: 'service', technologyType: 'cloud_computing' },
      })
    ).body;
    await call(api.url, 'PATCH', `/api/tasks/${task.id}`, { token: leader.accessToken, body: { status: 'done' } });
    const heardIt = () => mine.events.some((e) => e.type === 'project.progress' && e.projectId === project.id);
    // A timeout is not thrown here: the assertion below explains it with the processes' logs.
    await waitFor(heardIt, 10_000, 'the progress event', 50).catch(() => undefined);
    mine.stop();
    theirs.stop();
    const heard = heardIt();
    // On failure: were the numbers computed at all, and what did the worker and the API log?
    const diagnosis = async () => {
      const overview = (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${project.id}`, { token: leader.accessToken })).body;
      const quiet = (out: string) =>
        out
          .split('\n')
          .filter((l) => !/heartbeat|InstanceLoader|RouterExplorer|RoutesResolver|\/api\/health/.test(l))
          .slice(-60)
          .map((l) => l.slice(0, 400))
          .join('\n');
      return `progress ${overview.progress} computed at ${overview.progressComputedAt}; events heard: ${JSON.stringify(mine.events)}\nworker:\n${quiet(worker.output())}\napi:\n${quiet(api.output())}`;
    };
    expect({ heard, diagnosis: heard ? '' : await diagnosis() }).toEqual({ heard: true, diagnosis: '' });
    expect(theirs.events).toEqual([]);
  });

  it('refuses a stream without a token and to park administrators', async () => {
    expect((await call(api.url, 'GET', '/api/events')).status).toBe(401);
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    expect((await call(api.url, 'GET', '/api/events', { token: park.accessToken })).status).toBe(403);
  });
});
