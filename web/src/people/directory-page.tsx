import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { searchesDirectory } from './abilities';
import { criteriaFromSearch, searchFromCriteria } from './directory-criteria-in-url';
import { DirectoryFilters } from './directory-filters';
import type { DirectoryCriteria } from './directory-query';
import { DirectoryResults } from './directory-results';
import type { Me } from './person';
import { useDirectorySearch } from './use-directory-search';

interface DirectoryPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Annuaire »: anyone of the school found by name, kind or class, each a link to their sheet. */
export const DirectoryPage = ({ api, format, me }: DirectoryPageProps) => {
  const texts = format.messages.directory;
  return (
    <section class="page" aria-labelledby="directory-title">
      <h2 id="directory-title">{texts.title}</h2>
      {searchesDirectory(me.profiles) ? (
        <DirectorySearch api={api} format={format} />
      ) : (
        <p class="notice">{texts.reserved}</p>
      )}
    </section>
  );
};

const DirectorySearch = ({ api, format }: { api: Api; format: Format }) => {
  const [criteria, setCriteria] = useState(() => criteriaFromSearch(location.search));
  const { state, search } = useDirectorySearch(api, criteria);
  const loadClasses = useCallback((signal: AbortSignal) => api.classes(signal), [api]);
  // Without the classes, the page still searches by name and kind: the class list simply stays empty.
  const { state: classes } = useLoad(loadClasses);

  const change = (next: DirectoryCriteria, immediately: boolean) => {
    setCriteria(next);
    search.change(next, { immediately });
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${searchFromCriteria(next)}${location.hash}`,
    );
  };

  return (
    <>
      <DirectoryFilters
        criteria={criteria}
        classes={classes.status === 'loaded' ? classes.value : []}
        format={format}
        onChange={change}
      />
      <DirectoryResults state={state} format={format} retry={search.retry} />
    </>
  );
};
