import { useEffect, useState } from 'preact/hooks';
import { useReportLoading } from './pending-loads';

export type LoadState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; error: unknown };

interface LoadOptions {
  /**
   * Keeps what was loaded while loading again, so that going to the next week keeps the current one on screen,
   * marked busy, rather than flashing an empty page.
   */
  keepValue?: boolean;
}

/**
 * What `load` answers, loaded again when `load` changes (give it `useCallback`) or on `retry`; a request still
 * running when it changes is cancelled, so an old answer never replaces a newer one.
 */
export const useLoad = <T>(
  load: (signal: AbortSignal) => Promise<T>,
  { keepValue = false }: LoadOptions = {},
) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const request = new AbortController();
    // Already loading (the first load): the same state, so that the page is not drawn again for nothing.
    setState((previous) =>
      previous.status === 'loading' && (keepValue || !('value' in previous))
        ? previous
        : { status: 'loading', ...(keepValue && 'value' in previous && { value: previous.value }) },
    );
    load(request.signal).then(
      (value) => {
        if (!request.signal.aborted) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (!request.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => request.abort();
  }, [load, attempt, keepValue]);

  useReportLoading(state.status === 'loading');
  return { state, retry: () => setAttempt((count) => count + 1) };
};
