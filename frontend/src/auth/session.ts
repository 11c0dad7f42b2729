import { storage } from '../lib/appStorage';
import { createTokenStore, TOKEN_STORAGE_KEY } from './tokenStore';

// The browser's side of a session: where the tokens live, how tabs share them,
// and who hears that the session ended. api/setup.ts hands these to the client.

export const tokenStore = createTokenStore(storage);

// Tabs share the tokens: a refresh in one tab must not leave another tab with
// a used (and therefore revoked) refresh token, and a logout ends every tab.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === TOKEN_STORAGE_KEY || event.key === null) tokenStore.reload();
  });
}

const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;

/** One token refresh at a time across the tabs, where the browser has Web Locks. */
export const refreshLock = locks ? <T,>(run: () => Promise<T>) => locks.request('vitaal-token-refresh', run) as Promise<T> : undefined;

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** Tells every listener that the refresh was refused. */
export function endSession(): void {
  for (const listener of sessionEndedListeners) listener();
}
