import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_LINE, movementOf, quadrantOf, requiredInfluence, roundPrecise, sameLine, summarise } from './matrix';

// The same examples as the back end's tests (tests/backend/partners/test_matrix.py).
describe('assess, with the default line (base 3, slope 0.5, midpoint 5)', () => {
  it('a school board X (influence 4, dependency 8) is 3 short: invest', () => {
    const outcome = assess(DEFAULT_LINE, { influence: 4, dependency: 8 });
    expect(outcome).toEqual({
      required_influence: 7,
      gap: 3,
      sufficient: false,
      quadrant: 'high_dependency_low_influence',
      strategy: 'invest',
      movement: null,
    });
  });
  it('the library Z (9, 8) is sufficient and hard to replace: secure', () => {
    const outcome = assess(DEFAULT_LINE, { influence: 9, dependency: 8 });
    expect(outcome.gap).toBe(-2);
    expect(outcome.sufficient).toBe(true);
    expect(outcome.quadrant).toBe('high_dependency_high_influence');
    expect(outcome.strategy).toBe('secure');
  });
  it('(6, 2) is sufficient and replaceable: maintain', () => {
    const outcome = assess(DEFAULT_LINE, { influence: 6, dependency: 2 });
    expect(outcome).toMatchObject({ required_influence: 4, gap: -2, sufficient: true, strategy: 'maintain', quadrant: 'low_dependency_high_influence' });
  });
  it('(2, 3) is short and replaceable: reconsider', () => {
    const outcome = assess(DEFAULT_LINE, { influence: 2, dependency: 3 });
    expect(outcome).toMatchObject({ required_influence: 4.5, gap: 2.5, sufficient: false, strategy: 'reconsider', quadrant: 'low_dependency_low_influence' });
  });
  it('on the line is sufficient', () => {
    expect(assess(DEFAULT_LINE, { influence: 5, dependency: 4 })).toMatchObject({ gap: 0, sufficient: true });
    // Float noise does not flip it: 3 + 0.5·0.1 = 3.05 exactly after rounding.
    expect(assess(DEFAULT_LINE, { influence: 3.05, dependency: 0.1 }).sufficient).toBe(true);
    expect(assess({ base: 0.1, slope: 0.2, midpoint: 5 }, { influence: 0.7, dependency: 3 }).sufficient).toBe(true);
  });
  it('the midpoint counts as high on both axes', () => {
    expect(quadrantOf({ influence: 5, dependency: 5 }, 5)).toBe('high_dependency_high_influence');
    expect(quadrantOf({ influence: 4.99, dependency: 5 }, 5)).toBe('high_dependency_low_influence');
    expect(assess(DEFAULT_LINE, { influence: 9, dependency: 5 }).strategy).toBe('secure');
    expect(assess(DEFAULT_LINE, { influence: 1, dependency: 5 }).strategy).toBe('invest');
    expect(assess(DEFAULT_LINE, { influence: 9, dependency: 4.5 }).strategy).toBe('maintain');
  });
  it('a different line changes the outcome', () => {
    const stricter = { base: 5, slope: 0.5, midpoint: 5 };
    expect(assess(DEFAULT_LINE, { influence: 6, dependency: 2 }).sufficient).toBe(true);
    expect(assess(stricter, { influence: 5.5, dependency: 2 })).toMatchObject({ gap: 0.5, sufficient: false, strategy: 'reconsider' });
    expect(requiredInfluence({ base: 3, slope: 0.6, midpoint: 5 }, 8)).toBe(7.8);
  });
});

describe('movementOf', () => {
  it('names the direction to the target', () => {
    const here = { influence: 4, dependency: 8 };
    expect(movementOf(here, null)).toBeNull();
    expect(movementOf(here, { influence: 7, dependency: 8 })).toBe('up');
    expect(movementOf(here, { influence: 7, dependency: 6 })).toBe('up_left');
    expect(movementOf(here, { influence: 2, dependency: 9 })).toBe('down_right');
    expect(movementOf(here, { influence: 4, dependency: 5 })).toBe('left');
  });
  it('stays when both changes are below 0.5', () => {
    expect(movementOf({ influence: 4, dependency: 8 }, { influence: 4.4, dependency: 7.6 })).toBe('stay');
    expect(movementOf({ influence: 4, dependency: 8 }, { influence: 4.5, dependency: 8 })).toBe('up');
  });
});

describe('summarise', () => {
  it('counts, and lists the short partners by gap times dependency', () => {
    const points = [
      { id: 'school', influence: 4, dependency: 8 },
      { id: 'library', influence: 9, dependency: 8 },
      { id: 'club', influence: 2, dependency: 3 },
      { id: 'shop', influence: 6, dependency: 2 },
    ];
    const summary = summarise(points.map((p) => ({ id: p.id, dependency: p.dependency, outcome: assess(DEFAULT_LINE, p) })));
    expect(summary.count).toBe(4);
    expect(summary.sufficient).toBe(2);
    expect(summary.share_sufficient).toBe(0.5);
    expect(summary.by_strategy).toEqual({ secure: 1, maintain: 1, invest: 1, reconsider: 1 });
    expect(summary.attention.map((a) => a.id)).toEqual(['school', 'club']);
    expect(summary.attention[0]).toEqual({ id: 'school', gap: 3, dependency: 8, score: 24 });
  });
  it('is empty for no partners', () => {
    expect(summarise([])).toMatchObject({ count: 0, sufficient: 0, share_sufficient: 0, attention: [] });
  });
});

describe('helpers', () => {
  it('rounds without -0 and compares lines', () => {
    expect(Object.is(roundPrecise(-0.0000000000001), 0)).toBe(true);
    expect(roundPrecise(3 + 0.5 * 0.1)).toBe(3.05);
    expect(sameLine(DEFAULT_LINE, { base: 3, slope: 0.5, midpoint: 5 })).toBe(true);
    expect(sameLine(DEFAULT_LINE, { base: 3, slope: 0.6, midpoint: 5 })).toBe(false);
  });
});
