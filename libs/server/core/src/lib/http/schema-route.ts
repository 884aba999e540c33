import { Body, Param, PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { fieldErrorsOf } from '@xinzhi/shared-contracts';
import { z } from 'zod';
import { ProblemException } from '../errors/problem';

/**
 * Request validation and OpenAPI from the contracts' zod schemas — the one way a route declares its
 * shapes. `@ValidParams(schema)`, `@ValidQuery(schema)` and `@ValidBody(schema)` on a handler's
 * parameters parse the input (the handler receives the parsed, typed value) and document it;
 * `@Responds(schema)` on the handler documents the success response.
 *
 * Bad input answers 400 problem+json with field errors (`fieldErrorsOf`); a malformed path
 * parameter names nothing, so it answers 404 like an unknown id.
 */

type Where = 'params' | 'query' | 'body';

/** The OpenAPI 3.0 schema of a zod schema: what a client sends (`input`) or receives (`output`). */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json['$schema'];
  return json as SchemaObject;
}

export class SchemaPipe implements PipeTransform {
  constructor(
    private readonly schema: z.ZodType,
    private readonly where: Where,
  ) {}

  transform(value: unknown): unknown {
    const input = this.where === 'body' ? value : { ...((value as object | undefined) ?? {}) };
    const result = this.schema.safeParse(input);
    if (result.success) return result.data;
    if (this.where === 'params') throw ProblemException.notFound();
    throw ProblemException.validation(fieldErrorsOf(result.error, input));
  }
}

function describe(target: object, key: string | symbol | undefined, apply: MethodDecorator): void {
  if (key === undefined) throw new Error('schema decorators belong on handler parameters');
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) throw new Error(`no handler ${String(key)}`);
  apply(target, key, descriptor);
}

function fieldsOf(schema: z.ZodObject): Array<[string, z.ZodType]> {
  return Object.entries(schema.shape) as Array<[string, z.ZodType]>;
}

/** Path parameters, e.g. `@ValidParams(IdParamsSchema) { id }: IdParams`. */
export function ValidParams(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Param(new SchemaPipe(schema, 'params'))(target, key, index);
    for (const [name, field] of fieldsOf(schema)) {
      describe(target, key, ApiParam({ name, required: true, schema: openApiSchema(field, 'input'), description: field.description }));
    }
  };
}

/** The query string, e.g. `@ValidQuery(PageQuerySchema) query: PageQueryParams`. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new SchemaPipe(schema, 'query'))(target, key, index);
    for (const [name, field] of fieldsOf(schema)) {
      const required = !field.safeParse(undefined).success;
      describe(target, key, ApiQuery({ name, required, schema: openApiSchema(field, 'input'), description: field.description }));
    }
  };
}

/** The JSON body, e.g. `@ValidBody(CreateKpiRequestSchema) body: CreateKpiRequest`. */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Body(new SchemaPipe(schema, 'body'))(target, key, index);
    describe(target, key, ApiBody({ required: true, schema: openApiSchema(schema, 'input') }));
  };
}

/**
 * A response: its status (200 unless given) and the schema of its body. A route that answers a
 * non-success status with a body of its own shape (e.g. `/api/health`'s 503) declares that too,
 * with a description saying when.
 */
export function Responds(schema: z.ZodType, status = 200, description = 'Success'): MethodDecorator {
  return ApiResponse({ status, description, schema: openApiSchema(schema, 'output') });
}

/**
 * A stream of server-sent events (`text/event-stream`, status 200): `schema` is the shape of each
 * message's JSON `data`; `description` names the messages and when the stream ends.
 */
export function RespondsEventStream(schema: z.ZodType, description: string): MethodDecorator {
  return ApiResponse({ status: 200, description, content: { 'text/event-stream': { schema: openApiSchema(schema, 'output') } } });
}

/** A success without a body (204). */
export function RespondsNoContent(): MethodDecorator {
  return ApiResponse({ status: 204, description: 'Done; no content' });
}

/** A file download (status 200): the body is the bytes of `mediaType`; `description` says what the file holds. */
export function RespondsFile(mediaType: string, description: string): MethodDecorator {
  return ApiResponse({ status: 200, description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });
}
