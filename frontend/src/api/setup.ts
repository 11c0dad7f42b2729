import { client } from '../client/client.gen';
import type { Client } from '../client/client';
import { authRefresh } from '../client/sdk.gen';
import { createAuthFetch } from '../auth/authFetch';
import { endSession, refreshLock, tokenStore } from '../auth/session';
import type { TokenStore } from '../auth/tokenStore';
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
      const { data } = await authRefresh({ client: target, body: { refresh_token: refreshToken } });
      return { accessToken: data.access_token, refreshToken: data.refresh_token };
    },
    onSessionEnded: setup.onSessionEnded,
    lock: setup.lock,
  });
  target.setConfig({
    // Paths in the OpenAPI document already start with /api/v1; same origin.
    baseUrl: setup.baseUrl ?? '',
    fetch: authFetch as typeof fetch,
    // The SDK is generated with throwOnError (openapi-ts.config.ts): its types
    // promise `data` on return, so any client it runs on must throw on failure.
    throwOnError: true,
  });
  target.interceptors.error.use((error, response) => {
    if (error instanceof ApiError) return error;
    if (!response) return new ApiError(0, null);
    return new ApiError(response.status, parseProblem(error), parseRetryAfter(response.headers.get('Retry-After')));
  });
}

configureClient(client, { store: tokenStore, lock: refreshLock, onSessionEnded: endSession });
