/**
 * RFC 9457 problem details as the back end sends them, and the mapping from
 * a problem to the messages a form shows: one per field, plus a general one.
 */
export interface ProblemFieldError {
  field: string;
  /** Why, in English: shown only when there is no translation for the code. */
  reason: string;
  /** Machine-readable reason (pydantic's error type, or ours such as `duplicate`). */
  code?: string;
  /** The limits behind the code, e.g. `{min_length: 10}` or `{le: 10}`. */
  context?: Record<string, string | number | boolean>;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

/** The error every generated-client call throws (see api/setup.ts). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever body an error response had into a Problem (or null). */
export function parseProblem(body: unknown): Problem | null {
  if (!isRecord(body)) return null;
  const problem: Problem = {};
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.status === 'number') problem.status = body.status;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.instance === 'string') problem.instance = body.instance;
  const errors: ProblemFieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const item of body.errors) {
      if (isRecord(item) && typeof item.field === 'string' && typeof item.reason === 'string') {
        const error: ProblemFieldError = { field: item.field, reason: item.reason };
        if (typeof item.code === 'string') error.code = item.code;
        const context = plainContext(item.context);
        if (context) error.context = context;
        errors.push(error);
      }
    }
  }
  // FastAPI's own validation error shape: {detail: [{loc: [...], msg}]}
  if (Array.isArray(body.detail)) {
    for (const item of body.detail) {
      if (isRecord(item) && Array.isArray(item.loc) && typeof item.msg === 'string') {
        const error: ProblemFieldError = { field: item.loc.map(String).join('.'), reason: item.msg };
        if (typeof item.type === 'string') error.code = item.type;
        const context = plainContext(item.ctx);
        if (context) error.context = context;
        errors.push(error);
      }
    }
  }
  if (errors.length > 0) problem.errors = errors;
  return problem;
}

function plainContext(value: unknown): Record<string, string | number | boolean> | undefined {
  if (!isRecord(value)) return undefined;
  const context: Record<string, string | number | boolean> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') context[key] = item;
  }
  return Object.keys(context).length > 0 ? context : undefined;
}

/** Parses a Retry-After header given in seconds (HTTP dates are ignored). */
export function parseRetryAfter(header: string | null | undefined): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/**
 * Turns `body.email`, `body.profile.name` or `email` into the form field name
 * (`email`, `profile.name`). Locations outside the body (query, path, header)
 * cannot be fixed in a form and give null.
 */
export function fieldNameOf(location: string): string | null {
  const parts = location.split('.').filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const [first, ...rest] = parts;
  if (first === 'body') return rest.length > 0 ? rest.join('.') : null;
  if (first === 'query' || first === 'path' || first === 'header' || first === 'cookie') return null;
  return parts.join('.');
}

export interface FormErrors {
  /** Messages per form field name, to show next to the fields. */
  fields: Record<string, string>;
  /** A message for the whole form, or null. */
  general: string | null;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

function numberIn(context: ProblemFieldError['context'], key: string): number | null {
  const value = context?.[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/**
 * The message for one field error in the user's language, from its code and
 * context; the server's English reason only where no code says more (a
 * `value_error` or `invalid` of our own rules, or a code we do not know).
 */
export function fieldMessage(error: ProblemFieldError, t: Translate): string {
  const context = error.context;
  const name = error.field.split('.').pop() ?? '';
  switch (error.code) {
    case 'missing':
    // A PATCH that empties a field that must keep a value (core/patching.py).
    case 'not_nullable':
      return t('errors.required');
    case 'string_too_short': {
      const min = numberIn(context, 'min_length');
      return min === null || min <= 1 ? t('errors.required') : t('errors.tooShort', { min });
    }
    case 'string_too_long': {
      const max = numberIn(context, 'max_length');
      return max === null ? error.reason : t('errors.tooLong', { max });
    }
    case 'less_than_equal':
    case 'less_than': {
      const max = numberIn(context, error.code === 'less_than' ? 'lt' : 'le');
      if (max === null) return error.reason;
      return t(error.code === 'less_than' ? 'errors.lessThan' : 'errors.atMost', { max });
    }
    case 'greater_than_equal':
    case 'greater_than': {
      const min = numberIn(context, error.code === 'greater_than' ? 'gt' : 'ge');
      if (min === null) return error.reason;
      return t(error.code === 'greater_than' ? 'errors.greaterThan' : 'errors.atLeast', { min });
    }
    case 'float_parsing':
    case 'float_type':
    case 'int_parsing':
    case 'int_type':
      return t('errors.number');
    case 'enum':
    case 'literal_error':
      return t('errors.choice');
    case 'duplicate':
      return t('errors.duplicate');
    case 'no_goal':
      return t('errors.noGoal');
    case 'value_error':
      // pydantic's e-mail check is a value_error; other value errors are rules of ours.
      return name === 'email' || name === 'username' ? t('errors.email') : error.reason;
    case 'invalid':
      return error.reason;
    default:
      return error.reason;
  }
}

/** The general message for an error that no field can carry. */
export function generalMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.status === 429) {
      return error.retryAfterSeconds !== null
        ? t('errors.tooManyRetry', { seconds: error.retryAfterSeconds })
        : t('errors.tooMany');
    }
    if (error.status >= 500) return t('errors.server');
    if (error.status === 410) return t('errors.gone');
    const text = error.problem?.detail ?? error.problem?.title;
    if (text) return text;
    if (error.status === 401) return t('errors.unauthorised');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    return t('errors.unknown');
  }
  return t('errors.unknown');
}

/**
 * Splits an error into messages for the fields the form has and one general
 * message. Field errors for fields that the form does not show end up in the
 * general message, so nothing the server said is lost.
 */
export function formErrors(error: unknown, knownFields: readonly string[], t: Translate): FormErrors {
  if (error === null || error === undefined) return { fields: {}, general: null };
  const fields: Record<string, string> = {};
  const leftovers: string[] = [];
  const problem = error instanceof ApiError ? error.problem : null;
  for (const item of problem?.errors ?? []) {
    const name = fieldNameOf(item.field);
    const message = fieldMessage(item, t);
    if (name !== null && knownFields.includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    } else {
      leftovers.push(message);
    }
  }
  let general: string | null = null;
  if (leftovers.length > 0) {
    general = leftovers.join(' ');
  } else if (Object.keys(fields).length === 0) {
    general = generalMessage(error, t);
  }
  return { fields, general };
}
