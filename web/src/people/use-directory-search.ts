import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { DirectoryCriteria } from './directory-query';
import { createDirectorySearch, type SearchState } from './directory-search';

/** The search of the directory page, run at once for the criteria of its address; leaving the page cancels it. */
export const useDirectorySearch = (api: Api, initial: DirectoryCriteria) => {
  const [state, setState] = useState<SearchState>({ status: 'empty' });
  const search = useMemo(() => createDirectorySearch({ find: api.searchPeople, onState: setState }), [api]);
  // Only the first criteria: later ones come through `search.change`.
  useEffect(() => {
    search.change(initial, { immediately: true });
    return search.stop;
  }, [search]);
  return { state, search };
};
