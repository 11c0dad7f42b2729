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

import { all } from './validation';

describe('all', () => {
  it('gives the first failing message', () => {
    const check = all(required('req'), minLength(3, 'empty', 'short'));
    expect(check('')).toBe('req');
    expect(check('ab')).toBe('short');
    expect(check('abc')).toBeNull();
  });
});

import { bothOrNeither } from './validation';

describe('bothOrNeither', () => {
  it('asks for the other field when only one is filled', () => {
    const check = bothOrNeither('target.influence', 'both');
    expect(check('', { 'target.influence': '' })).toBeNull();
    expect(check('5', { 'target.influence': '7' })).toBeNull();
    expect(check('5', { 'target.influence': '' })).toBe('both');
    expect(check('', { 'target.influence': '7' })).toBeNull();
  });
});
