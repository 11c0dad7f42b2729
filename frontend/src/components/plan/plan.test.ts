import { describe, expect, it } from 'vitest';
import { formatEuros, parseWhole, percent } from './plan';

describe('percent', () => {
  it('rounds and clamps', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(5, 0)).toBe(0);
    expect(percent(7, 5)).toBe(100);
  });
});

describe('parseWhole', () => {
  it('reads amounts with thousands separators', () => {
    expect(parseWhole('1.500')).toBe(1500);
    expect(parseWhole('1,500')).toBe(1500);
    expect(parseWhole('€ 2.000.000')).toBe(2_000_000);
    expect(parseWhole('60000')).toBe(60000);
  });
  it('tells empty from wrong', () => {
    expect(parseWhole('  ')).toBeNull();
    expect(parseWhole('12,5')).toBeUndefined();
    expect(parseWhole('veel')).toBeUndefined();
  });
});

describe('formatEuros', () => {
  it('formats whole euros in the locale', () => {
    expect(formatEuros(1500, 'nl-NL')).toMatch(/€\s?1\.500/);
    expect(formatEuros(1500, 'en-GB')).toBe('€1,500');
  });
});
