/**
 * `npm run bench`: measures, in one run and side by side with baselines,
 *  (1) a read endpoint through the full stack (auth, tenant transaction, RLS) against the same query
 *      issued straight through `pg` with no HTTP;
 *  (2) the time from a task update's response to the new progress being readable, idle and under a
 *      stream of updates, and how long after the stream the numbers settle;
 *  (3) one recompute over a project of 10,000 tasks, against a plain count over the same rows;
 *  (4) the park dashboard over 1,000 synthetic tenants' rollups against a plain SELECT of the rollup
 *      table, and the time from a task update's response to its park summary showing it, idle and
 *      under the stream of updates of (2);
 *  (5) in Chromium, the demo project's dashboard first screen against the sign-in page's first paint
 *      (./dashboard-first-screen.ts), measured first, before the bench adds its own data;
 *  (6) My tasks of an employee with 300 open tasks, on a phone viewport in Chromium: the time from
 *      navigation to usable cards, against the same page with no cards (a project filter that
 *      matches nothing) — what the tasks cost on top of starting the app.
 * Prints a Markdown table. Self-contained (node + pg + playwright-core with Debian's Chromium, never a
 * downloaded browser), run by infra/local/bench.sh against the built API, worker and web app it
 * starts on a bench database.
 */
import { Agent, request } from 'node:http';
import { Pool } from 'pg';
import { launchChromium } from './browser';
import { measureDashboardFirstScreen } from './dashboard-first-screen';

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

  // (5) first, on the demo data alone: the demo project (the leader's only project before the bench adds its own).
  const demoProjects = (await http('GET', '/api/projects', token)).json.items as Array<{ id: string }>;
  if (demoProjects.length !== 1)
    throw new Error(`the demo leader should have one project before the bench adds any: ${demoProjects.length}`);
  const firstScreen = await measureDashboardFirstScreen(
    API,
    { email: 'leader@acme.xinzhi.test', password: 'Xinzhi-Demo-2026' },
    demoProjects[0].id,
    Number(process.env['BENCH_BROWSER_RUNS'] ?? 15),
  );

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

  // (4) setup: 1,000 synthetic tenants in the first park with rollup rows written straight with SQL (in
  // the park's, then each tenant's, context: row security stays on), and a probe project of one task.
  const parkLogin = await http('POST', '/api/auth/login', undefined, { email: 'park.admin@xinzhi.test', password: 'Xinzhi-Demo-2026' });
  const parkToken: string = parkLogin.json.accessToken;
  const parkId: string = parkLogin.json.context.id;
  await seedSyntheticTenants(pool, parkId, 1000);
  const probe = (
    await http('POST', '/api/projects', token, {
      name: `Bench probe ${Date.now()}`,
      goal: '',
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
    })
  ).json;
  const probeTask = (
    await http('POST', `/api/projects/${probe.id}/tasks`, token, {
      title: 'bench probe task',
      businessArea: 'production',
      technologyType: 'big_data',
      status: 'in_progress',
      percentDone: 1,
    })
  ).json;
  /** From a probe update's response until the park summary (read through the API as the park) shows the new progress. */
  const parkVisibleAfterUpdate = async (percent: number): Promise<number> => {
    const res = await http('PATCH', `/api/tasks/${probeTask.id}`, token, { status: 'in_progress', percentDone: percent });
    if (res.status !== 200) throw new Error(`probe update failed: ${res.status}`);
    const answered = performance.now();
    for (;;) {
      const summary = (await http('GET', `/api/park/tenants/${tenantId}/summary`, parkToken)).json;
      const p = (summary.projects as Array<{ id: string; progress: number | null }>).find((x) => x.id === probe.id);
      if (p && p.progress !== null && Math.abs(p.progress - percent / 100) < 1e-9) return performance.now() - answered;
      await sleep(10);
    }
  };
  const parkIdle: number[] = [];
  for (let i = 0; i < 10; i++) {
    parkIdle.push(await parkVisibleAfterUpdate(10 + i * 7));
    await sleep(150);
  }

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
  const parkBusy: number[] = [];
  for (let i = 0; i < 10; i++) parkBusy.push(await parkVisibleAfterUpdate(12 + i * 7));
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
  // (4) The dashboard over 1,000+ rollups, sequential requests, vs the plain SELECT of the rollup table.
  const latencies = async (runs: number, work: () => Promise<void>): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await work();
      times.push(performance.now() - t0);
    }
    return times;
  };
  const dash = await http('GET', '/api/park/dashboard', parkToken);
  if (dash.status !== 200 || dash.json.tiles.tenants < 1000) throw new Error(`the dashboard should count 1,000+ tenants: ${dash.status}`);
  const parkSql = async (sql: string) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.park_id', $1, true)`, [parkId]);
      await c.query(sql);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  };
  const plainRead = await latencies(100, () => parkSql('SELECT * FROM park_tenant_summaries WHERE park_id = app_park_id()'));
  const dashboard = await latencies(100, async () => {
    const res = await http('GET', '/api/park/dashboard', parkToken);
    if (res.status !== 200) throw new Error(`dashboard failed: ${res.status}`);
  });
  const table = await latencies(100, async () => {
    const res = await http('GET', '/api/park/tenant-summaries?sort=transformationIndex&dir=desc&industry=C&pageSize=20', parkToken);
    if (res.status !== 200) throw new Error(`tenant table failed: ${res.status}`);
  });
  // The cross-analysis over the same 1,000+ tenants: industry × scale by mean index (every cell lists its tenants).
  const analysisPath = '/api/park/analysis?rows=industry&cols=scale&measure=meanIndex';
  const pivot = await http('GET', analysisPath, parkToken);
  if (pivot.status !== 200 || pivot.json.total.tenantCount < 1000)
    throw new Error(`the analysis should cover 1,000+ tenants: ${pivot.status}`);
  const analysis = await latencies(100, async () => {
    const res = await http('GET', analysisPath, parkToken);
    if (res.status !== 200) throw new Error(`analysis failed: ${res.status}`);
  });
  // (6) My tasks with 300 tasks on a phone.
  const phone = await myTasksOnPhone(pool, token, tenantId);
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
    [
      `Park dashboard over ${dash.json.tiles.tenants} tenants (ms), p50 / p95`,
      `${f(percentile(dashboard, 50), 1)} / ${f(percentile(dashboard, 95), 1)}`,
      `${f(percentile(plainRead, 50), 1)} / ${f(percentile(plainRead, 95), 1)}`,
      `${f(percentile(dashboard, 95) / percentile(plainRead, 95), 1)}× the plain read (p95)`,
      'p95 < 100',
    ],
    [
      `Park cross-analysis over ${pivot.json.total.tenantCount} tenants, industry × scale, mean index (ms), p50 / p95`,
      `${f(percentile(analysis, 50), 1)} / ${f(percentile(analysis, 95), 1)}`,
      `${f(percentile(plainRead, 50), 1)} / ${f(percentile(plainRead, 95), 1)}`,
      `${f(percentile(analysis, 95) / percentile(plainRead, 95), 1)}× the plain read (p95)`,
      'p95 < 150',
    ],
    [
      'Park tenant table, filtered and sorted, one page (ms), p50 / p95',
      `${f(percentile(table, 50), 1)} / ${f(percentile(table, 95), 1)}`,
      `${f(percentile(plainRead, 50), 1)} / ${f(percentile(plainRead, 95), 1)}`,
      '',
      'p95 < 100',
    ],
    ['Task update → park summary, idle (ms), p50 / p95', `${f(percentile(parkIdle, 50))} / ${f(percentile(parkIdle, 95))}`, '—', '', ''],
    [
      `Task update → park summary under ${f(sent / streamSeconds)} updates/s (ms), p50 / p95`,
      `${f(percentile(parkBusy, 50))} / ${f(percentile(parkBusy, 95))}`,
      '—',
      '',
      'a few seconds',
    ],
    [
      'Dashboard first screen, demo project, Chromium 1440 × 900 (ms), p50 / p95',
      `${f(percentile(firstScreen.dashboard, 50))} / ${f(percentile(firstScreen.dashboard, 95))}`,
      `${f(percentile(firstScreen.signIn, 50))} / ${f(percentile(firstScreen.signIn, 95))}`,
      `+${f(percentile(firstScreen.dashboard, 50) - percentile(firstScreen.signIn, 50))} ms over the sign-in page (p50)`,
      'p50 < 1000',
    ],
    [
      `My tasks with ${phone.tasks} tasks, phone 375×667 in Chromium: time to usable (ms), p50 / p95`,
      `${f(percentile(phone.full, 50))} / ${f(percentile(phone.full, 95))}`,
      `${f(percentile(phone.empty, 50))} / ${f(percentile(phone.empty, 95))}`,
      `+${f(percentile(phone.full, 50) - percentile(phone.empty, 50))} ms over the empty page (p50)`,
      'p50 < 1500',
    ],
  ];
  const header = ['measure', 'Xinzhi', 'baseline', 'ratio', 'target'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  process.stdout.write([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n');
  process.stdout.write(
    `\nBaselines: the same SELECT (with the tenant's set_config in a transaction) straight through pg, no HTTP; a count(*) over the same 10,000 rows; ` +
      `SELECT * of the park's rows of park_tenant_summaries (with the park's set_config in a transaction) straight through pg; ` +
      `for the dashboard, the sign-in page's form becoming visible (the same app booting with no session and no data), navigations alternated in one browser; ` +
      `for My tasks, the same page in the same browser with a project filter that matches no task (the app's start, sign-in refresh and the empty list).\n`,
  );
}

const PHONE_RUNS = Number(process.env['BENCH_PHONE_RUNS'] ?? 15);

/**
 * (6) 300 open tasks assigned to the demo employee (written with SQL in the tenant's context), then
 * My tasks loaded again and again on a 375×667 touch viewport: from navigation start to the first
 * card's status buttons being on screen and enabled (the list ready), read in the page's own clock.
 * The baseline is the same page with `?project=` of an empty project: everything but the cards.
 * Static files stay in the browser cache between loads, as for a returning user; every load starts
 * the app afresh (the session restored from the refresh cookie, `/api/me`, the page's requests).
 */
async function myTasksOnPhone(
  pool: Pool,
  leaderToken: string,
  tenantId: string,
): Promise<{ tasks: number; full: number[]; empty: number[] }> {
  const email = 'employee@acme.xinzhi.test';
  const employee = await http('POST', '/api/auth/login', undefined, { email, password: 'Xinzhi-Demo-2026' });
  const me = await http('GET', '/api/me', employee.json.accessToken);
  const employeeId: string = me.json.user.id;
  const newProject = async (name: string) =>
    (
      await http('POST', '/api/projects', leaderToken, {
        name: `${name} ${Date.now()}`,
        goal: '',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
      })
    ).json as { id: string };
  const busy = await newProject('Bench My tasks');
  const empty = await newProject('Bench empty');
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    await c.query(
      `INSERT INTO tasks (tenant_id, project_id, title, business_area, technology_type, status, percent_done, weight, due_date, assignee_user_id)
       SELECT app_tenant_id(), $1, '手机任务 phone task ' || g, 'production', 'internet_of_things',
              (ARRAY['todo','in_progress'])[1 + g % 2], (g * 7) % 100, 1, DATE '2026-01-01' + (g % 365), $2
         FROM generate_series(1, 300) g`,
      [busy.id, employeeId],
    );
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  const total = await http('GET', '/api/me/tasks?limit=1', employee.json.accessToken);
  if (total.status !== 200 || total.json.open < 300) throw new Error(`the employee should have 300+ open tasks: ${total.status}`);

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${API}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('Xinzhi-Demo-2026');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/my-tasks/);
    /** Milliseconds from navigation start until the list is ready and, when `cards`, a card's status button is enabled. */
    const timeToUsable = async (path: string, cards: boolean): Promise<number> => {
      await page.goto('about:blank');
      await page.goto(`${API}${path}`, { waitUntil: 'commit' });
      const at = await page.waitForFunction(
        (withCards: boolean) => {
          const list = document.querySelector('[data-testid="my-tasks"]');
          if (list?.getAttribute('data-state') !== 'ready') return false;
          if (!withCards) return list.querySelector('xz-async-state') ? performance.now() : false;
          const button = list.querySelector<HTMLButtonElement>('[data-testid^="my-task-status-"]');
          return button && !button.disabled && button.getBoundingClientRect().height > 0 ? performance.now() : false;
        },
        cards,
        { polling: 'raf', timeout: 30_000 },
      );
      return (await at.jsonValue()) as number;
    };
    const full: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < 2; i++) {
      await timeToUsable('/my-tasks', true);
      await timeToUsable(`/my-tasks?project=${empty.id}`, false);
    }
    for (let i = 0; i < PHONE_RUNS; i++) {
      full.push(await timeToUsable('/my-tasks', true));
      none.push(await timeToUsable(`/my-tasks?project=${empty.id}`, false));
    }
    return { tasks: total.json.open as number, full, empty: none };
  } finally {
    await browser.close();
  }
}

/**
 * Bench data: `n` tenants in the park with a computed rollup each (numbers spread deterministically),
 * inserted in the park's context, then each rollup row in its tenant's context — row security on.
 * `computed_at = changed_at`, so the worker's sweep leaves them alone.
 */
async function seedSyntheticTenants(pool: Pool, parkId: string, n: number): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.park_id', $1, true)`, [parkId]);
    const stamp = Date.now().toString(36);
    await c.query(
      `INSERT INTO tenants (park_id, name, industry_section, industry_division, scale, region, emerging, manufacturing_type)
       SELECT $1, 'Bench tenant ' || $2 || ' ' || g,
              (ARRAY['C','C','C','F','G','I','M'])[1 + g % 7], lpad((13 + g % 30)::text, 2, '0'),
              (ARRAY['micro','small','medium'])[1 + g % 3], (ARRAY['苏州','无锡','常州','南京',''])[1 + g % 5],
              g % 4 = 0, (ARRAY['discrete','process','none'])[1 + g % 3]
         FROM generate_series(1, $3) g`,
      [parkId, stamp, n],
    );
    await c.query(
      `DO $$
       DECLARE t record; i int := 0;
       BEGIN
         FOR t IN SELECT id FROM tenants WHERE park_id = app_park_id() AND name LIKE 'Bench tenant ${stamp} %' ORDER BY id LOOP
           i := i + 1;
           PERFORM set_config('app.tenant_id', t.id::text, true);
           INSERT INTO park_tenant_summaries (tenant_id, park_id, projects_total, active_projects, on_track_projects, at_risk_projects,
             late_projects, progress, transformation_index, spi, kpi_attainment, health, kpis_total, kpis_stale, maturity_level,
             maturity_points, assessed_on, open_pain_points, unanswered_pain_points, pain_points_by_area, adopted_solutions,
             last_activity_at, changed_at, computed_at, refreshed_at)
           VALUES (t.id, app_park_id(), 1 + i % 3, i % 3, greatest(i % 3 - 1, 0), CASE WHEN i % 3 > 0 AND i % 5 = 1 THEN 1 ELSE 0 END,
             CASE WHEN i % 3 > 0 AND i % 7 = 2 THEN 1 ELSE 0 END,
             CASE WHEN i % 3 > 0 THEN (i % 100) / 100.0 END, CASE WHEN i % 3 > 0 THEN (i * 7 % 100) / 100.0 END,
             CASE WHEN i % 3 > 0 THEN 0.6 + (i % 9) / 10.0 END, CASE WHEN i % 3 > 0 THEN (i % 11) / 10.0 END,
             CASE WHEN i % 3 = 0 THEN NULL WHEN i % 7 = 2 THEN 'late' WHEN i % 5 = 1 THEN 'at_risk' ELSE 'on_track' END,
             i % 6, i % 4 / 3, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 5 END, CASE WHEN i % 4 = 0 THEN NULL ELSE 20 + i % 70 END,
             CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2026-06-01' + i % 150 END, i % 5, i % 3,
             jsonb_build_object('production', jsonb_build_object('count', i % 5, 'severitySum', (i % 5) * 3)), i % 3,
             now() - make_interval(days => i % 60), clock_timestamp(), NULL, now());
         END LOOP;
         UPDATE park_tenant_summaries SET computed_at = changed_at WHERE park_id = app_park_id() AND computed_at IS NULL;
       END $$`,
    );
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK');
    throw error;
  } finally {
    c.release();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
