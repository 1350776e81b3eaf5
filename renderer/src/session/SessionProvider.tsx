/**
 * Who is signed in on this screen. The token lives in the API client (and so in
 * localStorage); this provider turns it into the user record via `auth.me` and
 * forgets the user as soon as the client drops the token (logout, expiry).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '@contract';
import { api } from '../api/client';
import { asAppError } from '../api/appError';
import { useConnection, useSessionToken } from '../api/hooks';

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'checking' }
  | { status: 'signedIn'; user: User }
  /** A token exists but the station could not be asked about it (offline). */
  | { status: 'unknown' };

export interface Session {
  state: SessionState;
  user: User | null;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const connection = useConnection();
  const [state, setState] = useState<SessionState>(token ? { status: 'checking' } : { status: 'anonymous' });
  const [attempt, setAttempt] = useState(0);

  // Ask again once the station is reachable if the first check could not get through.
  useEffect(() => {
    if (connection === 'online' && state.status === 'unknown') setAttempt((value) => value + 1);
  }, [connection, state.status]);

  useEffect(() => {
    if (!token) {
      setState({ status: 'anonymous' });
      return;
    }
    let live = true;
    setState((previous) => (previous.status === 'signedIn' ? previous : { status: 'checking' }));
    api.call('auth.me', {}).then(
      (user) => live && setState({ status: 'signedIn', user }),
      (error: unknown) => {
        if (!live) return;
        const code = asAppError(error).code;
        // The client already dropped an expired token; anything else keeps it for a retry.
        setState(code === 'UNAVAILABLE' ? { status: 'unknown' } : { status: 'anonymous' });
        if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') api.session.set(null);
      },
    );
    return () => {
      live = false;
    };
  }, [token, attempt]);

  const login = useCallback(async (username: string, password: string) => {
    const result = await api.call('auth.login', { username, password });
    setState({ status: 'signedIn', user: result.user });
    return result.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.call('auth.logout', {});
    } catch {
      // The token is gone from this screen either way; the station expires it later.
    }
  }, []);

  const value = useMemo<Session>(
    () => ({ state, user: state.status === 'signedIn' ? state.user : null, login, logout }),
    [state, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
