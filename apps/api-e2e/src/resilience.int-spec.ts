import { spawn } from 'node:child_process';
import { Job, Queue } from 'bullmq';
import type { HealthResponse, Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freePort, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/** Starts (or restarts) a private Redis on `port`, so stopping it disturbs no other suite. */
async function startRedis(port: number): Promise<void> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  await new Promise((resolve) => child.once('exit', resolve));
}
const stopRedis = (port: number) =>
  new Promise((resolve) => spawn('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'ignore' }).once('exit', resolve));

/** The weighted progress a from-scratch computation gives for these tasks. */
const expected = (tasks: Task[]) =>
  tasks.reduce((s, t) => s + t.weight * (t.status === 'done' ? 1 : t.percentDone / 100), 0) / tasks.reduce((s, t) => s + t.weight, 0);

describe('the progress engine survives failures', () => {
  let port: number;
  let api: ApiProcess;
  let leader: Session;
  let progress: Queue;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    port = await freePort();
    await startRedis(port);
    api = await startApi({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `xinzhi-resilience-${port}` });
    leader = await signIn(api.url, 'leader@brightchem.xinzhi.test');
    progress = new Queue('progress', {
      connection: { url: `redis://127.0.0.1:${port}`, maxRetriesPerRequest: null },
      prefix: `xinzhi-resilience-${port}`,
    });
    progress.on('error', () => undefined); // Redis is stopped on purpose below
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), ...workers.map((w) => w.stop('SIGKILL'))]);
    await progress?.close();
    await stopRedis(port);
  });

  const env = () => ({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `xinzhi-resilience-${port}` });
  const as = <T>(method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: leader.accessToken, body });

  async function projectWithTasks(n: number): Promise<{ project: Project; tasks: Task[] }> {
    const project = (
      await as<Project>('POST', '/api/projects', {
        name: `韧性 Resilience ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const tasks: Task[] = [];
    for (let i = 0; i < n; i++)
      tasks.push(
        (
          await as<Task>('POST', `/api/projects/${project.id}/tasks`, {
            title: `r${i}`,
            businessArea: 'production',
            technologyType: 'big_data',
            weight: 1 + (i % 4),
          })
        ).body,
      );
    return { project, tasks };
  }

  async function settlesAt(projectId: string, value: number, timeoutMs: number): Promise<void> {
    await waitFor(
      async () => {
        const p = (await as<ProjectOverview>('GET', `/api/projects/${projectId}`)).body;
        return p.progress !== null && Math.abs(p.progress - value) < 1e-9;
      },
      timeoutMs,
      `progress ${value}`,
      100,
    );
  }

  it('ends right after the worker is killed with SIGKILL mid-burst and started again', async () => {
    const first = await startWorker(env());
    workers.push(first);
    const { project, tasks } = await projectWithTasks(10);
    // Updates go on in waves until the worker is seen working on this project; then it is killed
    // at once, with that job still active and more updates on the way.
    let killed = false;
    let i = 0;
    const burst = (async () => {
      while (!killed) {
        await Promise.all(
          Array.from({ length: 20 }, () => {
            const n = i++;
            return as('PATCH', `/api/tasks/${tasks[n % 10].id}`, { status: 'in_progress', percentDone: (n * 11) % 100 });
          }),
        );
      }
    })();
    let active: Job;
    try {
      active = await waitFor(
        async () => (await progress.getActive()).find((job: Job | undefined) => job?.data?.projectId === project.id),
        30_000,
        'a job of the project to be active in the worker',
        5,
      );
    } finally {
      killed = true; // the wave in flight still lands while the worker dies
    }
    await first.stop('SIGKILL');
    expect(['recompute-project', 'evaluate-incentives']).toContain(active.name);
    await burst;
    workers.push(await startWorker(env()));
    const now = await Promise.all(tasks.map((t) => as<Task>('GET', `/api/tasks/${t.id}`).then((r) => r.body)));
    await settlesAt(project.id, expected(now), 30_000);
  }, 120_000);

  it('loses no update made while Redis is down', async () => {
    const { project, tasks } = await projectWithTasks(6);
    await stopRedis(port);
    await waitFor(
      async () => {
        const health = (await (await fetch(`${api.url}/api/health`)).json()) as HealthResponse;
        return health.redis.status === 'down';
      },
      10_000,
      'the API to see Redis down',
    );
    // Writes keep working without Redis: the change and its "recompute" mark commit together.
    for (const [i, task] of tasks.entries()) {
      const res = await as<Task>('PATCH', `/api/tasks/${task.id}`, { status: 'in_progress', percentDone: 10 * (i + 1) });
      expect(res.status).toBe(200);
    }
    await startRedis(port);
    const now = await Promise.all(tasks.map((t) => as<Task>('GET', `/api/tasks/${t.id}`).then((r) => r.body)));
    await settlesAt(project.id, expected(now), 30_000);
  }, 90_000);
});
