import { describe, expect, it } from 'vitest';
import { forgetSelections, pickCurrent, rememberId, rememberedId, safeNextPath } from './selection';
import { memoryStorage } from './storage';

const items = [{ id: 'a' }, { id: 'b' }];

describe('pickCurrent', () => {
  it('keeps the remembered item', () => expect(pickCurrent(items, 'b')).toEqual({ id: 'b' }));
  it('falls back to the first when the remembered one is gone', () => expect(pickCurrent(items, 'z')).toEqual({ id: 'a' }));
  it('gives null for an empty list', () => expect(pickCurrent([], 'a')).toBeNull());
});

describe('remembered selection', () => {
  it('round-trips and is forgotten on logout', () => {
    const storage = memoryStorage();
    rememberId(storage, 'organisation', 'o1');
    rememberId(storage, 'coalition', 'c1');
    expect(rememberedId(storage, 'organisation')).toBe('o1');
    expect(rememberedId(storage, 'coalition')).toBe('c1');
    forgetSelections(storage);
    expect(rememberedId(storage, 'organisation')).toBeNull();
  });
});

describe('safeNextPath', () => {
  it('accepts local paths', () => expect(safeNextPath('/join/abc')).toBe('/join/abc'));
  it('refuses other origins', () => {
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
