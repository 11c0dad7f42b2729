import { describe, expect, it } from 'vitest';
import { INBOX, outcomeText, parseTags, signalQuery } from './signals';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('signalQuery', () => {
  it('sends only the filters that are set', () => {
    expect(signalQuery(INBOX)).toEqual({ status: 'new' });
    expect(signalQuery({ q: '  parkeren ', status: null, source: 'newspaper', side: 'outside' })).toEqual({
      q: 'parkeren',
      source_type: 'newspaper',
      side: 'outside',
    });
  });
});

describe('parseTags', () => {
  it('trims, lower-cases and drops empties and repeats', () => {
    expect(parseTags(' Leegstand, ,parkeren,LEEGSTAND ')).toEqual(['leegstand', 'parkeren']);
  });
});

describe('outcomeText', () => {
  it('counts when the fetch worked and names the reason when not', () => {
    expect(outcomeText(null, t)).toBe('signals.neverFetched');
    expect(outcomeText({ outcome: 'ok', items_new: 2, items_duplicate: 5, http_status: 200 }, t)).toBe(
      'signals.outcomes.ok {"new":2,"duplicate":5}',
    );
    expect(outcomeText({ outcome: 'http_error', items_new: 0, items_duplicate: 0, http_status: 404 }, t)).toBe(
      'signals.outcomes.http_error (HTTP 404)',
    );
  });
});
