import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { authLogout, authSignup, authToken } from '../client/sdk.gen';
import { storage } from '../lib/appStorage';
import { onSessionEnded, tokenStore } from './session';
import { forgetSelections } from '../lib/selection';

interface AuthValue {
  isAuthenticated: boolean;
  /** True after a refresh was refused; the login page explains why. */
  sessionEnded: boolean;
  login(email: string, password: string): Promise<void>;
  signup(input: { email: string; password: string; name: string }): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const tokens = useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
  const [sessionEnded, setSessionEnded] = useState(false);

  useEffect(
    () =>
      onSessionEnded(() => {
        setSessionEnded(true);
        queryClient.clear();
      }),
    [queryClient],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const { data } = await authToken({ body: { username: email, password } });
      queryClient.clear();
      setSessionEnded(false);
      tokenStore.set({ accessToken: data.access_token, refreshToken: data.refresh_token });
    },
    [queryClient],
  );

  const signup = useCallback(async (input: { email: string; password: string; name: string }) => {
    await authSignup({ body: input });
  }, []);

  const logout = useCallback(async () => {
    const current = tokenStore.get();
    tokenStore.clear();
    forgetSelections(storage);
    queryClient.clear();
    if (current) {
      // Best effort: the session is over locally whatever the server says.
      await authLogout({ body: { refresh_token: current.refreshToken } }).catch(() => undefined);
    }
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({ isAuthenticated: tokens !== null, sessionEnded, login, signup, logout }),
    [tokens, sessionEnded, login, signup, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
