import { describe, expect, it, vi } from 'vitest';
import { createTokenStore } from './tokenStore';
import { memoryStorage } from '../lib/storage';

describe('createTokenStore', () => {
  it('persists tokens and tells subscribers', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ accessToken: 'a', refreshToken: 'r' });
    expect(createTokenStore(storage).get()).toEqual({ accessToken: 'a', refreshToken: 'r' });
    store.clear();
    expect(createTokenStore(storage).get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('treats garbage in storage as signed out', () => {
    expect(createTokenStore(memoryStorage({ 'vitaal.auth': '{nope' })).get()).toBeNull();
    expect(createTokenStore(memoryStorage({ 'vitaal.auth': '{"accessToken":1}' })).get()).toBeNull();
  });

  it('picks up tokens another tab wrote', () => {
    const storage = memoryStorage();
    const mine = createTokenStore(storage);
    const other = createTokenStore(storage);
    mine.set({ accessToken: 'a1', refreshToken: 'r1' });
    other.reload();
    expect(other.get()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
    const listener = vi.fn();
    other.subscribe(listener);
    other.reload();
    expect(listener).not.toHaveBeenCalled();
    mine.clear();
    other.reload();
    expect(other.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
