import { describe, expect, it } from 'vitest';
import { ApiError, fieldMessage, fieldNameOf, formErrors, parseProblem, parseRetryAfter } from './problem';

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
    expect(problem?.errors).toEqual([{ field: 'body.password', reason: 'too short', code: 'x' }]);
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

describe('field errors with a code', () => {
  it('keeps the code and the plain context', () => {
    const problem = parseProblem({
      errors: [
        { field: 'body.password', reason: 'String should have at least 10 characters', code: 'string_too_short', context: { min_length: 10, nested: { x: 1 } } },
        { field: 'body.name', reason: 'Field required', code: 'missing', context: null },
      ],
    });
    expect(problem?.errors).toEqual([
      { field: 'body.password', reason: 'String should have at least 10 characters', code: 'string_too_short', context: { min_length: 10 } },
      { field: 'body.name', reason: 'Field required', code: 'missing' },
    ]);
  });

  it('reads the type and ctx of FastAPI default validation errors', () => {
    const problem = parseProblem({ detail: [{ loc: ['body', 'influence'], msg: 'too big', type: 'less_than_equal', ctx: { le: 10 } }] });
    expect(problem?.errors).toEqual([{ field: 'body.influence', reason: 'too big', code: 'less_than_equal', context: { le: 10 } }]);
  });

  const field = (code: string | undefined, context?: Record<string, string | number | boolean>, name = 'body.name') => ({
    field: name,
    reason: 'English reason',
    ...(code ? { code } : {}),
    ...(context ? { context } : {}),
  });

  it('translates the common codes with their limits', () => {
    expect(fieldMessage(field('missing'), t)).toBe('errors.required');
    expect(fieldMessage(field('not_nullable'), t)).toBe('errors.required');
    expect(fieldMessage(field('string_too_short', { min_length: 1 }), t)).toBe('errors.required');
    expect(fieldMessage(field('string_too_short', { min_length: 10 }), t)).toBe('errors.tooShort:{"min":10}');
    expect(fieldMessage(field('string_too_long', { max_length: 200 }), t)).toBe('errors.tooLong:{"max":200}');
    expect(fieldMessage(field('less_than_equal', { le: 10 }), t)).toBe('errors.atMost:{"max":10}');
    expect(fieldMessage(field('less_than', { lt: '5.5' }), t)).toBe('errors.lessThan:{"max":5.5}');
    expect(fieldMessage(field('greater_than_equal', { ge: 0 }), t)).toBe('errors.atLeast:{"min":0}');
    expect(fieldMessage(field('greater_than', { gt: 0 }), t)).toBe('errors.greaterThan:{"min":0}');
    expect(fieldMessage(field('enum', { expected: "'current' or 'potential'" }), t)).toBe('errors.choice');
    expect(fieldMessage(field('duplicate'), t)).toBe('errors.duplicate');
    expect(fieldMessage(field('no_goal'), t)).toBe('errors.noGoal');
    expect(fieldMessage(field('float_parsing'), t)).toBe('errors.number');
  });

  it('says what is wrong with an e-mail address in the user language', () => {
    expect(fieldMessage(field('value_error', undefined, 'body.email'), t)).toBe('errors.email');
    expect(fieldMessage(field('value_error', undefined, 'body.username'), t)).toBe('errors.email');
  });

  it("falls back to the server's reason for rules of its own and codes it does not know", () => {
    expect(fieldMessage(field('value_error'), t)).toBe('English reason');
    expect(fieldMessage(field('invalid', undefined, 'body.email'), t)).toBe('English reason');
    expect(fieldMessage(field('something_new'), t)).toBe('English reason');
    expect(fieldMessage(field(undefined), t)).toBe('English reason');
    // A limit code without its limit cannot be said better than the server said it.
    expect(fieldMessage(field('string_too_long'), t)).toBe('English reason');
    expect(fieldMessage(field('less_than_equal', { le: 'ten' }), t)).toBe('English reason');
  });

  it('puts translated messages next to the fields and in the general message', () => {
    const error = new ApiError(422, {
      errors: [
        { field: 'body.influence', reason: 'Input should be less than or equal to 10', code: 'less_than_equal', context: { le: 10 } },
        { field: 'body.target.dependency', reason: 'Field required', code: 'missing' },
      ],
    });
    expect(formErrors(error, ['influence'], t)).toEqual({
      fields: { influence: 'errors.atMost:{"max":10}' },
      general: 'errors.required',
    });
  });
});
