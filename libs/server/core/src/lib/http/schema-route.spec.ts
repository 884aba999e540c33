import 'reflect-metadata';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  CreateKpiRequest,
  CreateKpiRequestSchema,
  IdParams,
  IdParamsSchema,
  KpiSchema,
  PageQueryParams,
  PageQuerySchema,
} from '@xinzhi/shared-contracts';
import { ProblemFilter } from '../errors/problem.filter';
import { Responds, RespondsEventStream, ValidBody, ValidParams, ValidQuery } from './schema-route';

@Controller('things')
class ThingsController {
  @Post(':id')
  @Responds(KpiSchema, 201)
  create(
    @ValidParams(IdParamsSchema) params: IdParams,
    @ValidBody(CreateKpiRequestSchema) body: CreateKpiRequest,
    @ValidQuery(PageQuerySchema) query: PageQueryParams,
  ) {
    return { params, body, query };
  }

  @Get(':id')
  get(@ValidParams(IdParamsSchema) { id }: IdParams) {
    return { id };
  }

  @Get('stream/all')
  @RespondsEventStream(KpiSchema, 'a KPI whenever one changes')
  stream() {
    return null;
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('schema routes', () => {
  let app: NestFastifyApplication;
  const id = '01a21f4d-0000-7000-8000-000000000001';
  const kpi = { name: '  设备联网率 ', unit: '%', direction: 'higher_is_better', category: 'quality', baseline: 0, target: 1 };

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(ThingsModule, new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ProblemFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  const inject = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.getHttpAdapter().getInstance().inject({ method, url, payload });

  it('hands the handler the parsed values', async () => {
    const res = await inject('POST', `/things/${id}?limit=20`, kpi);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ params: { id }, body: { ...kpi, name: '设备联网率' }, query: { limit: 20 } });
  });

  it('answers bad bodies and queries with 400 problem+json field errors', async () => {
    const body = await inject('POST', `/things/${id}`, { ...kpi, name: 'x'.repeat(250), admin: true });
    expect(body.statusCode).toBe(400);
    expect(body.headers['content-type']).toContain('application/problem+json');
    expect(body.json().errors).toEqual([
      { field: 'name', code: 'maxLength', limit: 200, message: 'name must have at most 200 characters' },
      { field: 'admin', code: 'whitelistValidation', message: 'admin is not a field of this request' },
    ]);
    const query = await inject('POST', `/things/${id}?limit=900&sort=x`, kpi);
    expect(query.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'limit:max',
      'sort:whitelistValidation',
    ]);
  });

  it('answers a malformed id like an unknown one', async () => {
    expect((await inject('GET', '/things/not-a-uuid')).statusCode).toBe(404);
    expect((await inject('GET', `/things/${id}`)).json()).toEqual({ id });
  });

  it('documents params, query, body and response precisely', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const op = doc.paths['/things/{id}'].post as unknown as {
      parameters: Array<{ name: string; in: string; required: boolean; schema: { type: string; format?: string; maximum?: number } }>;
      requestBody: {
        content: Record<
          string,
          { schema: { properties: Record<string, { maxLength?: number; enum?: string[] }>; additionalProperties: boolean } }
        >;
      };
      responses: Record<
        string,
        { content?: Record<string, { schema: { properties: Record<string, { format?: string; nullable?: boolean }> } }> }
      >;
    };
    expect(op.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'id',
          in: 'path',
          required: true,
          schema: expect.objectContaining({ type: 'string', format: 'uuid' }),
        }),
        expect.objectContaining({
          name: 'limit',
          in: 'query',
          required: false,
          schema: expect.objectContaining({ type: 'integer', maximum: 200 }),
        }),
      ]),
    );
    expect(op.parameters.filter((p) => p.name === 'id')).toHaveLength(1);
    const body = op.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.properties['name'].maxLength).toBe(200);
    expect(body.properties['direction'].enum).toEqual(['higher_is_better', 'lower_is_better']);
    const response = op.responses['201'].content?.['application/json'].schema;
    expect(response?.properties['id'].format).toBe('uuid');
    expect(response?.properties['createdAt'].format).toBe('date-time');
    expect(response?.properties['targetDate']).toMatchObject({ format: 'date', nullable: true });
  });

  it("documents an event stream as text/event-stream with the schema of its messages' data", () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const ok = (
      doc.paths['/things/stream/all'].get as unknown as {
        responses: Record<
          string,
          { description: string; content: Record<string, { schema: { properties: Record<string, { format?: string }> } }> }
        >;
      }
    ).responses['200'];
    expect(ok.description).toBe('a KPI whenever one changes');
    expect(Object.keys(ok.content)).toEqual(['text/event-stream']);
    expect(ok.content['text/event-stream'].schema.properties['id'].format).toBe('uuid');
  });
});
