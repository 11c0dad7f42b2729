import { describe, expect, it, vi } from 'vitest';
import { createClient, createConfig } from '../client/client';
import { coalitionsCreateCoalition, meReadMe } from '../client/sdk.gen';
import { createTokenStore } from '../auth/tokenStore';
import { memoryStorage } from '../lib/storage';
import { configureClient } from './setup';
import { ApiError } from './problem';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const problem = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

function setup(server: (request: Request) => Promise<Response>) {
  const client = createClient(createConfig());
  const store = createTokenStore(memoryStorage());
  const onSessionEnded = vi.fn();
  const fetch = vi.fn(server);
  configureClient(client, { store, onSessionEnded, fetch, baseUrl: 'http://vitaal.test' });
  return { client, store, onSessionEnded, fetch };
}

const me = { id: 'u1', email: 'a@example.org', name: 'A', created_at: '2025-01-01T00:00:00Z', organisations: [] };

describe('the generated client as configured for the app', () => {
  it('refreshes through the generated auth-refresh call and retries', async () => {
    const { client, store, fetch } = setup(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/auth/refresh') {
        expect(await request.json()).toEqual({ refresh_token: 'r1' });
        return json({ access_token: 'a2', refresh_token: 'r2', token_type: 'bearer', expires_in: 900 });
      }
      return request.headers.get('Authorization') === 'Bearer a2' ? json(me) : problem({ type: 'x', title: 'Not authenticated', status: 401 }, 401);
    });
    store.set({ accessToken: 'a1', refreshToken: 'r1' });
    const { data } = await meReadMe({ client });
    expect(data).toEqual(me);
    expect(store.get()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('throws ApiError with the problem and its field errors', async () => {
    const { client, store } = setup(async () =>
      problem(
        { type: 'about:blank', title: 'Invalid input', status: 422, detail: 'name: too short', errors: [{ field: 'body.name', reason: 'too short' }] },
        422,
      ),
    );
    store.set({ accessToken: 'a1', refreshToken: 'r1' });
    const error = await coalitionsCreateCoalition({
      client,
      body: { name: '', societal_goal: 'x', description: '', organisation_id: 'o1' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).problem?.errors).toEqual([{ field: 'body.name', reason: 'too short' }]);
  });

  it('carries Retry-After on 429', async () => {
    const { client } = setup(async () => problem({ type: 'x', title: 'Too many requests', status: 429 }, 429, { 'Retry-After': '42' }));
    const error = await meReadMe({ client }).catch((e: unknown) => e);
    expect((error as ApiError).retryAfterSeconds).toBe(42);
  });

  it('ends the session when the refresh is refused', async () => {
    const { client, store, onSessionEnded } = setup(async () => problem({ type: 'x', title: 'Not authenticated', status: 401 }, 401));
    store.set({ accessToken: 'a1', refreshToken: 'r1' });
    const error = await meReadMe({ client }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(401);
    expect(store.get()).toBeNull();
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as status 0', async () => {
    const { client } = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await meReadMe({ client }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
  });
});
