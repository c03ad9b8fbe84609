import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { FoundPerson } from '../people/directory-query';
import type { Me } from '../people/person';
import type { ProjectListItem } from '../planning/planning-types';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { navigate } from '../shell/routing/navigation';
import {
  itemsInOrder,
  itemsPerGroup,
  movedIndex,
  type SearchItem,
  searchable,
  searchGroups,
  searchScopeOf,
} from './search-results';

interface HeaderSearchProps {
  api: Api;
  format: Format;
  me: Me;
}

/** How long typing must pause before the directory is asked: one request per word typed, not one per letter. */
const peopleDelay = 250;

type Lists =
  | { status: 'idle' | 'loading' }
  | { status: 'loaded'; places: Awaited<ReturnType<Api['allPlaces']>>; projects: ProjectListItem[] }
  | { status: 'failed'; error: unknown };

type People = { status: 'idle' | 'searching' } | { status: 'found'; text: string; people: FoundPerson[] };

/**
 * The search of the header: people (for those who search the directory), places and projects one may open, in
 * one box. A combobox: the arrow keys walk the results, grouped by kind; Enter opens one, Escape closes them. The
 * places and projects are read once, when the box is first used; people are asked of the directory's name index
 * as one types. On a phone the box opens over the page from an icon button.
 */
export const HeaderSearch = ({ api, format, me }: HeaderSearchProps) => {
  const words = format.messages.search;
  const scope = useMemo(() => searchScopeOf(me.profiles), [me.profiles]);
  const [text, setText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [overlay, setOverlay] = useState(false);
  const [active, setActive] = useState(-1);
  const [lists, setLists] = useState<Lists>({ status: 'idle' });
  const [people, setPeople] = useState<People>({ status: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const ids = { panel: useId(), input: useId(), list: useId(), option: useId() };

  const loadLists = () => {
    if (lists.status !== 'idle') return;
    setLists({ status: 'loading' });
    const projects =
      scope.projects === 'all' ? api.projects() : scope.projects === 'mine' ? api.ownProjects() : [];
    Promise.all([api.allPlaces({}), projects]).then(
      ([places, projectList]) => setLists({ status: 'loaded', places, projects: projectList }),
      (error: unknown) => setLists({ status: 'failed', error }),
    );
  };

  useEffect(() => {
    if (!scope.people || !searchable(text)) {
      setPeople({ status: 'idle' });
      return;
    }
    setPeople((before) => (before.status === 'found' ? before : { status: 'searching' }));
    const request = new AbortController();
    const timer = setTimeout(() => {
      api.searchPeople({ name: text.trim(), limit: itemsPerGroup }, request.signal).then(
        (found) => setPeople({ status: 'found', text, people: found }),
        () => !request.signal.aborted && setPeople({ status: 'found', text, people: [] }),
      );
    }, peopleDelay);
    return () => {
      clearTimeout(timer);
      request.abort();
    };
  }, [api, scope.people, text]);

  useEffect(() => {
    if (overlay) input.current?.focus();
  }, [overlay]);

  const typed = searchable(text);
  const groups = typed
    ? searchGroups(
        text,
        {
          people: people.status === 'found' ? people.people : [],
          places: lists.status === 'loaded' ? lists.places : [],
          projects: lists.status === 'loaded' ? lists.projects : [],
        },
        scope,
        {
          locale: format.localeTag,
          fullName: format.fullName,
          placeKind: format.kind,
          projectKind: format.projectKind,
        },
      )
    : [];
  const items = itemsInOrder(groups);
  const waiting = lists.status === 'loading' || (scope.people && people.status === 'searching');
  const showsList = expanded && text.trim().length > 0;
  const status = !text.trim()
    ? ''
    : !typed
      ? words.tooShort
      : lists.status === 'failed'
        ? format.fill(words.failed, { reason: failureReason(lists.error, format) })
        : items.length > 0
          ? format.count(words.count, items.length)
          : waiting
            ? words.searching
            : format.fill(words.none, { text: text.trim() });

  const close = () => {
    setExpanded(false);
    setActive(-1);
  };
  const closeOverlay = () => {
    close();
    setOverlay(false);
    toggle.current?.focus();
  };
  const open = (item: SearchItem) => {
    setText('');
    close();
    setOverlay(false);
    navigate(item.href);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setExpanded(true);
      setActive(movedIndex(active, items.length, event.key));
    } else if (event.key === 'Enter') {
      const chosen = items[active] ?? (items.length === 1 ? items[0] : undefined);
      if (chosen) {
        event.preventDefault();
        open(chosen);
      }
    } else if (event.key === 'Escape') {
      if (showsList) close();
      else if (overlay) closeOverlay();
      else setText('');
    }
  };

  let position = -1;
  return (
    <div class={`header-search${overlay ? ' header-search--open' : ''}`}>
      <button
        ref={toggle}
        type="button"
        class="header-search__toggle button button--on-brand"
        aria-expanded={overlay}
        aria-controls={ids.panel}
        onClick={() => (overlay ? closeOverlay() : setOverlay(true))}
      >
        <svg class="header-search__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {overlay ? (
            <path d="m5 5 14 14M19 5 5 19" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
          ) : (
            <>
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
              <path d="m15 15 6 6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
            </>
          )}
        </svg>
        <span class="visually-hidden">{overlay ? words.close : words.open}</span>
      </button>
      <div id={ids.panel} class="header-search__panel">
        <label for={ids.input} class="visually-hidden">
          {words.open}
        </label>
        <input
          ref={input}
          id={ids.input}
          class="header-search__input"
          type="search"
          // biome-ignore lint/a11y/noRedundantRoles: without a list attribute, a search input would be a searchbox
          role="combobox"
          list={undefined}
          autocomplete="off"
          spellcheck={false}
          placeholder={scope.people ? words.placeholder : words.placeholderNoPeople}
          aria-autocomplete="list"
          aria-expanded={showsList}
          aria-controls={ids.list}
          aria-activedescendant={showsList && items[active] ? `${ids.option}-${active}` : undefined}
          value={text}
          onFocus={() => {
            loadLists();
            setExpanded(true);
          }}
          onBlur={close}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setExpanded(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <div
          id={ids.list}
          role="listbox"
          aria-label={words.results}
          class="header-search__results"
          hidden={!showsList || items.length === 0}
        >
          {groups.map((group) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox holds groups of options, not fieldsets
            <div key={group.kind} role="group" aria-label={words.groups[group.kind]}>
              <div class="header-search__group" aria-hidden="true">
                {words.groups[group.kind]}
              </div>
              {group.items.map((item) => {
                position += 1;
                const index = position;
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox, which names the active option
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's keys choose an option; a click opens it too
                  <div
                    key={`${item.kind}-${item.id}`}
                    id={`${ids.option}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    class="header-search__option"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => open(item)}
                  >
                    <span class="header-search__label">{item.label}</span>
                    {item.detail && <span class="header-search__detail">{item.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <p class={`header-search__status${items.length > 0 ? ' visually-hidden' : ''}`} aria-live="polite">
          {showsList ? status : ''}
        </p>
      </div>
    </div>
  );
};
