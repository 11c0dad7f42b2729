import { describe, expect, it } from 'vitest';
import { ApiError, fieldNameOf, formErrors, parseProblem, parseRetryAfter } from './problem';

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key}:${JSON.stringify(options)}` : key;

describe('parseProblem', () => {
  it('reads an RFC 9457 problem with field errors', () => {
    const problem = parseProblem({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: 'Invalid input',
      errors: [{ field: 'body.email', reason: 'not an e-mail address' }, { bad: 1 }],
    });
    expect(problem).toEqual({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: 'Invalid input',
      errors: [{ field: 'body.email', reason: 'not an e-mail address' }],
    });
  });

  it('reads FastAPI default validation errors', () => {
    const problem = parseProblem({ detail: [{ loc: ['body', 'password'], msg: 'too short', type: 'x' }] });
    expect(problem?.errors).toEqual([{ field: 'body.password', reason: 'too short' }]);
  });

  it('gives null for a body that is not an object', () => {
    expect(parseProblem('Internal Server Error')).toBeNull();
    expect(parseProblem(null)).toBeNull();
  });
});

describe('fieldNameOf', () => {
  it('strips the body location', () => {
    expect(fieldNameOf('body.email')).toBe('email');
    expect(fieldNameOf('body.profile.name')).toBe('profile.name');
    expect(fieldNameOf('name')).toBe('name');
  });
  it('refuses locations a form cannot fix', () => {
    expect(fieldNameOf('query.limit')).toBeNull();
    expect(fieldNameOf('path.coalition_id')).toBeNull();
    expect(fieldNameOf('body')).toBeNull();
    expect(fieldNameOf('')).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(' 2.5 ')).toBe(3);
  });
  it('ignores dates and junk', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('-1')).toBeNull();
  });
});

describe('formErrors', () => {
  it('puts field errors next to the known fields', () => {
    const error = new ApiError(422, {
      status: 422,
      title: 'Invalid',
      errors: [
        { field: 'body.email', reason: 'taken' },
        { field: 'body.password', reason: 'short' },
        { field: 'body.password', reason: 'common' },
      ],
    });
    expect(formErrors(error, ['email', 'password', 'name'], t)).toEqual({
      fields: { email: 'taken', password: 'short common' },
      general: null,
    });
  });

  it('moves errors for unknown fields to the general message', () => {
    const error = new ApiError(422, { errors: [{ field: 'query.limit', reason: 'too big' }, { field: 'body.email', reason: 'bad' }] });
    expect(formErrors(error, ['email'], t)).toEqual({ fields: { email: 'bad' }, general: 'too big' });
  });

  it('uses the problem detail when there are no field errors', () => {
    const error = new ApiError(409, { status: 409, title: 'Conflict', detail: 'This e-mail address is already registered.' });
    expect(formErrors(error, ['email'], t)).toEqual({ fields: {}, general: 'This e-mail address is already registered.' });
  });

  it('explains rate limiting with the wait time', () => {
    const error = new ApiError(429, { status: 429, title: 'Too Many Requests' }, 60);
    expect(formErrors(error, [], t).general).toBe('errors.tooManyRetry:{"seconds":60}');
  });

  it('hides server internals and network failures behind translated messages', () => {
    expect(formErrors(new ApiError(500, { detail: 'Traceback…' }), [], t).general).toBe('errors.server');
    expect(formErrors(new ApiError(0, null), [], t).general).toBe('errors.network');
    expect(formErrors(new TypeError('x'), [], t).general).toBe('errors.unknown');
  });

  it('gives nothing for no error', () => {
    expect(formErrors(null, ['email'], t)).toEqual({ fields: {}, general: null });
  });
});
