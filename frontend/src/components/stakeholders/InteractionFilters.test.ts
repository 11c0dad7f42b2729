import { describe, expect, it } from 'vitest';
import { isFiltering, NO_INTERACTION_FILTER, periodBackwards } from './InteractionFilters';

describe('interaction filters', () => {
  it('filters once any of kind, start or end is set', () => {
    expect(isFiltering(NO_INTERACTION_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_INTERACTION_FILTER, type: 'call' })).toBe(true);
    expect(isFiltering({ ...NO_INTERACTION_FILTER, from: '2026-11-01' })).toBe(true);
    expect(isFiltering({ ...NO_INTERACTION_FILTER, to: '2026-11-30' })).toBe(true);
  });

  it('calls a period backwards only when its end comes before its start', () => {
    expect(periodBackwards({ type: null, from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(periodBackwards({ type: null, from: '2026-11-01', to: '2026-11-01' })).toBe(false);
    expect(periodBackwards({ type: null, from: '2026-09-30', to: '2026-10-01' })).toBe(false);
    expect(periodBackwards({ type: null, from: '2026-11-01', to: '' })).toBe(false);
    expect(periodBackwards({ type: null, from: '', to: '2026-11-01' })).toBe(false);
  });
});
