import { useEffect, useState } from 'preact/hooks';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * What `load` answers, loaded again when `load` changes (give it `useCallback`) or on `retry`; a request still
 * running when it changes is cancelled, so an old answer never replaces a newer one.
 */
export const useLoad = <T>(load: (signal: AbortSignal) => Promise<T>) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const request = new AbortController();
    setState({ status: 'loading' });
    load(request.signal).then(
      (value) => {
        if (!request.signal.aborted) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (!request.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => request.abort();
  }, [load, attempt]);

  return { state, retry: () => setAttempt((count) => count + 1) };
};
