import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch } from './authFetch';
import { createTokenStore } from './tokenStore';
import { memoryStorage } from '../lib/storage';

const API = 'http://app.test/api/v1';

function setup(valid: Set<string>, refreshImpl?: (rt: string) => Promise<{ accessToken: string; refreshToken: string }>) {
  const store = createTokenStore(memoryStorage());
  store.set({ accessToken: 'old', refreshToken: 'r1' });
  const seen: Array<string | null> = [];
  const baseFetch = vi.fn(async (request: Request) => {
    const auth = request.headers.get('Authorization');
    seen.push(auth);
    const body = request.method === 'POST' ? await request.text() : '';
    const ok = auth !== null && valid.has(auth.replace('Bearer ', ''));
    return new Response(JSON.stringify({ ok, body }), { status: ok ? 200 : 401 });
  });
  let counter = 0;
  const refresh = vi.fn(
    refreshImpl ??
      (async (rt: string) => {
        await new Promise((r) => setTimeout(r, 5));
        if (rt !== 'r1') throw new Error('refused');
        counter += 1;
        valid.add(`new${counter}`);
        return { accessToken: `new${counter}`, refreshToken: `r${counter + 1}` };
      }),
  );
  const onSessionEnded = vi.fn();
  const authFetch = createAuthFetch({ store, refresh, onSessionEnded, fetch: baseFetch });
  return { store, baseFetch, refresh, onSessionEnded, authFetch, seen };
}

describe('createAuthFetch', () => {
  it('adds the bearer token', async () => {
    const { authFetch, seen, refresh } = setup(new Set(['old']));
    const response = await authFetch(new Request(`${API}/me`));
    expect(response.status).toBe(200);
    expect(seen).toEqual(['Bearer old']);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes once on 401 and retries the request with its body', async () => {
    const { authFetch, store, refresh, seen } = setup(new Set());
    const response = await authFetch(new Request(`${API}/coalitions`, { method: 'POST', body: '{"name":"x"}' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, body: '{"name":"x"}' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bearer old', 'Bearer new1']);
    expect(store.get()).toEqual({ accessToken: 'new1', refreshToken: 'r2' });
  });

  it('shares one refresh between concurrent 401s', async () => {
    const { authFetch, refresh } = setup(new Set());
    const responses = await Promise.all([
      authFetch(new Request(`${API}/me`)),
      authFetch(new Request(`${API}/organisations`)),
      authFetch(new Request(`${API}/coalitions`)),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries without refreshing when another request already refreshed', async () => {
    const valid = new Set<string>();
    const { authFetch, refresh, store } = setup(valid);
    // Simulate: the request goes out with "old", meanwhile the pair is replaced.
    const slow = authFetch(new Request(`${API}/me`));
    store.set({ accessToken: 'other', refreshToken: 'r9' });
    valid.add('other');
    const response = await slow;
    expect(response.status).toBe(200);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh is refused, once', async () => {
    const { authFetch, store, onSessionEnded } = setup(new Set(), async () => {
      throw new Error('401');
    });
    const responses = await Promise.all([authFetch(new Request(`${API}/me`)), authFetch(new Request(`${API}/coalitions`))]);
    expect(responses.map((r) => r.status)).toEqual([401, 401]);
    expect(store.get()).toBeNull();
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('does not retry more than once when the new token is refused too', async () => {
    const { authFetch, baseFetch, refresh } = setup(new Set(), async () => ({ accessToken: 'still-bad', refreshToken: 'r2' }));
    const response = await authFetch(new Request(`${API}/me`));
    expect(response.status).toBe(401);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(baseFetch).toHaveBeenCalledTimes(2);
  });

  it('leaves the auth endpoints alone', async () => {
    const { authFetch, refresh, seen } = setup(new Set());
    const response = await authFetch(new Request(`${API}/auth/token`, { method: 'POST', body: 'username=a' }));
    expect(response.status).toBe(401);
    expect(seen).toEqual([null]);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('does not refresh when signed out', async () => {
    const { authFetch, store, refresh } = setup(new Set());
    store.clear();
    const response = await authFetch(new Request(`${API}/me`));
    expect(response.status).toBe(401);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('lets two tabs share one refresh through the lock and the shared storage', async () => {
    const storage = memoryStorage();
    const valid = new Set<string>();
    const tabA = createTokenStore(storage);
    tabA.set({ accessToken: 'old', refreshToken: 'r1' });
    const tabB = createTokenStore(storage);
    let queue = Promise.resolve();
    const lock = <T,>(run: () => Promise<T>): Promise<T> => {
      const result = queue.then(run);
      queue = result.then(() => undefined, () => undefined);
      return result;
    };
    const used = new Set<string>();
    const refresh = vi.fn(async (rt: string) => {
      await new Promise((r) => setTimeout(r, 5));
      if (used.has(rt)) throw new Error('reuse: family revoked');
      used.add(rt);
      valid.add('new');
      return { accessToken: 'new', refreshToken: 'r2' };
    });
    const server = async (request: Request) =>
      new Response(null, { status: valid.has((request.headers.get('Authorization') ?? '').replace('Bearer ', '')) ? 200 : 401 });
    const a = createAuthFetch({ store: tabA, refresh, onSessionEnded: vi.fn(), fetch: server, lock });
    const b = createAuthFetch({ store: tabB, refresh, onSessionEnded: vi.fn(), fetch: server, lock });
    const [ra, rb] = await Promise.all([a(new Request(`${API}/me`)), b(new Request(`${API}/me`))]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(tabB.get()).toEqual({ accessToken: 'new', refreshToken: 'r2' });
  });
});
