import {
  AssessmentComparisonSchema,
  AssessmentFrameworkListSchema,
  AssessmentFrameworkSchema,
  AssessmentPageSchema,
  AssessmentSchema,
  AuditEventPageSchema,
  DepartmentPageSchema,
  DepartmentSchema,
  DiagnosticProbeSchema,
  HealthResponseSchema,
  INCENTIVE_SCHEME_NAME_MAX,
  IncentiveAwardPageSchema,
  IncentiveAwardSchema,
  IncentiveSchemePageSchema,
  IncentiveSchemeSchema,
  KpiReadingSchema,
  KpiSchema,
  LeaderboardSchema,
  LeadershipSchema,
  MemberPageSchema,
  MemberSchema,
  MeResponseSchema,
  MyAwardsSummarySchema,
  MyTaskPageSchema,
  NotificationPageSchema,
  ParkPageSchema,
  ProjectOverviewSchema,
  ProjectPageSchema,
  QueueOverviewSchema,
  SkillsMatrixSchema,
  SnapshotSeriesSchema,
  TaskEventListSchema,
  TaskPageSchema,
  TaskSchema,
  TeamListSchema,
  TeamSchema,
  TenantPageSchema,
  TenantSchema,
  TrainingRecordPageSchema,
  TrainingRecordSchema,
} from '@xinzhi/shared-contracts';
import { z } from 'zod';
import { ApiProcess, call, signIn, startApi } from '@xinzhi/testing';

/**
 * Every route of the served OpenAPI document must describe its request (path parameters, query,
 * body — when it has them) and its success response precisely enough for a client generator: a
 * schema for each, ids typed `format: uuid`, dates `format: date` or `date-time`, no bare `object`.
 * Routes get that by declaring their shapes with the contracts' zod schemas (`ValidParams`,
 * `ValidQuery`, `ValidBody`, `Responds` from server-core).
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
};
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const ID = /(^id$|Id$)/;
const IDS = /Ids$/;
const DATE = /(^at$|At$|Date$|On$)/;

/** What is vague about a schema (empty when it is precise). `name` is the property it describes, if any. */
function vagueness(doc: Document, schema: Schema | undefined, where: string, name = '', seen = new Set<string>()): string[] {
  if (!schema) return [`${where}: no schema`];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    const target = doc.components?.schemas?.[schema.$ref.split('/').pop() as string];
    return vagueness(doc, target, where, name, new Set([...seen, schema.$ref]));
  }
  const alternatives = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.flatMap((s) => vagueness(doc, s, where, name, seen));
  const out: string[] = [];
  if (!schema.type && !schema.enum) out.push(`${where}: no type`);
  // An id is a UUID, or one of a fixed set of values (a session's context id may be the literal
  // `platform`); a job or schedule key (`probe-<uuid>`, `nightly-snapshots`) or a key inside an
  // assessment framework (`q3`, `q3-c`, `quality`) is no row id: a pattern types it precisely, alone or in a list.
  if (ID.test(name) && schema.type === 'string' && schema.format !== 'uuid' && !schema.enum && !schema.pattern)
    out.push(`${where}: id without format uuid`);
  if (IDS.test(name) && schema.type === 'array' && schema.items?.format !== 'uuid' && !schema.items?.enum && !schema.items?.pattern)
    out.push(`${where}: ids without format uuid`);
  if (DATE.test(name) && schema.type === 'string' && schema.format !== 'date' && schema.format !== 'date-time')
    out.push(`${where}: date without format`);
  if ((ID.test(name) || DATE.test(name)) && schema.type === 'object') out.push(`${where}: typed as bare object`);
  if (schema.type === 'array') out.push(...vagueness(doc, schema.items, `${where}[]`, name.replace(/s$/, ''), seen));
  if (schema.type === 'object') {
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null;
    if (!schema.properties && !extra) out.push(`${where}: bare object`);
    for (const [key, value] of Object.entries(schema.properties ?? {})) out.push(...vagueness(doc, value, `${where}.${key}`, key, seen));
    if (extra) out.push(...vagueness(doc, extra, `${where}.*`, '', seen));
  }
  return out;
}

/** Why an operation is not precise (empty when it is). */
function problemsOf(doc: Document, path: string, op: Operation): string[] {
  const out: string[] = [];
  const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  for (const name of pathParams) {
    const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
    out.push(...(param ? vagueness(doc, param.schema, `path ${name}`, name) : [`path ${name}: not described`]));
  }
  for (const param of op.parameters ?? [])
    if (param.in === 'query') out.push(...vagueness(doc, param.schema, `query ${param.name}`, param.name));
  if (op.requestBody) {
    const content = op.requestBody.content ?? {};
    const json = content['application/json'];
    if (json) out.push(...vagueness(doc, json.schema, 'body'));
    else if (!Object.keys(content).length) out.push('body: no content');
  }
  const successes = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (!successes.length) out.push('no success response');
  for (const [status, response] of successes) {
    if (status === '204') continue;
    const content = response.content ?? {};
    if (!Object.keys(content).length) out.push(`${status}: no response schema`);
    for (const [type, media] of Object.entries(content)) {
      // Server-sent events: the schema is that of each message's JSON data, held to the same rules.
      if (type === 'application/json' || type === 'text/event-stream')
        out.push(...vagueness(doc, media.schema, `${status} ${type === 'application/json' ? 'response' : type}`));
      else if (!media.schema) out.push(`${status} ${type}: no schema`);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  let api: ApiProcess;
  let doc: Document;
  let operations: Array<[string, string[]]>;

  beforeAll(async () => {
    api = await startApi();
    doc = (await call<Document>(api.url, 'GET', '/api/docs-json')).body;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]): [string, string[]] => [`${method.toUpperCase()} ${path}`, problemsOf(doc, path, op)]),
    );
  });
  afterAll(() => api?.stop());

  it('describes every request and success response precisely, without exception', () => {
    expect(operations.length).toBeGreaterThan(80);
    const vague = operations.filter(([, problems]) => problems.length);
    expect(Object.fromEntries(vague)).toEqual({});
  });

  it('types the converted routes exactly (ids, dates, nullability, enums, limits)', () => {
    const create = doc.paths['/api/projects/{id}/kpis'].post;
    expect(create.parameters?.find((p) => p.name === 'id')?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    const body = create.requestBody?.content?.['application/json'].schema as Schema & {
      properties: Record<string, Schema & { maxLength?: number; nullable?: boolean }>;
    };
    expect(body.additionalProperties).toBe(false);
    expect(body.properties['name'].maxLength).toBe(200);
    expect(body.properties['targetDate']).toMatchObject({ type: 'string', format: 'date', nullable: true });
    expect(body.properties['direction'].enum).toEqual(['higher_is_better', 'lower_is_better']);
    const kpi = create.responses?.['201'].content?.['application/json'].schema as Schema & {
      properties: Record<string, Schema & { nullable?: boolean }>;
    };
    expect(kpi.properties['ownerId']).toMatchObject({ format: 'uuid', nullable: true });
    expect(kpi.properties['createdAt']).toMatchObject({ format: 'date-time' });
    const scheme = doc.paths['/api/incentive-schemes'].post.requestBody?.content?.['application/json'].schema as Schema & {
      properties: Record<string, Schema & Record<string, unknown>>;
    };
    expect(scheme.properties['name'].maxLength).toBe(INCENTIVE_SCHEME_NAME_MAX);
    expect(scheme.properties['amount']).toMatchObject({ type: 'number', multipleOf: 0.01, maximum: 10_000_000 });
  });

  it('reports a route declared the old way: an untyped id, a bare object body, no response schema', () => {
    const old: Operation = {
      parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }],
      requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
      responses: { '200': {} },
    };
    const problems = problemsOf(doc, '/api/things/{id}', old);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.join('; ')).toMatch(/id without format uuid/);
  });

  it('documents /api/health with one body for 200 and 503, and /api/events as a stream of LiveEvents', () => {
    const health = doc.paths['/api/health'].get.responses ?? {};
    const body = (status: string) => health[status]?.content?.['application/json']?.schema;
    expect(body('503')).toBeDefined();
    expect(body('503')).toEqual(body('200'));
    expect(problemsOf(doc, '/api/health', { responses: { '200': health['503'] } })).toEqual([]);

    const stream = doc.paths['/api/events'].get.responses?.['200'].content ?? {};
    expect(Object.keys(stream)).toEqual(['text/event-stream']);
    const event = stream['text/event-stream'].schema as Schema;
    expect(
      (event.oneOf ?? event.anyOf ?? []).map((s) => (s.properties?.['type'] as Schema & { const?: string; enum?: string[] }).enum ?? []),
    ).toEqual([['project.progress'], ['notifications'], ['awards'], ['assessment']]);
    // The SSE rule is not a free pass: a stream whose data schema is vague is reported like a JSON body.
    expect(
      problemsOf(doc, '/api/events', { responses: { '200': { content: { 'text/event-stream': { schema: { type: 'object' } } } } } }),
    ).toEqual(['200 text/event-stream: bare object']);
  });

  /** GETs `path` as the signed-in `email` and parses the answer strictly with `schema`. */
  const getter = async (email: string) => {
    const { accessToken: token } = await signIn(api.url, email);
    return async <T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> => {
      const res = await call<unknown>(api.url, 'GET', path, { token });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const parsed = schema.safeParse(res.body);
      expect({ path, issues: parsed.success ? [] : parsed.error.issues.slice(0, 3) }).toEqual({ path, issues: [] });
      return parsed.data as z.infer<T>;
    };
  };

  it('sends what the response schemas of the converted routes say (demo data parsed strictly)', async () => {
    const get = await getter('owner@acme.xinzhi.test');
    const page = await get(ProjectPageSchema, '/api/projects');
    const project = page.items.find((p) => p.kpiAttainment !== null) ?? page.items[0];
    const overview = await get(ProjectOverviewSchema, `/api/projects/${project.id}`);
    expect(overview.teams.length).toBeGreaterThan(0);
    await get(LeadershipSchema, `/api/projects/${project.id}/leadership`);
    await get(TeamListSchema, `/api/projects/${project.id}/teams`);
    await get(TeamSchema, `/api/teams/${overview.teams[0].id}`);
    const kpis = await get(z.array(KpiSchema), `/api/projects/${project.id}/kpis`);
    expect(kpis.length).toBeGreaterThan(0);
    await get(KpiSchema, `/api/kpis/${kpis[0].id}`);
    const readings = await get(z.array(KpiReadingSchema), `/api/kpis/${kpis[0].id}/readings`);
    expect(readings.length).toBeGreaterThan(0);
    const tasks = await get(TaskPageSchema, `/api/projects/${project.id}/tasks?limit=500`);
    // A task with a recorded history (the demo's done tasks have status and progress changes).
    const done = tasks.items.find((t) => t.status === 'done') ?? tasks.items[0];
    await get(TaskSchema, `/api/tasks/${done.id}`);
    const activity = await get(TaskEventListSchema, `/api/tasks/${done.id}/activity`);
    expect(activity.some((e) => e.changes !== null)).toBe(true);
    await get(TaskEventListSchema, `/api/tasks/${done.id}/comments`);
    const employee = (await signIn(api.url, 'employee@acme.xinzhi.test')).accessToken;
    const mine = await call<unknown>(api.url, 'GET', '/api/me/tasks', { token: employee });
    expect({ status: mine.status, issues: MyTaskPageSchema.safeParse(mine.body).error?.issues.slice(0, 3) }).toEqual({
      status: 200,
      issues: undefined,
    });
    expect((mine.body as { items: unknown[] }).items.length).toBeGreaterThan(0);

    const schemes = await get(IncentiveSchemePageSchema, '/api/incentive-schemes?limit=200');
    expect(schemes.items.length).toBeGreaterThan(0);
    await get(IncentiveSchemeSchema, `/api/incentive-schemes/${schemes.items[0].id}`);
    const awards = await get(IncentiveAwardPageSchema, '/api/incentive-awards?limit=200');
    expect(awards.items.length).toBeGreaterThan(0);
    await get(IncentiveAwardSchema, `/api/incentive-awards/${awards.items[0].id}`);
    await get(MyAwardsSummarySchema, '/api/me/awards');
    await get(LeaderboardSchema, '/api/incentives/leaderboard');
    const training = await get(TrainingRecordPageSchema, '/api/training-records?limit=200');
    expect(training.items.length).toBeGreaterThan(0);
    await get(TrainingRecordSchema, `/api/training-records/${training.items[0].id}`);
    await get(TrainingRecordPageSchema, '/api/me/training-records');
    await get(SkillsMatrixSchema, '/api/training-records/skills-matrix');

    const frameworks = await get(AssessmentFrameworkListSchema, '/api/assessment-frameworks');
    for (const f of frameworks) await get(AssessmentFrameworkSchema, `/api/assessment-frameworks/${f.id}`);
    // Acme's demo has two scored assessments, the earlier one lower.
    const assessments = await get(AssessmentPageSchema, '/api/assessments');
    expect(assessments.items.filter((a) => a.status === 'scored').length).toBeGreaterThanOrEqual(2);
    const [latest, earlier] = assessments.items.filter((a) => a.status === 'scored');
    const scored = await get(AssessmentSchema, `/api/assessments/${latest.id}`);
    expect(scored.gaps).not.toBeNull();
    const comparison = await get(AssessmentComparisonSchema, `/api/assessments/${latest.id}/comparison?with=${earlier.id}`);
    expect(comparison.totalDelta).toBeGreaterThan(0);

    await get(SnapshotSeriesSchema, `/api/projects/${project.id}/snapshots?days=30`);
    await get(NotificationPageSchema, '/api/notifications?unread=false');
    const health = await call<unknown>(api.url, 'GET', '/api/health');
    expect(HealthResponseSchema.safeParse(health.body).error?.issues ?? []).toEqual([]);

    const { accessToken: operator } = await signIn(api.url, 'operator@xinzhi.test');
    const queues = await call<unknown>(api.url, 'GET', '/api/platform/queues', { token: operator });
    expect(QueueOverviewSchema.safeParse(queues.body).error?.issues.slice(0, 3) ?? []).toEqual([]);
    const probe = await call<unknown>(api.url, 'POST', '/api/diagnostics/probes', { token: operator });
    expect(probe.status).toBe(202);
    const stored = DiagnosticProbeSchema.parse(probe.body);
    expect(
      DiagnosticProbeSchema.safeParse(
        (await call<unknown>(api.url, 'GET', `/api/diagnostics/probes/${stored.id}`, { token: operator })).body,
      ).success,
    ).toBe(true);
  });

  it('sends what the identity response schemas say, in each context', async () => {
    const owner = await getter('owner@acme.xinzhi.test');
    const me = await owner(MeResponseSchema, '/api/me');
    expect(me.context?.type).toBe('tenant');
    const members = await owner(MemberPageSchema, '/api/members?limit=200');
    expect(members.items.length).toBeGreaterThan(1);
    await owner(MemberSchema, `/api/members/${members.items[0].id}`);
    const departments = await owner(DepartmentPageSchema, '/api/departments');
    await owner(DepartmentSchema, `/api/departments/${departments.items[0].id}`);
    const audit = await owner(AuditEventPageSchema, '/api/audit-events?limit=50');
    expect(audit.items.length).toBeGreaterThan(0);

    const park = await getter('park.admin@xinzhi.test');
    const tenants = await park(TenantPageSchema, '/api/park/tenants');
    await park(TenantSchema, `/api/park/tenants/${tenants.items[0].id}`);
    const operator = await getter('operator@xinzhi.test');
    expect((await operator(ParkPageSchema, '/api/platform/parks')).items.length).toBeGreaterThan(0);
    expect((await operator(MeResponseSchema, '/api/me')).context).toEqual({ type: 'platform', id: 'platform', role: 'operator' });
  });
});
