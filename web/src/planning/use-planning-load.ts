import { useEffect, useState } from 'preact/hooks';

export type PlanningLoad<T> =
  | { status: 'loading'; value?: T }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * What `load` answers (give it `useCallback`), loaded again when it changes or on `reload`. Going to the next
 * week keeps the current one on screen, marked busy, rather than flashing an empty page; a request still running
 * is cancelled, so an old answer never replaces a newer one.
 */
export const usePlanningLoad = <T>(load: (signal: AbortSignal) => Promise<T>) => {
  const [state, setState] = useState<PlanningLoad<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const request = new AbortController();
    setState((previous) => ({ status: 'loading', ...('value' in previous && { value: previous.value }) }));
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

  return { state, reload: () => setAttempt((count) => count + 1) };
};
