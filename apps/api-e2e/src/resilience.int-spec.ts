import { spawn } from 'node:child_process';
import type { Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, freePort, RunningProcess, Session, signIn, startApi, startWorker, waitFor } from '@xinzhi/testing';

/** Starts (or restarts) a private Redis on `port`, so stopping it disturbs no other suite. */
async function startRedis(port: number): Promise<void> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
}
const stopRedis = (port: number) => new Promise((resolve) => spawn('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'ignore' }).once('exit', resolve));

/** The weighted progress a from-scratch computation gives for these tasks. */
const expected = (tasks: Task[]) => tasks.reduce((s, t) => s + t.weight * (t.status === 'done' ? 1 : t.percentDone / 100), 0) / tasks.reduce((s, t) => s + t.weight, 0);

describe('the progress engine survives failures', () => {
  let port: number;
  let api: ApiProcess;
  let leader: Session;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    port = await freePort();
    await startRedis(port);
    api = await startApi({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `xinzhi-resilience-${port}` });
    leader = await signIn(api.url, 'leader@brightchem.xinzhi.test');
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), ...workers.map((w) => w.stop('SIGKILL'))]);
    await stopRedis(port);
  });

  const env = () => ({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `xinzhi-resilience-${port}` });
  const as = <T>(method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: leader.accessToken, body });

  async function projectWithTasks(n: number): Promise<{ project: Project; tasks: Task[] }> {
    const project = (await as<Project>('POST', '/api/projects', { name: `韧性 Resilience ${Date.now()}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' })).body;
    const tasks: Task[] = [];
    for (let i = 0; i < n; i++) tasks.push((await as<Task>('POST', `/api/projects/${project.id}/tasks`, { title: `r${i}`, businessArea: 'production', technologyType: 'big_data', weight: 1 + (i % 4) })).body);
    return { project, tasks };
  }

  async function settlesAt(projectId: string, value: number, timeoutMs: number): Promise<void> {
    await waitFor(async () => {
      const p = (await as<ProjectOverview>('GET', `/api/projects/${projectId}`)).body;
      return p.progress !== null && Math.abs(p.progress - value) < 1e-9;
    }, timeoutMs, `progress ${value}`, 100);
  }

  it('ends right after the worker is killed with SIGKILL mid-burst and started again', async () => {
    const first = await startWorker(env());
    workers.push(first);
    const { project, tasks } = await projectWithTasks(10);
    const burst = Promise.all(Array.from({ length: 100 }, (_, i) => as('PATCH', `/api/tasks/${tasks[i % 10].id}`, { status: 'in_progress', percentDone: (i * 11) % 100 })));
    await new Promise((r) => setTimeout(r, 150));
    await first.stop('SIGKILL');
    await burst;
    workers.push(await startWorker(env()));
    const now = await Promise.all(tasks.map((t) => as<Task>('GET', `/api/tasks/${t.id}`).then((r) => r.body)));
    await settlesAt(project.id, expected(now), 20_000);
  });

  it('loses no update while Redis is down for 10 seconds', async () => {
    const { project, tasks } = await projectWithTasks(6);
    await stopRedis(port);
    // Writes keep working without Redis: the change and its "recompute" mark commit together.
    for (const [i, task] of tasks.entries()) {
      const res = await as<Task>('PATCH', `/api/tasks/${task.id}`, { status: 'in_progress', percentDone: 10 * (i + 1) });
      expect(res.status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 10_000));
    await startRedis(port);
    const now = await Promise.all(tasks.map((t) => as<Task>('GET', `/api/tasks/${t.id}`).then((r) => r.body)));
    await settlesAt(project.id, expected(now), 20_000);
  });
});
