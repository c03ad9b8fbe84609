import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Format } from '../i18n/format';
import type { Lazy } from './lazy-code';
import { Loading } from './load-failure';

type LazyState<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed' };

interface LazyLoadedProps<T> {
  lazy: Lazy<T>;
  format: Format;
  children: (value: T) => ComponentChildren;
}

/**
 * Code a page needs, fetched on demand (give each `lazy` a `key` of its own, so that a new one starts afresh):
 * while it arrives, « loading » out of the flow (nothing below it moves when the page replaces it); if the fetch
 * fails, a French sentence that says the connection may be lost and a button that loads the page again (the same
 * address: the frame and the page's code, from the browser's cache when it has them).
 */
export const LazyLoaded = <T,>({ lazy: code, format, children }: LazyLoadedProps<T>) => {
  const [state, setState] = useState<LazyState<T>>(() => {
    const value = code.loaded();
    return value === undefined ? { status: 'loading' } : { status: 'loaded', value };
  });

  useEffect(() => {
    // The code may have arrived between the first render and this effect (the page's chunk is fetched as the
    // portal starts, and effects run after the paint): then the page is drawn now, or it would wait forever.
    const arrived = code.loaded();
    if (arrived !== undefined) {
      setState((previous) =>
        previous.status === 'loaded' ? previous : { status: 'loaded', value: arrived },
      );
      return;
    }
    let live = true;
    code.load().then(
      (value) => live && setState({ status: 'loaded', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [code]);

  if (state.status === 'loaded') return <>{children(state.value)}</>;
  if (state.status === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{format.messages.codeLoadError}</p>
        {/* Chromium keeps a failed import() failed for the life of the page: the page is loaded again. */}
        <button type="button" class="button" onClick={() => window.location.reload()}>
          {format.messages.retry}
        </button>
      </div>
    );
  }
  return (
    <div class="page-waiting">
      <Loading format={format} />
    </div>
  );
};
