import { describe, expect, it } from 'vitest';
import { pointsOf, statusTone } from './labels';

describe('pointsOf', () => {
  it('keeps one trimmed point per non-empty line', () => {
    expect(pointsOf('  Draagvlak \n\n- Traag\r\n')).toEqual(['Draagvlak', '- Traag']);
  });
  it('gives no points for blank text', () => {
    expect(pointsOf('  \n ')).toEqual([]);
  });
});

describe('statusTone', () => {
  it('marks a signed agreement as a success', () => {
    expect(statusTone('signed')).toBe('success');
    expect(statusTone('out_for_signature')).toBe('accent');
    expect(statusTone('draft')).toBe('neutral');
  });
});
