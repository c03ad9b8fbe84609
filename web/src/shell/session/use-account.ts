import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Me } from '#domain/people/read-me';
import { navigate } from '../routing/navigation';
import { shellPaths as paths } from '../routing/shell-paths';
import type { Session } from './session';

/** What the account needs of the API: the session, and who is signed in. */
export interface AccountApi {
  session: Session;
  me: (signal?: AbortSignal) => Promise<Me>;
}

export type Account =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me }
  | { status: 'failed'; error: unknown };

/**
 * Who uses the app. On load, the session cookie may still hold a session (the API's marker cookie says one was
 * set): it is renewed before anything else.
 * When a session expires on the way, the session says so and the app shows the sign-in page.
 */
export const useAccount = (api: AccountApi) => {
  const [account, setAccount] = useState<Account>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => api.session.onSignedOut(() => setAccount({ status: 'signed-out' })), [api]);

  useEffect(() => {
    let current = true;
    setAccount({ status: 'checking' });
    resumeSession(api).then(
      (me) => current && setAccount(me ? { status: 'signed-in', me } : { status: 'signed-out' }),
      (error: unknown) => current && setAccount({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      await api.session.signIn(username, password);
      setAccount({ status: 'signed-in', me: await api.me() });
    },
    [api],
  );

  const signOut = useCallback(() => {
    // Both changes land in one render, so the sign-in page never sees a signed-in account and sends it home.
    setAccount({ status: 'signed-out' });
    navigate(paths.signIn());
    return api.session.signOut();
  }, [api]);

  return { account, signIn, signOut, retry: () => setAttempt((count) => count + 1) };
};

/** The session of the cookie renewed; its answer says who is signed in, else `/api/me` is asked. */
const resumeSession = async (api: AccountApi): Promise<Me | undefined> =>
  (await api.session.resume()) ? (api.session.takeMe() ?? api.me()) : undefined;
