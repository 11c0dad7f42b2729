import { describe, expect, it } from 'vitest';
import { email, minLength, required } from './validation';

describe('validation', () => {
  it('required trims', () => {
    expect(required('req')('  ')).toBe('req');
    expect(required('req')(' a ')).toBeNull();
  });
  it('email follows the browser pattern', () => {
    const check = email('req', 'bad');
    expect(check('')).toBe('req');
    expect(check('naam@gemeente.nl')).toBeNull();
    expect(check('naam@gemeente')).toBeNull();
    expect(check('naam@')).toBe('bad');
    expect(check('geen e-mail')).toBe('bad');
  });
  it('password length counts characters, not UTF-16 units', () => {
    const check = minLength(10, 'req', 'short');
    expect(check('')).toBe('req');
    expect(check('123456789')).toBe('short');
    expect(check('1234567890')).toBeNull();
    expect(check('😀😀😀😀😀')).toBe('short');
  });
});

import { all, maxChars } from './validation';

describe('maxChars and all', () => {
  it('counts trimmed characters', () => {
    expect(maxChars(3, 'long')('abc')).toBeNull();
    expect(maxChars(3, 'long')(' abc ')).toBeNull();
    expect(maxChars(3, 'long')('abcd')).toBe('long');
  });
  it('gives the first failing message', () => {
    const check = all(required('req'), maxChars(2, 'long'));
    expect(check('')).toBe('req');
    expect(check('abc')).toBe('long');
    expect(check('ab')).toBeNull();
  });
});
