import { client } from '../client/client.gen';
import type { Client } from '../client/client';
import { authRefresh } from '../client/sdk.gen';
import { createAuthFetch } from '../auth/authFetch';
import { createTokenStore, TOKEN_STORAGE_KEY, type TokenStore } from '../auth/tokenStore';
import { browserStorage } from '../lib/storage';
import { ApiError, parseProblem, parseRetryAfter } from './problem';

interface ClientSetup {
  store: TokenStore;
  onSessionEnded: () => void;
  /** The network; tests pass a fake. */
  fetch?: (request: Request) => Promise<Response>;
  baseUrl?: string;
  lock?: <T>(run: () => Promise<T>) => Promise<T>;
}

/**
 * Wires a generated client: bearer tokens with one shared refresh on 401
 * (the refresh itself goes through the generated SDK), and every failure
 * thrown as an ApiError carrying the status and the problem document.
 */
export function configureClient(target: Client, setup: ClientSetup): void {
  const authFetch = createAuthFetch({
    store: setup.store,
    fetch: setup.fetch,
    refresh: async (refreshToken) => {
      const { data } = await authRefresh({ client: target, body: { refresh_token: refreshToken }, throwOnError: true });
      return { accessToken: data.access_token, refreshToken: data.refresh_token };
    },
    onSessionEnded: setup.onSessionEnded,
    lock: setup.lock,
  });
  target.setConfig({
    // Paths in the OpenAPI document already start with /api/v1; same origin.
    baseUrl: setup.baseUrl ?? '',
    fetch: authFetch as typeof fetch,
  });
  target.interceptors.error.use((error, response) => {
    if (error instanceof ApiError) return error;
    if (!response) return new ApiError(0, null);
    return new ApiError(response.status, parseProblem(error), parseRetryAfter(response.headers.get('Retry-After')));
  });
}

export const storage = browserStorage();
export const tokenStore = createTokenStore(storage);

// Tabs share the tokens: a refresh in one tab must not leave another tab with
// a used (and therefore revoked) refresh token, and a logout ends every tab.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === TOKEN_STORAGE_KEY || event.key === null) tokenStore.reload();
  });
}

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;

configureClient(client, {
  store: tokenStore,
  lock: locks ? <T,>(run: () => Promise<T>) => locks.request('vitaal-token-refresh', run) as Promise<T> : undefined,
  onSessionEnded: () => {
    for (const listener of sessionEndedListeners) listener();
  },
});

export { client };
