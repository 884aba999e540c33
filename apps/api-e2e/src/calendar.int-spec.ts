import { Job, Queue, QueueEvents } from 'bullmq';
import type {
  CreateTenantResponse,
  Kpi,
  KpiReading,
  MeResponse,
  NotificationPage,
  Page,
  Problem,
  Project,
  ProjectOverview,
  Task,
  TokenResponse,
} from '@xinzhi/shared-contracts';
import { ApiProcess, call, RunningProcess, Session, signIn, startApi, startWorker, testEnv, waitFor } from '@xinzhi/testing';

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
const run = Date.now().toString(36);

/**
 * The business calendar is one: processes whose clock stands at 01:00 in Shanghai — still the
 * previous day in UTC — answer with the Shanghai day everywhere: /api/me, "not after today" for KPI
 * readings, and "overdue" in the task list, the bell and the dashboard.
 *
 * The clock is set ten days before the real date, so a process that still read the real clock (or
 * UTC) would accept tomorrow's reading and call today's task overdue: every check below can fail.
 */
const SHANGHAI_TODAY = addDays(new Date().toISOString().slice(0, 10), -10);
/** 01:00 in Shanghai on SHANGHAI_TODAY is 17:00Z of the UTC day before. */
const CLOCK_AT = `${addDays(SHANGHAI_TODAY, -1)}T17:00:00Z`;
const CALENDAR_ENV = { APP_TIME_ZONE: 'Asia/Shanghai', XINZHI_CLOCK_AT: CLOCK_AT };
const PASSWORD = 'calendar owner passphrase';

describe('one business calendar', () => {
  let api: ApiProcess;
  let worker: RunningProcess;
  let owner: Session;
  let queue: Queue;
  let queueEvents: QueueEvents;
  let project: Project;
  let dueYesterday: Task;
  let dueToday: Task;

  const as = <T>(who: Session, method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, path, { token: who.accessToken, body });

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(CALENDAR_ENV), startWorker(CALENDAR_ENV)]);
    // Our own enterprise, owner and project: a park administrator onboards the tenant, its owner accepts.
    const park = await signIn(api.url, 'park.admin@xinzhi.test');
    const ownerEmail = `owner.${run}@calendar.xinzhi.test`;
    const created = await as<CreateTenantResponse>(park, 'POST', '/api/park/tenants', {
      name: `日历 Calendar Works ${run}`,
      creditCode: '',
      industrySection: 'C',
      industryDivision: '39',
      scale: 'small',
      region: '上海',
      emerging: false,
      manufacturingType: 'discrete',
      ownerEmail,
      ownerName: '日历老板',
    });
    expect(created.status).toBe(201);
    const token = created.body.invitation.acceptUrl.split('/invite/')[1];
    expect((await call<TokenResponse>(api.url, 'POST', '/api/invitations/accept', { body: { token, password: PASSWORD } })).status).toBe(
      200,
    );
    owner = await signIn(api.url, ownerEmail, PASSWORD);

    // The owner is assigned the tasks, so the overdue notice comes to the owner's bell.
    const ownerId = (await as<MeResponse>(owner, 'GET', '/api/me')).body.user.id;
    project = (
      await as<Project>(owner, 'POST', '/api/projects', {
        name: `日历项目 ${run}`,
        goal: '',
        startDate: addDays(SHANGHAI_TODAY, -30),
        targetDate: addDays(SHANGHAI_TODAY, 60),
      })
    ).body;
    const task = async (title: string, dueDate: string) => {
      const reply = await as<Task>(owner, 'POST', `/api/projects/${project.id}/tasks`, {
        title,
        businessArea: 'production',
        technologyType: 'big_data',
        weight: 1,
        startDate: addDays(SHANGHAI_TODAY, -20),
        dueDate,
        assigneeId: ownerId,
      });
      expect(reply.status).toBe(201);
      return reply.body;
    };
    dueYesterday = await task('昨天到期 due yesterday', addDays(SHANGHAI_TODAY, -1));
    dueToday = await task('今天到期 due today', SHANGHAI_TODAY);

    const env = testEnv();
    const connection = { url: env['REDIS_URL'], maxRetriesPerRequest: null };
    queue = new Queue('system', { connection, prefix: env['QUEUE_PREFIX'] });
    queueEvents = new QueueEvents('system', { connection, prefix: env['QUEUE_PREFIX'] });
    await queueEvents.waitUntilReady();
  });

  afterAll(async () => {
    await Promise.all([queue?.close(), queueEvents?.close()]);
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('tells the web the zone and the Shanghai day', async () => {
    const me = await as<MeResponse>(owner, 'GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.calendar).toMatchObject({ timeZone: 'Asia/Shanghai', today: SHANGHAI_TODAY });
    // The clock started at CLOCK_AT and runs on from there: its instant is on the Shanghai day, a UTC day earlier.
    expect(Date.parse(me.body.calendar.now)).toBeGreaterThanOrEqual(Date.parse(CLOCK_AT));
    expect(me.body.calendar.now.slice(0, 10)).toBe(addDays(SHANGHAI_TODAY, -1));
  });

  it('accepts a KPI reading for the Shanghai today and refuses tomorrow with a problem', async () => {
    const kpi = (
      await as<Kpi>(owner, 'POST', `/api/projects/${project.id}/kpis`, {
        name: '准时交付率',
        unit: '%',
        direction: 'higher_is_better',
        category: 'efficiency',
        baseline: 80,
        target: 95,
      })
    ).body;
    const today = await as<KpiReading>(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: SHANGHAI_TODAY, value: 85 });
    expect(today.status).toBe(201);
    expect(today.body.takenOn).toBe(SHANGHAI_TODAY);

    const tomorrow = await as<Problem>(owner, 'POST', `/api/kpis/${kpi.id}/readings`, { takenOn: addDays(SHANGHAI_TODAY, 1), value: 86 });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.headers.get('content-type')).toContain('application/problem+json');
    expect(tomorrow.body.errors).toEqual([expect.objectContaining({ field: 'takenOn', code: 'future' })]);
  });

  it('marks the task due yesterday overdue in the list, flag and filter alike, and not the one due today', async () => {
    const all = (await as<Page<Task>>(owner, 'GET', `/api/projects/${project.id}/tasks`)).body.items;
    expect(Object.fromEntries(all.map((t) => [t.id, t.overdue]))).toEqual({ [dueYesterday.id]: true, [dueToday.id]: false });
    const overdue = (await as<Page<Task>>(owner, 'GET', `/api/projects/${project.id}/tasks?overdue=true`)).body.items;
    expect(overdue.map((t) => t.id)).toEqual([dueYesterday.id]);
    const onTime = (await as<Page<Task>>(owner, 'GET', `/api/projects/${project.id}/tasks?overdue=false`)).body.items;
    expect(onTime.map((t) => t.id)).toEqual([dueToday.id]);
    expect((await as<Task>(owner, 'GET', `/api/tasks/${dueToday.id}`)).body.overdue).toBe(false);
  });

  it('counts the same one overdue on the dashboard', async () => {
    const overview = (await as<ProjectOverview>(owner, 'GET', `/api/projects/${project.id}`)).body;
    expect(overview.taskCounts).toMatchObject({ total: 2, overdue: 1 });
  });

  it('rings the bell for the same one, on the Shanghai day', async () => {
    // The morning job as the scheduler runs it: no day given, so the worker's clock decides.
    const job: Job = await queue.add('notify-overdue', { tenantId: null }, { jobId: `notify-overdue-calendar-${run}`, attempts: 1 });
    const result = (await job.waitUntilFinished(queueEvents, 60_000)) as { day: string };
    expect(result.day).toBe(SHANGHAI_TODAY);
    const notices = await waitFor(
      async () => {
        const page = (await as<NotificationPage>(owner, 'GET', '/api/notifications?limit=100')).body;
        return page.items.length ? page.items : null;
      },
      10_000,
      'the overdue notice',
    );
    expect(notices.map((n) => n.kind)).toEqual(['task_overdue']);
    expect(notices[0].params).toMatchObject({ taskId: dueYesterday.id, dueDate: addDays(SHANGHAI_TODAY, -1) });
  });
});
