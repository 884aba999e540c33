import { Client } from 'pg';
import type { Project, Task } from '@xinzhi/shared-contracts';
import { ApiProcess, call, Session, signIn, startApi, testEnv } from '@xinzhi/testing';

/**
 * The formulas of docs/domain.md ("KPIs and the numbers the worker keeps") as the worker runs them (the SQL function compute_project_progress,
 * which takes "today" as a parameter), checked against hand-worked examples.
 */
describe('progress formulas, worked by hand', () => {
  let api: ApiProcess;
  let leader: Session;
  let db: Client;

  beforeAll(async () => {
    api = await startApi();
    leader = await signIn(api.url, 'owner@delta.xinzhi.test');
    db = new Client({ connectionString: testEnv()['DATABASE_URL'] });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await api?.stop();
  });

  const as = <T>(method: string, path: string, body?: unknown) => call<T>(api.url, method, path, { token: leader.accessToken, body });

  async function project(tasks: Array<Record<string, unknown>>, start = '2026-01-01', target = '2026-12-31'): Promise<string> {
    const p = (
      await as<Project>('POST', '/api/projects', {
        name: `公式 Formula ${Date.now()}-${Math.random()}`,
        goal: '',
        startDate: start,
        targetDate: target,
      })
    ).body;
    for (const [i, t] of tasks.entries()) {
      const res = await as<Task>('POST', `/api/projects/${p.id}/tasks`, {
        title: `f${i}`,
        businessArea: 'production',
        technologyType: 'big_data',
        ...t,
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    }
    return p.id;
  }

  async function compute(
    projectId: string,
    today: string,
  ): Promise<{ progress: number; planned_value: number; earned_value: number; spi: number; health: string }> {
    await db.query('BEGIN');
    try {
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [leader.context?.id]);
      const { rows } = await db.query('SELECT * FROM compute_project_progress($1, $2::date)', [projectId, today]);
      return rows[0];
    } finally {
      await db.query('COMMIT');
    }
  }

  it('gives 0 progress and SPI 1 for a project without tasks', async () => {
    expect(await compute(await project([]), '2026-06-01')).toEqual({
      progress: 0,
      planned_value: 0,
      earned_value: 0,
      spi: 1,
      health: 'on_track',
    });
  });

  it('leaves cancelled tasks out of every sum', async () => {
    // done w2 → 2, in progress 50 % w2 → 1, cancelled w10 left out: P = 3 / 4.
    const id = await project([
      { weight: 2, status: 'done' },
      { weight: 2, status: 'in_progress', percentDone: 50 },
      { weight: 10, status: 'cancelled' },
    ]);
    expect((await compute(id, '2026-06-01')).progress).toBeCloseTo(0.75, 12);
  });

  it('plans from the due dates, and linearly between start and due', async () => {
    // Task A 2026-03-01 → 2026-03-11 (10 days), weight 1; task B from the project start to its
    // target (364 days), weight 3. On 2026-03-06: A planned 5/10, B planned 64/364.
    const id = await project([
      { weight: 1, startDate: '2026-03-01', dueDate: '2026-03-11', status: 'in_progress', percentDone: 20 },
      { weight: 3 },
    ]);
    const r = await compute(id, '2026-03-06');
    const pv = 1 * 0.5 + 3 * (64 / 364);
    expect(r.planned_value).toBeCloseTo(pv, 12);
    expect(r.earned_value).toBeCloseTo(0.2, 12);
    expect(r.spi).toBeCloseTo(0.2 / pv, 12);
    // Before any start nothing is planned (SPI 1); after every due date all of it is.
    expect((await compute(id, '2025-12-01')).planned_value).toBe(0);
    expect((await compute(id, '2027-01-01')).planned_value).toBe(4);
  });

  it('draws the health bands at SPI 0.95 and 0.80', async () => {
    // One task of weight 1, planned in full (due in the past): SPI equals its completion.
    const band = async (percent: number) =>
      (
        await compute(
          await project([{ weight: 1, startDate: '2026-01-01', dueDate: '2026-01-31', status: 'in_progress', percentDone: percent }]),
          '2026-06-01',
        )
      ).health;
    expect(await band(95)).toBe('on_track');
    expect(await band(94)).toBe('at_risk');
    expect(await band(80)).toBe('at_risk');
    expect(await band(79)).toBe('late');
  });
});
