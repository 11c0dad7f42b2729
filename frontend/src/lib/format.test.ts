import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('format', () => {
  it('formats dates in Dutch and English', () => {
    expect(formatDate('2025-03-05T10:00:00Z', 'nl')).toBe('5 maart 2025');
    expect(formatDate('2025-03-05T10:00:00Z', 'en')).toBe('5 March 2025');
  });
  it('leaves an unreadable date as it is', () => expect(formatDate('nope', 'nl')).toBe('nope'));
  it('groups numbers per locale', () => {
    expect(formatNumber(12345.5, 'nl')).toBe('12.345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });
});
