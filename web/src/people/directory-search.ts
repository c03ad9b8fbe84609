import { type DirectoryCriteria, type FoundPerson, type PeopleQuery, peopleQueryOf } from './directory-query';

export type SearchState =
  | { status: 'empty' }
  | { status: 'too-short' }
  /** The people found last stay on screen while the next search runs. */
  | { status: 'searching'; people: FoundPerson[] }
  | { status: 'found'; people: FoundPerson[]; query: PeopleQuery }
  | { status: 'failed'; error: unknown };

/** How long typing must pause before a search goes: one request per word typed, not one per letter. */
export const searchDelay = 300;

export interface Timers {
  set: (run: () => void, milliseconds: number) => unknown;
  clear: (timer: unknown) => void;
}

const browserTimers: Timers = {
  set: (run, milliseconds) => setTimeout(run, milliseconds),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

interface DirectorySearchOptions {
  find: (query: PeopleQuery, signal: AbortSignal) => Promise<FoundPerson[]>;
  onState: (state: SearchState) => void;
  delay?: number;
  timers?: Timers;
}

/**
 * Searches the directory as the criteria change. A change cancels the search still waiting or running, so an
 * old answer never replaces a newer one; criteria too short to search are said at once, without a request.
 */
export const createDirectorySearch = ({
  find,
  onState,
  delay = searchDelay,
  timers = browserTimers,
}: DirectorySearchOptions) => {
  let waiting: unknown;
  let running: AbortController | undefined;
  let shown: FoundPerson[] = [];
  let latest: DirectoryCriteria | undefined;

  const stop = () => {
    if (waiting !== undefined) timers.clear(waiting);
    waiting = undefined;
    running?.abort();
    running = undefined;
  };

  const run = (query: PeopleQuery) => {
    waiting = undefined;
    const request = new AbortController();
    running = request;
    onState({ status: 'searching', people: shown });
    find(query, request.signal).then(
      (people) => {
        if (request.signal.aborted) return;
        shown = people;
        onState({ status: 'found', people, query });
      },
      (error: unknown) => {
        if (request.signal.aborted) return;
        shown = [];
        onState({ status: 'failed', error });
      },
    );
  };

  /** Typing waits for a pause; a choice in a list, or Enter, searches at once. */
  const change = (criteria: DirectoryCriteria, { immediately = false } = {}) => {
    stop();
    latest = criteria;
    const next = peopleQueryOf(criteria);
    if (next.status !== 'ready') {
      shown = [];
      onState({ status: next.status });
      return;
    }
    if (immediately) run(next.query);
    else waiting = timers.set(() => run(next.query), delay);
  };

  const retry = () => {
    if (latest) change(latest, { immediately: true });
  };

  return { change, retry, stop };
};
