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
interface PushEvent extends ExtendableEvent {
  data: { json(): unknown } | null;
}
interface NotificationEvent extends ExtendableEvent {
  notification: { close(): void; data?: { url?: string } };
}
interface WindowClient {
  url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
interface WorkerScope {
  location: Location;
  registration: {
    showNotification(
      title: string,
      options: { body?: string; icon?: string; data?: unknown; lang?: string },
    ): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window' }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<unknown>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
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

/** A notification pushed by the school (functions/messaging: title, body, the portal's page to open). */
worker.addEventListener('push', (event) => {
  const { title, body, url } = (event.data?.json() ?? {}) as { title?: string; body?: string; url?: string };
  event.waitUntil(
    worker.registration.showNotification(title ?? 'Préau', {
      body,
      icon: '/icons/icon-192.png',
      data: { url },
      lang: 'fr',
    }),
  );
});

/** Opening a notification shows its page: in the portal's window if one is open, else in a new one. */
worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/notifications', worker.location.origin).href;
  event.waitUntil(
    worker.clients.matchAll({ type: 'window' }).then(async (windows) => {
      const open = windows[0];
      if (open) {
        await open.navigate(url);
        return open.focus();
      }
      return worker.clients.openWindow(url);
    }),
  );
});
