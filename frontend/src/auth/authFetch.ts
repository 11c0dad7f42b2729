import type { TokenStore, Tokens } from './tokenStore';

export interface AuthFetchOptions {
  store: TokenStore;
  /** Exchanges a refresh token for a new pair; rejects when that is refused. */
  refresh: (refreshToken: string) => Promise<Tokens>;
  /** Called once when the session cannot be kept (refresh failed). */
  onSessionEnded: () => void;
  fetch?: (request: Request) => Promise<Response>;
  /** Requests that must never trigger a refresh (the auth endpoints themselves). */
  isAuthRequest?: (request: Request) => boolean;
  /**
   * Runs the refresh under a lock shared by all tabs (the Web Locks API in the
   * browser), so two tabs never spend the same rotating refresh token.
   */
  lock?: <T>(run: () => Promise<T>) => Promise<T>;
}

const defaultIsAuthRequest = (request: Request) => /\/auth\/(token|refresh|logout|signup)(\?|$)/.test(new URL(request.url, 'http://x').pathname);

/**
 * A fetch for the generated client that adds the bearer token, and on a 401
 * refreshes the access token once and retries the request once. Concurrent
 * 401s share one refresh; a request that failed with a token that has since
 * been replaced is simply retried with the new one. When the refresh is
 * refused, the tokens are cleared and `onSessionEnded` is called.
 */
export function createAuthFetch(options: AuthFetchOptions): (request: Request) => Promise<Response> {
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const isAuthRequest = options.isAuthRequest ?? defaultIsAuthRequest;
  let inflight: Promise<string | null> | null = null;

  const lock = options.lock ?? (<T,>(run: () => Promise<T>) => run());

  function refreshOnce(failedToken: string): Promise<string | null> {
    if (inflight) return inflight;
    inflight = lock(async () => {
      // Another tab may have refreshed while we waited for the lock.
      options.store.reload();
      const tokens = options.store.get();
      if (!tokens) return null;
      if (tokens.accessToken !== failedToken) return tokens.accessToken;
      const fresh = await options.refresh(tokens.refreshToken);
      options.store.set(fresh);
      return fresh.accessToken;
    })
      .catch(() => {
        options.store.clear();
        options.onSessionEnded();
        return null;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  function withToken(request: Request, accessToken: string | undefined): Request {
    if (!accessToken || request.headers.has('Authorization')) return request;
    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${accessToken}`);
    return new Request(request, { headers });
  }

  return async function authFetch(request: Request): Promise<Response> {
    if (isAuthRequest(request)) return baseFetch(request);
    const usedToken = options.store.get()?.accessToken;
    const spare = request.clone();
    const response = await baseFetch(withToken(request, usedToken));
    if (response.status !== 401 || !usedToken) return response;

    // Another request may already have refreshed while this one was out.
    const currentToken = options.store.get()?.accessToken;
    const nextToken = currentToken && currentToken !== usedToken ? currentToken : await refreshOnce(usedToken);
    if (!nextToken) return response;
    return baseFetch(withToken(spare, nextToken));
  };
}
