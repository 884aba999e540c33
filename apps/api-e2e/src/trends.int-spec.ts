import { Job, Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import type { Member, NotificationPage, Page, Project, QueueOverview, SnapshotSeries, Task, Team } from '@xinzhi/shared-contracts';
import { ApiProcess, call, ownerDatabaseUrl, RunningProcess, Session, signIn, startApi, startWorker, testEnv } from '@xinzhi/testing';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
const TODAY = new Date().toISOString().slice(0, 10);
/** The project's start: thirty days ago, so every day of the history below lies inside the backfill window. */
const S = addDays(TODAY, -30);

/**
 * Daily snapshots replayed from task history, the morning overdue notices, and the operator's queue
 * view — against the running API and worker. The history is written through the API and then dated
 * in the past directly in PostgreSQL (as the owner, inside the tenant's context), so every number
 * below is worked by hand from known dates.
 */
describe('trends, notifications and queues', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Session;
  let employee: Session;
  let lead: Session;
  let db: Client;
  let queue: Queue;
  let queueEvents: QueueEvents;
  let projectId: string;
  const tasks: Record<'a' | 'b' | 'c', Task> = {} as never;

  const as = <T>(who: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: who.accessToken, body });

  /** Runs a system job now (as the scheduler would) and returns its result. */
  async function runJob<R>(name: 'snapshot-projects' | 'notify-overdue', day: string): Promise<R> {
    const job: Job = await queue.add(
      name,
      { tenantId: null, day },
      { jobId: `${name}-test-${Date.now()}-${Math.random().toString(36).slice(2)}`, attempts: 1 },
    );
    return (await job.waitUntilFinished(queueEvents, 60_000)) as R;
  }

  async function inTenant(work: () => Promise<void>): Promise<void> {
    await db.query('BEGIN');
    try {
      await db.query(`SELECT set_config('app.tenant_id', $1, true)`, [owner.context?.id]);
      await work();
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }

  beforeAll(async () => {
    // The worker starts after the history below is in place, so its start-up snapshot run cannot
    // catch the project half-built; its calendar is UTC, like TODAY here.
    api = await startApi();
    [owner, employee, lead] = await Promise.all(['owner', 'employee', 'lead'].map((r) => signIn(api.url, `${r}@brightchem.xinzhi.test`)));
    db = new Client({ connectionString: ownerDatabaseUrl() });
    await db.connect();
    const env = testEnv();
    const connection = { url: env['REDIS_URL'], maxRetriesPerRequest: null };
    queue = new Queue('system', { connection, prefix: env['QUEUE_PREFIX'] });
    queueEvents = new QueueEvents('system', { connection, prefix: env['QUEUE_PREFIX'] });
    await queueEvents.waitUntilReady();

    // Project from S to S+40; A (w1, due S+10), B (w3, due S+20, in a team led by the lead, assigned to
    // the employee), C (w1, due S+20).
    const members = (await as<Page<Member>>(owner, 'GET', '/api/members?limit=100')).body.items;
    const userId = (email: string) => members.find((m) => m.email === email)?.userId as string;
    projectId = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `趋势 Trends ${Date.now()}`,
        goal: '',
        startDate: S,
        targetDate: addDays(S, 40),
      })
    ).body.id;
    const team = (
      await as<Team>(owner, 'POST', `/api/projects/${projectId}/teams`, {
        name: '趋势小组 Trend team',
        leadUserId: userId('lead@brightchem.xinzhi.test'),
        memberUserIds: [userId('employee@brightchem.xinzhi.test')],
      })
    ).body;
    const create = async (title: string, weight: number, due: string, extra: object = {}) =>
      (
        await as<Task>(owner, 'POST', `/api/projects/${projectId}/tasks`, {
          title,
          businessArea: 'production',
          technologyType: 'big_data',
          weight,
          startDate: S,
          dueDate: due,
          ...extra,
        })
      ).body;
    tasks.a = await create('A', 1, addDays(S, 10));
    tasks.b = await create('B 逾期任务 overdue', 3, addDays(S, 20), {
      teamId: team.id,
      assigneeId: userId('employee@brightchem.xinzhi.test'),
    });
    tasks.c = await create('C', 1, addDays(S, 20));
    // A: started S+5 at 50 %, done S+8. B: started S+10 at 40 %. C: cancelled S+18.
    const history: Array<[Task, object, string]> = [
      [tasks.a, { status: 'in_progress', percentDone: 50 }, addDays(S, 5)],
      [tasks.a, { status: 'done' }, addDays(S, 8)],
      [tasks.b, { status: 'in_progress', percentDone: 40 }, addDays(S, 10)],
      [tasks.c, { status: 'cancelled' }, addDays(S, 18)],
    ];
    for (const [task, body] of history) expect((await as(owner, 'PATCH', `/api/tasks/${task.id}`, body)).status).toBe(200);
    await inTenant(async () => {
      await db.query(`UPDATE tasks SET created_at = $2::date + time '09:00' WHERE project_id = $1`, [projectId, S]);
      for (const task of Object.values(tasks)) {
        const { rows } = await db.query(`SELECT id FROM task_events WHERE task_id = $1 AND changes IS NOT NULL ORDER BY id`, [task.id]);
        const days = history.filter(([t]) => t.id === task.id).map(([, , day]) => day);
        expect(rows.length).toBe(days.length);
        for (const [i, row] of rows.entries())
          await db.query(`UPDATE task_events SET at = $2::date + time '12:00' WHERE id = $1`, [row.id, days[i]]);
      }
    });
    worker = await startWorker({ APP_TIME_ZONE: 'UTC' });
  });

  afterAll(async () => {
    await Promise.all([queue?.close(), queueEvents?.close(), db?.end()]);
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  describe('daily snapshots', () => {
    let series: SnapshotSeries;

    beforeAll(async () => {
      await runJob('snapshot-projects', addDays(TODAY, -1));
      series = (await as<SnapshotSeries>(owner, 'GET', `/api/projects/${projectId}/snapshots?days=366`)).body;
    });

    const on = (offset: number) => series.items.find((s) => s.day === addDays(S, offset));

    it('fills every day from the project start to yesterday, oldest first', () => {
      expect(series.items.length).toBe(30);
      expect(series.items[0].day).toBe(S);
      expect(series.items[series.items.length - 1].day).toBe(addDays(TODAY, -1));
    });

    it('replays task history: nothing done before the first change, with the plan running ahead', () => {
      // S+4: PV = 1·0.4 + 3·0.2 + 1·0.2 = 1.2 of Σw 5; EV 0.
      expect(on(4)).toMatchObject({ progress: 0, spi: 0, health: 'late', kpiAttainment: null, transformationIndex: 0 });
      expect(on(4)?.planned).toBeCloseTo(0.24, 12);
    });

    it('counts a task at the percent it had that day, then as done', () => {
      expect(on(6)?.progress).toBeCloseTo(0.5 / 5, 12);
      // S+9: A done → EV 1; PV = 0.9 + 3·0.45 + 0.45 = 2.7.
      expect(on(9)?.progress).toBeCloseTo(1 / 5, 12);
      expect(on(9)?.planned).toBeCloseTo(2.7 / 5, 12);
      expect(on(9)?.spi).toBeCloseTo(1 / 2.7, 12);
      // S+12: B at 40 % → EV 1 + 1.2.
      expect(on(12)?.progress).toBeCloseTo(2.2 / 5, 12);
    });

    it('leaves a task out from the day it was cancelled', () => {
      // S+19: C cancelled → Σw 4; PV = 1 + 3·0.95 = 3.85.
      expect(on(19)?.progress).toBeCloseTo(2.2 / 4, 12);
      expect(on(19)?.planned).toBeCloseTo(3.85 / 4, 12);
      expect(on(19)?.spi).toBeCloseTo(2.2 / 3.85, 12);
      expect(on(19)?.health).toBe('late');
    });

    it('writes nothing twice when the night runs again', async () => {
      const again = await runJob<{ written: number }>('snapshot-projects', addDays(TODAY, -1));
      expect(again.written).toBe(0);
      const now = (await as<SnapshotSeries>(owner, 'GET', `/api/projects/${projectId}/snapshots?days=366`)).body;
      expect(now.items).toEqual(series.items);
    });

    it('answers a bad query with 400 and an unknown project with 404', async () => {
      expect((await as(owner, 'GET', `/api/projects/${projectId}/snapshots?days=0`)).status).toBe(400);
      expect((await as(owner, 'GET', `/api/projects/${projectId}/snapshots?days=1000`)).status).toBe(400);
      expect((await as(owner, 'GET', `/api/projects/01a21f4d-0000-7000-8000-000000000001/snapshots`)).status).toBe(404);
      expect((await as<SnapshotSeries>(owner, 'GET', `/api/projects/${projectId}/snapshots?days=7`)).body.items.length).toBe(7);
    });
  });

  describe('overdue notifications', () => {
    const mine = async (who: Session) => (await as<NotificationPage>(who, 'GET', '/api/notifications?limit=100')).body;
    const overdue = (page: NotificationPage) => page.items.filter((n) => n.kind === 'task_overdue');
    const aboutB = (page: NotificationPage) => overdue(page).filter((n) => n.params.taskId === tasks.b.id);

    beforeAll(async () => {
      await runJob('notify-overdue', TODAY);
    });

    it('tells the assignee and the team lead once each, with the due date (the days overdue are counted when shown)', async () => {
      const forEmployee = aboutB(await mine(employee));
      const forLead = aboutB(await mine(lead));
      expect(forEmployee.map((n) => n.params.as)).toEqual(['assignee']);
      expect(forLead.map((n) => n.params.as)).toEqual(['team_lead']);
      expect(forEmployee[0]).toMatchObject({ kind: 'task_overdue', readAt: null, link: `/tasks/${tasks.b.id}` });
      expect(forEmployee[0].params).toEqual({
        taskId: tasks.b.id,
        taskTitle: 'B 逾期任务 overdue',
        projectId,
        projectName: expect.any(String),
        dueDate: addDays(S, 20),
        as: 'assignee',
      });
      // Done and cancelled tasks tell nobody.
      expect(overdue(await mine(employee)).filter((n) => n.params.taskId === tasks.a.id || n.params.taskId === tasks.c.id)).toEqual([]);
    });

    it('tells nobody twice when the morning job runs again', async () => {
      const result = await runJob<{ notified: number }>('notify-overdue', TODAY);
      expect(result.notified).toBe(0);
      expect(aboutB(await mine(employee)).length).toBe(1);
    });

    it('lets people mark their own notices read, and only their own', async () => {
      const before = await mine(employee);
      const notice = aboutB(before)[0];
      expect((await as(lead, 'POST', `/api/notifications/${notice.id}/read`)).status).toBe(404);
      const otherTenant = await signIn(api.url, 'owner@acme.xinzhi.test');
      expect((await as(otherTenant, 'POST', `/api/notifications/${notice.id}/read`)).status).toBe(404);
      expect((await as(employee, 'POST', `/api/notifications/${notice.id}/read`)).status).toBe(204);
      const after = await mine(employee);
      expect(after.unread).toBe(before.unread - 1);
      expect(aboutB(after)[0].readAt).not.toBeNull();
      expect((await as<NotificationPage>(employee, 'GET', '/api/notifications?unread=true')).body.items.map((n) => n.id)).not.toContain(
        notice.id,
      );
      expect((await as(employee, 'POST', '/api/notifications/read-all')).status).toBe(204);
      expect((await mine(employee)).unread).toBe(0);
      // The lead's notice is untouched by the employee's "read all".
      expect(aboutB(await mine(lead))[0].readAt).toBeNull();
    });

    it('pages with a cursor and refuses a forged one', async () => {
      const first = (await as<NotificationPage>(lead, 'GET', '/api/notifications?limit=1')).body;
      expect(first.items.length).toBe(1);
      if (first.nextCursor) {
        const second = (await as<NotificationPage>(lead, 'GET', `/api/notifications?limit=1&cursor=${first.nextCursor}`)).body;
        expect(second.items[0]?.id).not.toBe(first.items[0].id);
      }
      expect((await as(lead, 'GET', '/api/notifications?cursor=not-a-cursor')).status).toBe(400);
    });

    it('has no inbox for a park administrator', async () => {
      const park = await signIn(api.url, 'park.admin@xinzhi.test');
      expect((await as(park, 'GET', '/api/notifications')).status).toBe(403);
    });
  });

  describe('the operator queue view', () => {
    it('shows counts, the daily schedules and failed jobs to the platform operator, and a retry', async () => {
      const operator = await signIn(api.url, 'operator@xinzhi.test');
      const failing = await queue.add('no-such-job' as never, { tenantId: null }, { jobId: `failing-${Date.now()}`, attempts: 1 });
      await expect(failing.waitUntilFinished(queueEvents, 10_000)).rejects.toThrow(/No handler/);

      const view = (await as<QueueOverview>(operator, 'GET', '/api/platform/queues')).body;
      expect(view.queues.map((q) => q.name).sort()).toEqual(['assessment', 'imports', 'park', 'progress', 'system']);
      expect(view.workerHeartbeatAt).not.toBeNull();
      const system = view.queues.find((q) => q.name === 'system');
      expect(system?.schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: 'nightly-snapshots', jobName: 'snapshot-projects', pattern: '10 0 * * *', timeZone: 'UTC' }),
          expect.objectContaining({ id: 'morning-overdue', jobName: 'notify-overdue', pattern: '0 8 * * *', timeZone: 'UTC' }),
        ]),
      );
      const failed = system?.failed.find((j) => j.id === failing.id);
      expect(failed).toMatchObject({ name: 'no-such-job', attemptsMade: 1, data: { tenantId: null } });
      expect(failed?.failedReason).toContain('No handler');
      expect(system?.counts.failed).toBeGreaterThanOrEqual(1);

      expect((await as(operator, 'POST', `/api/platform/queues/system/jobs/${failing.id}/retry`)).status).toBe(204);
      expect((await as(operator, 'POST', `/api/platform/queues/system/jobs/no-such-id/retry`)).status).toBe(404);
      // A queue that does not exist names nothing, like a malformed id: 404.
      expect((await as(operator, 'POST', `/api/platform/queues/nonsense/jobs/${failing.id}/retry`)).status).toBe(404);
    });

    it('is refused to everyone else', async () => {
      const park = await signIn(api.url, 'park.admin@xinzhi.test');
      for (const who of [owner, employee, park]) {
        expect((await as(who, 'GET', '/api/platform/queues')).status).toBe(403);
        expect((await as(who, 'POST', '/api/platform/queues/system/jobs/x/retry')).status).toBe(403);
      }
    });
  });
});
