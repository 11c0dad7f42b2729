import { describe, expect, it } from 'vitest';
import { answerFrom, defaultsFrom, gapBefore, isoDay } from './tob3';

describe('answerFrom', () => {
  it('keeps the filled worries with their rank and trims', () => {
    expect(
      answerFrom({
        on_behalf_of: ' Bakkerij ',
        'worries.0.text': ' Leegstand ',
        'worries.0.topic': 'Winkels',
        'worries.1.text': '',
        'worries.2.text': '',
      }),
    ).toEqual({ on_behalf_of: 'Bakkerij', worries: [{ rank: 1, text: 'Leegstand', topic: 'Winkels' }] });
  });
});

describe('gapBefore', () => {
  it('flags an empty rank before a filled one', () => {
    const values = { 'worries.0.text': 'a', 'worries.1.text': '', 'worries.2.text': 'c' };
    expect(gapBefore(2, values)).toBe(true);
    expect(gapBefore(1, values)).toBe(false);
    expect(gapBefore(3, values)).toBe(false);
  });
});

describe('defaultsFrom', () => {
  it('fills the fields from a saved answer', () => {
    const defaults = defaultsFrom({
      id: 'a',
      round_id: 'r',
      user: { id: 'u', name: 'U' },
      on_behalf_of: 'X',
      worries: [{ id: 'w', rank: 2, text: 'Parkeren', topic: 'Bereikbaarheid', issue_id: null }],
      created_at: '',
      updated_at: '',
    });
    expect(defaults['worries.1.text']).toBe('Parkeren');
    expect(defaults['worries.1.topic']).toBe('Bereikbaarheid');
    expect(defaults.on_behalf_of).toBe('X');
  });
});

describe('isoDay', () => {
  it('formats a local day', () => {
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
