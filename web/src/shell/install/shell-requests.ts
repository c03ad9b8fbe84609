/**
 * What the service worker does with a request: `page` for an address of the app (answered by the network, or by
 * the cached shell when the network fails, so that the portal opens from a phone's home screen), `shell` for a file
 * of the shell (hashed, so the cached copy is the right one for good), `network` for everything else, left to the
 * browser as if there were no worker. The API, calendar feeds and mini-sites are never cached: they hold private
 * data, and a revoked link must stop answering at once.
 */
export type ShellRequestKind = 'page' | 'shell' | 'network';

/** Paths the worker never touches (the API, calendar feeds, mini-sites). */
const neverCached = /^\/(api|feeds|s)(\/|$)/;

export const shellRequestKind = (
  url: URL,
  { origin, method, mode }: { origin: string; method: string; mode: string },
): ShellRequestKind => {
  if (method !== 'GET' || url.origin !== origin || neverCached.test(url.pathname)) return 'network';
  // The distribution answers index.html for any path whose last segment has no dot (web-app-rewrite.ts).
  const lastSegment = url.pathname.split('/').pop() ?? '';
  if (mode === 'navigate' && !lastSegment.includes('.')) return 'page';
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) return 'shell';
  return 'network';
};

/** The name of the cache of one build: a new build's worker fills a cache of its own and drops the older ones. */
export const shellCacheName = (version: string) => `preau-shell-${version}`;

export const isOlderShellCache = (name: string, version: string) =>
  name.startsWith('preau-shell-') && name !== shellCacheName(version);
