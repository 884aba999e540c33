import { HttpException, HttpStatus } from '@nestjs/common';
import { FieldError, Problem, ProblemTypes } from '@xinzhi/shared-contracts';

/** An HTTP error that carries a full problem document. Throw it from services and handlers. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super(problem, problem.status);
  }

  static validation(errors: FieldError[], detail = 'The request has invalid fields.'): ProblemException {
    return new ProblemException({ type: ProblemTypes.validation, title: 'Validation failed', status: 400, detail, errors });
  }

  static notFound(detail = 'The resource does not exist.'): ProblemException {
    return new ProblemException({ type: ProblemTypes.notFound, title: 'Not found', status: 404, detail });
  }

  /** 409 tied to one field (a name already used, the last owner, an unfinished dependency…). */
  static conflict(field: string, detail: string, code = 'unique'): ProblemException {
    return new ProblemException({
      type: ProblemTypes.conflict,
      title: 'Conflict',
      status: 409,
      detail,
      errors: [{ field, code, message: detail }],
    });
  }

  static unavailable(detail: string): ProblemException {
    return new ProblemException({
      type: ProblemTypes.unavailable,
      title: 'Service unavailable',
      status: HttpStatus.SERVICE_UNAVAILABLE,
      detail,
    });
  }
}

/** A PostgreSQL unique violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

const TYPE_BY_STATUS: Record<number, { type: string; title: string }> = {
  400: { type: ProblemTypes.validation, title: 'Bad request' },
  401: { type: ProblemTypes.unauthorized, title: 'Unauthorized' },
  403: { type: ProblemTypes.forbidden, title: 'Forbidden' },
  404: { type: ProblemTypes.notFound, title: 'Not found' },
  409: { type: ProblemTypes.conflict, title: 'Conflict' },
  429: { type: ProblemTypes.tooManyRequests, title: 'Too many requests' },
  503: { type: ProblemTypes.unavailable, title: 'Service unavailable' },
};

/** Turns any thrown value into a problem document; unknown errors become a 500 that hides details. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemException) return error.problem;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const known = TYPE_BY_STATUS[status] ?? { type: ProblemTypes.http, title: HttpStatus[status] ?? 'Error' };
    const body = error.getResponse();
    let detail: string | undefined;
    if (typeof body === 'string') detail = body;
    else if (body && typeof body === 'object' && 'message' in body) {
      const message = (body as { message: unknown }).message;
      detail = Array.isArray(message) ? message.join('; ') : String(message);
    }
    return { type: known.type, title: known.title, status, detail };
  }
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Errors raised by Fastify itself before Nest sees the request (malformed JSON, body too large, wrong content type).
    const known = TYPE_BY_STATUS[status] ?? { type: ProblemTypes.http, title: 'Bad request' };
    return { type: known.type, title: known.title, status, detail: (error as Error).message };
  }
  return {
    type: ProblemTypes.internal,
    title: 'Internal server error',
    status: 500,
    detail: 'An unexpected error occurred. It has been logged.',
  };
}
