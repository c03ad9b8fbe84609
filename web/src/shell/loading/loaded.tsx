import type { ComponentChildren } from 'preact';
import type { Format } from '../i18n/format';
import { isHidden } from './is-hidden';
import { LoadFailure, Loading } from './load-failure';
import type { LoadState } from './use-load';

interface LoadFailedProps {
  error: unknown;
  /** What to say of a thing the API hides from this person or that is not there; without it, the failure. */
  notFound?: string;
  format: Format;
  retry: () => void;
}

/** A thing that did not load: « not found » when the API hides it or it is gone, else why, with a retry. */
export const LoadFailed = ({ error, notFound, format, retry }: LoadFailedProps) =>
  notFound !== undefined && isHidden(error) ? (
    <p class="notice">{notFound}</p>
  ) : (
    <LoadFailure error={error} format={format} retry={retry} />
  );

interface LoadedProps<T> extends Omit<LoadFailedProps, 'error'> {
  state: LoadState<T>;
  children: (value: T) => ComponentChildren;
}

/** A thing a page loads: « loading » first, then the thing, or why it is not there. */
export const Loaded = <T,>({ state, children, ...failed }: LoadedProps<T>) => {
  if (state.status === 'loading') return <Loading format={failed.format} />;
  if (state.status === 'failed') return <LoadFailed error={state.error} {...failed} />;
  return <>{children(state.value)}</>;
};

interface LoadedListProps<T> extends LoadedProps<T[]> {
  /** What to say when the list is empty. */
  none: string;
}

/** A list a page loads: as `Loaded`, saying so when it is empty. */
export const LoadedList = <T,>({ none, children, ...loaded }: LoadedListProps<T>) => (
  <Loaded {...loaded}>
    {(items) => (items.length === 0 ? <p class="muted">{none}</p> : children(items))}
  </Loaded>
);
