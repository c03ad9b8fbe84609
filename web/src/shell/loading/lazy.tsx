import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Format } from '../i18n/format';
import { Loading } from './load-failure';

/**
 * Code loaded on demand (a module's pages, behind a dynamic `import()`): fetched once, when first asked for, and
 * kept; a failed fetch (a phone losing the network) is forgotten, so that asking again fetches again.
 */
export interface Lazy<T> {
  /** Starts the fetch if it has not started; the same promise for every caller until it fails. */
  load: () => Promise<T>;
  /** What was fetched, once it is there: a page of a module already loaded shows at once, with no « loading ». */
  loaded: () => T | undefined;
}

export const lazy = <T,>(fetch: () => Promise<T>): Lazy<T> => {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () => {
      pending ??= fetch().then(
        (fetched) => {
          value = fetched;
          return fetched;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
};

type LazyState<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed' };

interface LazyLoadedProps<T> {
  lazy: Lazy<T>;
  format: Format;
  children: (value: T) => ComponentChildren;
}

/**
 * Code a page needs, fetched on demand (give each `lazy` a `key` of its own, so that a new one starts afresh): while it arrives, « loading » out of the flow (nothing below it moves when
 * the page replaces it); if the fetch fails, a French sentence that says the connection may be lost and a button
 * that fetches again.
 */
export const LazyLoaded = <T,>({ lazy: code, format, children }: LazyLoadedProps<T>) => {
  const [state, setState] = useState<LazyState<T>>(() => {
    const value = code.loaded();
    return value === undefined ? { status: 'loading' } : { status: 'loaded', value };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0 && code.loaded() !== undefined) return;
    let live = true;
    code.load().then(
      (value) => live && setState({ status: 'loaded', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [code, attempt]);

  if (state.status === 'loaded') return <>{children(state.value)}</>;
  if (state.status === 'failed') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{format.messages.codeLoadError}</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            setState({ status: 'loading' });
            setAttempt((count) => count + 1);
          }}
        >
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
