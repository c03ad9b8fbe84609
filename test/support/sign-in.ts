import { demoPassword } from '#infra/local/seed/people/demo-people';

/** Signs in to a school's origin through its API, as the web app does; returns the access token. */
export const signIn = async (origin: string, username: string, password = demoPassword) => {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`Signing in as ${username} at ${origin}: ${response.status}`);
  return body.accessToken as string;
};

/** A fetch that carries the account's token. */
export const fetchAs = async (origin: string, username: string) => {
  const token = await signIn(origin, username);
  return (path: string, init: RequestInit = {}) =>
    fetch(`${origin}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
    });
};
