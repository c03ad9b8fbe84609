import { useMemo } from 'preact/hooks';
import { paths } from '../routes';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { ShowMore } from '../shell/lists/long-list-controls';
import { useLongList } from '../shell/lists/use-long-list';
import { Link } from '../shell/routing/link';
import { sortByName } from './by-name';
import { type FoundPerson, resultLimit } from './directory-query';
import type { SearchState } from './directory-search';

interface DirectoryResultsProps {
  state: SearchState;
  format: Format;
  retry: () => void;
}

/**
 * What the search found, each name a link to the sheet. One status region says how the search goes (too short,
 * searching, how many found), so that a screen reader hears it as the list changes.
 */
export const DirectoryResults = ({ state, format, retry }: DirectoryResultsProps) => {
  const texts = format.messages.directory;
  const people = state.status === 'searching' || state.status === 'found' ? state.people : [];
  const sorted = useMemo(() => sortByName(people, format.localeTag), [people, format.localeTag]);
  const list = useLongList(sorted, noFilter);
  const refusedName =
    state.status === 'failed' && state.error instanceof ApiError && state.error.field === 'name';
  return (
    <>
      <div role="status" class="directory__status">
        {state.status === 'empty' && <p class="muted">{texts.empty}</p>}
        {(state.status === 'too-short' || refusedName) && <p class="notice">{texts.tooShort}</p>}
        {state.status === 'searching' && <p class="page__count">{texts.searching}</p>}
        {state.status === 'found' && <FoundCount count={people.length} format={format} />}
      </div>
      {state.status === 'failed' && !refusedName && (
        <SearchFailure error={state.error} format={format} retry={retry} />
      )}
      {people.length > 0 && (
        <ul class="cards" aria-label={texts.results} aria-busy={state.status === 'searching'}>
          {list.items.map((person) => (
            <li key={person.personId} class="card">
              <Link href={paths.person(person.personId)} class="card__title">
                {format.fullName(person)}
              </Link>
              <span class="card__detail">
                {[person.classLabel, kindLabel(person, format)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ShowMore list={list} format={format} />
    </>
  );
};

/** The search already went by name: the results are only shown a page at a time. */
const noFilter = () => '';

const FoundCount = ({ count, format }: { count: number; format: Format }) => {
  const texts = format.messages.directory;
  if (count === 0) return <p class="notice">{texts.noResult}</p>;
  return (
    <p class="page__count">
      {format.count(texts.personCount, count)}
      {count >= resultLimit && ` · ${format.fill(texts.limited, { count: format.number(resultLimit) })}`}
    </p>
  );
};

/** An outside contact by their kind, anyone else by their profiles. */
const kindLabel = (person: FoundPerson, format: Format) =>
  person.contactKind
    ? format.messages.directory.contactKinds[person.contactKind]
    : person.profiles.map(format.profile).join(', ');

const SearchFailure = ({ error, format, retry }: { error: unknown; format: Format; retry: () => void }) => {
  const texts = format.messages.directory;
  if (error instanceof ApiError && error.status === 403) {
    return (
      <p class="notice notice--error" role="alert">
        {texts.forbidden}
      </p>
    );
  }
  return (
    <div class="notice notice--error" role="alert">
      <p>{format.fill(texts.failed, { reason: failureReason(error, format) })}</p>
      <button type="button" class="button" onClick={retry}>
        {format.messages.retry}
      </button>
    </div>
  );
};
