import type { KeyValueStorage } from '../lib/storage';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens): void;
  clear(): void;
  /** Re-reads storage: another tab may have refreshed or logged out. */
  reload(): void;
  subscribe(listener: (tokens: Tokens | null) => void): () => void;
}

export const TOKEN_STORAGE_KEY = 'vitaal.auth';
const KEY = TOKEN_STORAGE_KEY;

/** Keeps the token pair in storage so a reload stays signed in. */
export function createTokenStore(storage: KeyValueStorage): TokenStore {
  const listeners = new Set<(tokens: Tokens | null) => void>();
  let current: Tokens | null = read();

  function read(): Tokens | null {
    try {
      const raw = storage.getItem(KEY);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (
        typeof parsed === 'object' && parsed !== null &&
        typeof (parsed as Tokens).accessToken === 'string' &&
        typeof (parsed as Tokens).refreshToken === 'string'
      ) {
        return { accessToken: (parsed as Tokens).accessToken, refreshToken: (parsed as Tokens).refreshToken };
      }
    } catch {
      // unreadable: treat as signed out
    }
    return null;
  }

  function emit() {
    for (const listener of listeners) listener(current);
  }

  return {
    get: () => current,
    set(tokens) {
      current = tokens;
      storage.setItem(KEY, JSON.stringify(tokens));
      emit();
    },
    clear() {
      const had = current !== null;
      current = null;
      storage.removeItem(KEY);
      if (had) emit();
    },
    reload() {
      const next = read();
      if (next?.accessToken === current?.accessToken && next?.refreshToken === current?.refreshToken) return;
      current = next;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
