/**
 * RFC 9457 problem details as the back end sends them, and the mapping from
 * a problem to the messages a form shows: one per field, plus a general one.
 */
export interface ProblemFieldError {
  field: string;
  reason: string;
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
        errors.push({ field: item.field, reason: item.reason });
      }
    }
  }
  // FastAPI's own validation error shape: {detail: [{loc: [...], msg}]}
  if (Array.isArray(body.detail)) {
    for (const item of body.detail) {
      if (isRecord(item) && Array.isArray(item.loc) && typeof item.msg === 'string') {
        errors.push({ field: item.loc.map(String).join('.'), reason: item.msg });
      }
    }
  }
  if (errors.length > 0) problem.errors = errors;
  return problem;
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
    if (name !== null && knownFields.includes(name)) {
      fields[name] = fields[name] ? `${fields[name]} ${item.reason}` : item.reason;
    } else {
      leftovers.push(item.reason);
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
