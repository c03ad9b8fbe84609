import { isOlderShellCache, shellCacheName, shellRequestKind } from './shell-requests';

/**
 * The service worker, built to /sw.js by infra/build/build-web.ts: it keeps the shell (index.html, the script, the
 * stylesheet, the icons) of its build, so that the portal opens like an app from a phone's home screen, even
 * offline. Pages come from the network first (a new build shows at once), the cached index.html only when the
 * network fails; the API, feeds and mini-sites never go through a cache (shell-requests.ts).
 */

/** Put in by the build: the shell's files, and a version that changes with them. */
declare const SHELL_FILES: string[];
declare const SHELL_VERSION: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const cacheName = shellCacheName(SHELL_VERSION);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(SHELL_FILES))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => isOlderShellCache(name, SHELL_VERSION)).map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const kind = shellRequestKind(new URL(request.url), {
    origin: worker.location.origin,
    method: request.method,
    mode: request.mode,
  });
  if (kind === 'page') event.respondWith(pageFromNetworkOrShell(request));
  if (kind === 'shell') event.respondWith(fromCacheOrNetwork(request));
});

const pageFromNetworkOrShell = async (request: Request) => {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/index.html', { cacheName });
    if (shell) return shell;
    throw error;
  }
};

const fromCacheOrNetwork = async (request: Request) =>
  (await caches.match(request, { cacheName })) ?? fetch(request);
