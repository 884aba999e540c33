/**
 * `npm run bench`: measures, in one run and side by side with baselines,
 *  (1) a read endpoint through the full stack (auth, tenant transaction, RLS) against the same query
 *      issued straight through `pg` with no HTTP;
 *  (2) the time from a task update's response to the new progress being readable, idle and under a
 *      stream of updates, and how long after the stream the numbers settle;
 *  (3) one recompute over a project of 10,000 tasks, against a plain count over the same rows.
 * Prints a Markdown table. Self-contained (node + pg), run by infra/local/bench.sh against the
 * built API and worker it starts on a bench database.
 */
import { Agent, request } from 'node:http';
import { Pool } from 'pg';

const API = process.env['BENCH_API'] ?? 'http://127.0.0.1:3300';
const APP_DB = process.env['DATABASE_URL'] as string;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = 10;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
/** The update stream has its own connections, so measuring requests never queue behind it. */
const streamAgent = new Agent({ keepAlive: true, maxSockets: 32 });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bench reads loosely typed JSON
function http(method: string, path: string, token?: string, body?: unknown, via: Agent = agent): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      `${API}${path}`,
      {
        method,
        agent: via,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null });
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` on `connections` loops for `seconds`; returns completed calls per second. */
async function throughput(connections: number, seconds: number, work: () => Promise<void>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await work();
        done++;
      }
    }),
  );
  return done / seconds;
}

async function main(): Promise<void> {
  const login = await http('POST', '/api/auth/login', undefined, { email: 'leader@acme.xinzhi.test', password: 'Xinzhi-Demo-2026' });
  const token: string = login.json.accessToken;
  const tenantId: string = login.json.context.id;
  const pool = new Pool({ connectionString: APP_DB, max: CONNECTIONS });

  // A project with 200 tasks for the read, and one with 10,000 for the recompute.
  const project = (
    await http('POST', '/api/projects', token, { name: `Bench ${Date.now()}`, goal: '', startDate: '2026-01-01', targetDate: '2026-12-31' })
  ).json;
  const client = await pool.connect();
  const tenantSql = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const res = await client.query(sql, params);
    await client.query('COMMIT');
    return res.rows as T[];
  };
  const insertTasks = (projectId: string, n: number) =>
    tenantSql(
      `INSERT INTO tasks (tenant_id, project_id, title, business_area, technology_type, status, percent_done, weight, start_date, due_date, completed_at)
     SELECT app_tenant_id(), $1, 'bench task ' || g, 'production', 'big_data',
            (ARRAY['todo','in_progress','blocked','done','cancelled'])[1 + g % 5],
            CASE WHEN g % 5 = 3 THEN 100 ELSE (g * 7) % 100 END, 1 + g % 5,
            DATE '2026-01-01' + (g % 200), DATE '2026-01-01' + (g % 200) + 30 + (g % 120),
            CASE WHEN g % 5 = 3 THEN now() END
       FROM generate_series(1, $2) g`,
      [projectId, n],
    );
  await insertTasks(project.id, 200);
  const big = (
    await http('POST', '/api/projects', token, {
      name: `Bench 10k ${Date.now()}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    })
  ).json;
  await insertTasks(big.id, 10_000);
  client.release();

  // (1) Read 200 tasks: full stack vs the same SELECT over pg (with the tenant context, no HTTP).
  const listPath = `/api/projects/${project.id}/tasks?limit=200&sort=created_at`;
  const sample = await http('GET', listPath, token);
  if (sample.json.items.length !== 200) throw new Error('bench project should list 200 tasks');
  const rawSql = `SELECT k.*, tm.name AS team_name, u.display_name AS assignee_name, dep.title AS depends_on_title
    FROM tasks k LEFT JOIN teams tm ON tm.tenant_id = k.tenant_id AND tm.id = k.team_id
    LEFT JOIN users u ON u.id = k.assignee_user_id LEFT JOIN tasks dep ON dep.tenant_id = k.tenant_id AND dep.id = k.depends_on_id
    WHERE k.project_id = $1 ORDER BY k.id LIMIT 201`;
  const raw = await throughput(CONNECTIONS, SECONDS, async () => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      await c.query(rawSql, [project.id]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  });
  const full = await throughput(CONNECTIONS, SECONDS, async () => {
    const res = await http('GET', listPath, token);
    if (res.status !== 200) throw new Error(`read failed: ${res.status}`);
  });

  // (2) Update → visible progress.
  // Cancelled tasks would first need reopening; the others take any percent update.
  const tasks = (sample.json.items as Array<{ id: string; status: string }>).filter((t) => t.status !== 'cancelled');
  const visibleAfterUpdate = async (taskId: string, percent: number): Promise<number> => {
    const res = await http('PATCH', `/api/tasks/${taskId}`, token, { status: 'in_progress', percentDone: percent });
    if (res.status !== 200) throw new Error(`update failed: ${res.status} ${JSON.stringify(res.json)}`);
    const answered = performance.now();
    const before = res.json.updatedAt as string;
    for (;;) {
      const p = (await http('GET', `/api/projects/${project.id}`, token)).json;
      if (p.progressComputedAt && p.progressComputedAt >= before) return performance.now() - answered;
      await sleep(5);
    }
  };
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) {
    idle.push(await visibleAfterUpdate(tasks[i].id, (i * 13) % 100));
    await sleep(150);
  }
  // A stream aiming at 200 updates a second; at most 32 in flight, so an overloaded API shows up as a
  // lower achieved rate (reported) rather than an ever-growing queue.
  let streaming = true;
  let sent = 0;
  let inflight = 0;
  const stream = (async () => {
    const interval = 1000 / 200;
    let next = performance.now();
    const pending = new Set<Promise<unknown>>();
    while (streaming) {
      if (inflight < 32) {
        const t = tasks[50 + (sent % (tasks.length - 50))];
        inflight++;
        const p: Promise<unknown> = http(
          'PATCH',
          `/api/tasks/${t.id}`,
          token,
          { status: 'in_progress', percentDone: sent % 100 },
          streamAgent,
        ).finally(() => {
          inflight--;
          pending.delete(p);
        });
        pending.add(p);
        sent++;
      }
      next += interval;
      await sleep(Math.max(0, next - performance.now()));
    }
    await Promise.all(pending);
  })();
  const busy: number[] = [];
  const streamStarted = performance.now();
  await sleep(1000); // let the stream reach its pace
  for (let i = 0; i < 20; i++) busy.push(await visibleAfterUpdate(tasks[30 + i].id, (i * 17) % 100));
  streaming = false;
  await stream;
  const streamSeconds = (performance.now() - streamStarted) / 1000;
  const stopped = performance.now();
  for (;;) {
    const rows = (await pool.query(`SELECT 1 FROM worker_stale_projects(1000) WHERE project_id = $1`, [project.id])).rows;
    if (!rows.length) break;
    await sleep(5);
  }
  const settle = performance.now() - stopped;

  // (3) One recompute over 10,000 tasks, vs a plain count of the same rows.
  const timeSql = async (sql: string, runs: number): Promise<number> => {
    const c = await pool.connect();
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
        const t0 = performance.now();
        await c.query(sql, [big.id]);
        times.push(performance.now() - t0);
        await c.query('ROLLBACK');
      }
    } finally {
      c.release();
    }
    return percentile(times, 50);
  };
  const count = await timeSql('SELECT count(*) FROM tasks WHERE project_id = $1', 15);
  const recompute = await timeSql(
    `UPDATE projects p SET progress = c.progress, spi = c.spi, health = c.health FROM compute_project_progress($1) c WHERE p.id = $1`,
    15,
  );
  await pool.end();

  const f = (n: number, d = 0) => n.toFixed(d);
  const rows = [
    ['Read 200 tasks, 10 connections (req/s)', f(full), f(raw), `${f(full / raw, 2)} of raw`, '≥ 0.50 of raw'],
    ['Update → progress visible, idle (ms), p50 / p95', `${f(percentile(idle, 50))} / ${f(percentile(idle, 95))}`, '—', '', 'p95 < 300'],
    [
      `Update → progress visible under ${f(sent / streamSeconds)} updates/s (ms), p50 / p95`,
      `${f(percentile(busy, 50))} / ${f(percentile(busy, 95))}`,
      '—',
      '',
      '',
    ],
    ['Settled after the stream stopped (ms)', f(settle), '—', '', '< 1000'],
    ['Recompute of 10,000 tasks (ms, median)', f(recompute, 1), f(count, 1), `${f(recompute / count, 1)}× a count`, '< 50'],
  ];
  const header = ['measure', 'Xinzhi', 'baseline', 'ratio', 'target'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  process.stdout.write([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n');
  process.stdout.write(
    `\nBaselines: the same SELECT (with the tenant's set_config in a transaction) straight through pg, no HTTP; a count(*) over the same 10,000 rows.\n`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
