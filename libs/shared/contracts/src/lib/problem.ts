/** One invalid field in a request body or query, as listed in a validation problem. */
export interface FieldError {
  /** Dotted path of the field, e.g. `dueDate` or `items.0.weight`. */
  field: string;
  /** Human message in English; `code` lets a client show its own translation. */
  message: string;
  code: string;
}

/** RFC 9457 problem details, as every API error is sent (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  /** Seconds to wait before retrying (429 and 503); also sent as the Retry-After header. */
  retryAfter?: number;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem `type` URIs used by the API; relative references resolve against the API origin. */
export const ProblemTypes = {
  validation: '/problems/validation',
  notFound: '/problems/not-found',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  conflict: '/problems/conflict',
  tooManyRequests: '/problems/too-many-requests',
  unavailable: '/problems/service-unavailable',
  internal: '/problems/internal',
  http: 'about:blank',
} as const;
