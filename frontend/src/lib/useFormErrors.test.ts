import { describe, expect, it } from 'vitest';
import { runChecks } from './useFormErrors';
import { email, required } from './validation';

describe('runChecks', () => {
  const checks = { name: required('req'), email: email('req', 'bad') };
  it('reports every failing field, missing values as empty', () => {
    expect(runChecks(checks, { email: 'x' })).toEqual({ name: 'req', email: 'bad' });
  });
  it('passes valid values', () => {
    expect(runChecks(checks, { name: 'Ada', email: 'ada@example.org', extra: '' })).toEqual({});
  });
});
