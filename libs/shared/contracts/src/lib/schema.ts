import { z } from 'zod';
import { type FieldError, PROBLEM_CODES } from './problem';

/**
 * Building blocks of the request and response schemas. Every request schema is a strict object (an
 * unknown field is refused); the API validates with it and documents it in OpenAPI, and the web
 * forms read their limits from it.
 */

/** An id: a UUID (the API makes UUIDv7s; any version is accepted). */
export const UuidSchema = z.guid();
/** A calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export const CalendarDateSchema = z.iso.date();
/** A moment: ISO 8601 in UTC, as `Date.toISOString()` writes it. */
export const TimestampSchema = z.iso.datetime();
/** A finite number (JSON has no NaN or Infinity, but say it). */
export const FiniteNumberSchema = z.number();

/** A yes/no query parameter: `true` or `false` in the query string, a boolean for the handler. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `:id` of a route. A malformed id names nothing, so the API answers it like an unknown one (404). */
export const IdParamsSchema = z.strictObject({ id: UuidSchema });
export type IdParams = z.infer<typeof IdParamsSchema>;

/** Items per page of a paged list, unless the client asks for fewer or more (up to the maximum). */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** `?limit=&cursor=` of every paged list; limit is capped at PAGE_LIMIT_MAX. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).optional().describe('items per page; 50 unless given'),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});
export type PageQueryParams = z.infer<typeof PageQuerySchema>;

/** `{ items, nextCursor }` of a paged list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });
}

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldErrorOf(issue: Issue, input: unknown): FieldError[] {
  const field = issue.path.map(String).join('.');
  const name = field || 'the request';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        code: PROBLEM_CODES.unknownField,
        message: `${key} is not a field of this request`,
      }));
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return [{ field, code: PROBLEM_CODES.required, message: `${name} is required` }];
      if (issue.expected === 'int' && typeof valueAt(input, issue.path) === 'number')
        return [{ field, code: PROBLEM_CODES.integer, message: `${name} must be a whole number` }];
      if (issue.expected === 'number' || issue.expected === 'int')
        return [{ field, code: PROBLEM_CODES.number, message: `${name} must be a number` }];
      if (issue.expected === 'string') return [{ field, code: PROBLEM_CODES.string, message: `${name} must be a string` }];
      if (issue.expected === 'boolean') return [{ field, code: PROBLEM_CODES.boolean, message: `${name} must be true or false` }];
      if (issue.expected === 'array') return [{ field, code: PROBLEM_CODES.array, message: `${name} must be a list` }];
      return [
        {
          field,
          code: PROBLEM_CODES.invalid,
          message: `${name} must be ${issue.expected === 'object' ? 'an object' : `of type ${issue.expected}`}`,
        },
      ];
    case 'invalid_value':
      return [{ field, code: PROBLEM_CODES.oneOf, message: `${name} must be one of: ${issue.values.map(String).join(', ')}` }];
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string')
        return [{ field, code: PROBLEM_CODES.maxLength, limit, message: `${name} must have at most ${limit} characters` }];
      if (issue.origin === 'array')
        return [{ field, code: PROBLEM_CODES.arrayMaxSize, limit, message: `${name} must have at most ${limit} entries` }];
      return [{ field, code: PROBLEM_CODES.max, limit, message: `${name} must be at most ${limit}` }];
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') {
        return limit <= 1
          ? [{ field, code: PROBLEM_CODES.required, message: `${name} must not be empty` }]
          : [{ field, code: PROBLEM_CODES.minLength, limit, message: `${name} must have at least ${limit} characters` }];
      }
      return [{ field, code: PROBLEM_CODES.min, limit, message: `${name} must be at least ${limit}` }];
    }
    case 'not_multiple_of': {
      const step = Number(issue.divisor);
      if (Number.isInteger(step)) return [{ field, code: PROBLEM_CODES.integer, message: `${name} must be a whole number` }];
      const decimals = (String(step).split('.')[1] ?? '').length;
      return [{ field, code: PROBLEM_CODES.number, message: `${name} must be a number with at most ${decimals} decimals` }];
    }
    case 'invalid_format':
      if (issue.format === 'guid' || issue.format === 'uuid')
        return [{ field, code: PROBLEM_CODES.uuid, message: `${name} must be a UUID` }];
      if (issue.format === 'date') return [{ field, code: PROBLEM_CODES.date, message: `${name} must be a date written YYYY-MM-DD` }];
      if (issue.format === 'datetime')
        return [{ field, code: PROBLEM_CODES.dateTime, message: `${name} must be a time written in ISO 8601 (UTC)` }];
      if (issue.format === 'email') return [{ field, code: PROBLEM_CODES.email, message: `${name} must be an email address` }];
      return [{ field, code: PROBLEM_CODES.invalid, message: `${name} has the wrong format` }];
    case 'custom':
      return [{ field, code: (issue.params?.['code'] as string | undefined) ?? PROBLEM_CODES.invalid, message: issue.message }];
    default:
      return [{ field, code: PROBLEM_CODES.invalid, message: `${name} is not valid` }];
  }
}

/**
 * The field errors of a failed parse, as the API sends them in a validation problem: a dotted path,
 * a code from PROBLEM_CODES, the bound where there is one, and a plain English message.
 */
export function fieldErrorsOf(error: z.ZodError, input: unknown): FieldError[] {
  return error.issues.flatMap((issue) => fieldErrorOf(issue, input));
}
