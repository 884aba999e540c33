import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import type { Project, ProjectOverview, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, testEnv, waitFor } from '@xinzhi/testing';

/** The worker keeps each project's numbers true after task changes (the formulas in docs/domain.md). */
describe('progress engine', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let leader: Session;

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
    leader = await signIn(api.url, 'leader@brightchem.xinzhi.test');
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  const as = <T>(method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: leader.accessToken, body });

  it('moves progress to the exact weighted fraction within 2 seconds of tasks changing', async () => {
    const project = (
      await as<Project>('POST', '/api/projects', {
        name: `进度 Progress ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const make = (weight: number) =>
      as<Task>('POST', `/api/projects/${project.id}/tasks`, {
        title: `w${weight}`,
        businessArea: 'production',
        technologyType: 'big_data',
        weight,
      }).then((r) => r.body);
    const [a, b, c, d] = [await make(1), await make(2), await make(3), await make(4)];
    await as('PATCH', `/api/tasks/${a.id}`, { status: 'done' });
    await as('PATCH', `/api/tasks/${b.id}`, { status: 'in_progress', percentDone: 50 });
    await as('PATCH', `/api/tasks/${c.id}`, { status: 'blocked', percentDone: 20, blockedReason: 'waiting' });
    await as('PATCH', `/api/tasks/${d.id}`, { status: 'cancelled' });
    // (1·1 + 2·0.5 + 3·0.2) / (1 + 2 + 3); the cancelled task is left out.
    const expected = (1 + 1 + 0.6) / 6;
    const computed = await waitFor(
      async () => {
        const p = (await as<ProjectOverview>('GET', `/api/projects/${project.id}`)).body;
        return p.progress !== null && Math.abs(p.progress - expected) < 1e-9 ? p : null;
      },
      30_000,
      `progress ${expected}`,
      50,
    );
    expect(computed.transformationIndex).toBeCloseTo(expected, 9);
    expect(computed.kpiAttainment).toBeNull();
    expect(['on_track', 'at_risk', 'late']).toContain(computed.health);
    expect(computed.progressComputedAt).not.toBeNull();

    // Computed for exactly the last change: not stale, so the sweep leaves it alone.
    const db = new Client({ connectionString: testEnv()['DATABASE_URL'] });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [leader.context?.id]);
      const { rows } = await db.query(`SELECT changed_at = progress_computed_at AS current FROM projects WHERE id = $1`, [project.id]);
      await db.query('COMMIT');
      expect(rows).toEqual([{ current: true }]);
      const stale = await db.query(`SELECT project_id FROM worker_stale_projects(1000) WHERE project_id = $1`, [project.id]);
      expect(stale.rows).toEqual([]);
    } finally {
      await db.end();
    }
  });

  it('ends 100 concurrent updates to one project with the numbers of a from-scratch computation', async () => {
    const project = (
      await as<Project>('POST', '/api/projects', {
        name: `并发 Burst ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).body;
    const tasks: Task[] = [];
    for (let i = 0; i < 10; i++)
      tasks.push(
        (
          await as<Task>('POST', `/api/projects/${project.id}/tasks`, {
            title: `t${i}`,
            businessArea: 'finance',
            technologyType: 'cloud_computing',
            weight: i + 1,
          })
        ).body,
      );
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const task = tasks[i % 10];
        return as('PATCH', `/api/tasks/${task.id}`, { status: 'in_progress', percentDone: (i * 7) % 100 });
      }),
    );
    // What the tasks say now, computed here from scratch.
    const now = await Promise.all(tasks.map((t) => as<Task>('GET', `/api/tasks/${t.id}`).then((r) => r.body)));
    const expected = now.reduce((sum, t) => sum + t.weight * (t.percentDone / 100), 0) / now.reduce((sum, t) => sum + t.weight, 0);
    await waitFor(
      async () => {
        const p = (await as<ProjectOverview>('GET', `/api/projects/${project.id}`)).body;
        return p.progress !== null && Math.abs(p.progress - expected) < 1e-9;
      },
      5000,
      `progress ${expected} after the burst`,
      50,
    );
  });
});

describe('a job carrying one tenant cannot touch another tenant', () => {
  let api: ApiProcess;
  let worker: RunningProcess;

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(), startWorker()]);
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it("finds nothing when a job names tenant A but another tenant's project", async () => {
    const a = await signIn(api.url, 'owner@delta.xinzhi.test');
    const b = await signIn(api.url, 'leader@acme.xinzhi.test');
    const projectOfB = (await call<{ items: Project[] }>(api.url, 'GET', '/api/projects', { token: b.accessToken })).body.items[0];
    const before = (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${projectOfB.id}`, { token: b.accessToken })).body;

    const env = testEnv();
    const connection = { url: env['REDIS_URL'], maxRetriesPerRequest: null };
    const queue = new Queue('progress', { connection, prefix: env['QUEUE_PREFIX'] });
    const events = new QueueEvents('progress', { connection, prefix: env['QUEUE_PREFIX'] });
    try {
      await events.waitUntilReady();
      const job = await queue.add(
        'recompute-project',
        { tenantId: a.context?.id, projectId: projectOfB.id },
        { jobId: `cross-tenant-${Date.now()}` },
      );
      const result = (await job.waitUntilFinished(events, 10_000)) as { found: boolean };
      expect(result).toMatchObject({ found: false });
    } finally {
      await Promise.all([queue.close(), events.close()]);
    }
    // B's project is as it was: same numbers, same computation time.
    const after = (await call<ProjectOverview>(api.url, 'GET', `/api/projects/${projectOfB.id}`, { token: b.accessToken })).body;
    expect(after.progressComputedAt).toBe(before.progressComputedAt);
    expect(after.progress).toBe(before.progress);
  });
});
