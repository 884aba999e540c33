/** One invalid field in a request body or query, as listed in a validation problem. */
export interface FieldError {
  /** Dotted path of the field, e.g. `dueDate` or `items.0.weight`. */
  field: string;
  /** Human message in English; `code` lets a client show its own translation. */
  message: string;
  /** One of PROBLEM_CODES. */
  code: string;
  /** The bound that was crossed, for `maxLength`, `minLength`, `min`, `max` and `arrayMaxSize`. */
  limit?: number;
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
export const PROBLEM_TYPES = ProblemTypes;

/**
 * The `code` of a field error: the fact the API found, which the web words in the user's language.
 * The server throws these constants; the web maps them to texts. Nothing else is a code.
 */
export const PROBLEM_CODES = {
  // Shape (request schemas)
  required: 'required',
  unknownField: 'whitelistValidation',
  maxLength: 'maxLength',
  minLength: 'minLength',
  min: 'min',
  max: 'max',
  integer: 'isInt',
  number: 'isNumber',
  string: 'isString',
  boolean: 'isBoolean',
  array: 'isArray',
  arrayMaxSize: 'arrayMaxSize',
  oneOf: 'isIn',
  uuid: 'isUuid',
  date: 'isCalendarDate',
  dateTime: 'isDateTime',
  email: 'isEmail',
  invalid: 'invalid',
  cursor: 'cursor',
  // Rules (services)
  unique: 'unique',
  conflict: 'conflict',
  exists: 'exists',
  member: 'member',
  afterStart: 'afterStart',
  future: 'future',
  oneChair: 'oneChair',
  cycle: 'cycle',
  dependency: 'dependency',
  transition: 'transition',
  done: 'done',
  state: 'state',
  /** A setting that belongs to another trigger (an incentive scheme's weight scaling and task filters are task_done's). */
  trigger: 'trigger',
  /** An end date before its start date (an incentive scheme's activeUntil before activeFrom). */
  order: 'order',
  /** A change a scheme with awards may not take (its trigger or unit), or its deletion. */
  hasAwards: 'has_awards',
  /** An option that goes alone ("none") chosen together with another option of its question. */
  exclusiveOption: 'exclusiveOption',
  /** A chosen option the question's own evidence numbers contradict (35 of 100 devices with the 0–10 % option). */
  evidenceMismatch: 'evidenceMismatch',
  wrongPassword: 'wrongPassword',
  commonPassword: 'commonPassword',
  sameAsEmail: 'sameAsEmail',
} as const;
export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];
