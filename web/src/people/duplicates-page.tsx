import { useCallback, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { mergesDuplicates } from './abilities';
import { type DuplicateGroup, groupName } from './duplicate-group';
import { DuplicateGroupCard } from './duplicate-group-card';
import type { Me } from './person';

interface DuplicatesPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Doublons »: guardian records that are probably one person, to merge into the record kept. */
export const DuplicatesPage = ({ api, format, me }: DuplicatesPageProps) => {
  const texts = format.messages.duplicates;
  return (
    <section class="page" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{texts.title}</h2>
      {mergesDuplicates(me.profiles) ? (
        <DuplicateGroups api={api} format={format} />
      ) : (
        <p class="notice">{texts.reserved}</p>
      )}
    </section>
  );
};

const DuplicateGroups = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.duplicates;
  const load = useCallback((signal: AbortSignal) => api.duplicateGuardians(signal), [api]);
  const { state, retry } = useLoad(load);
  const [merged, setMerged] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);

  const onMerged = (group: DuplicateGroup) => {
    setMerged((known) => new Set([...known, group.groupKey]));
    setStatus(format.message(texts.merged, { name: groupName(group) }));
    // The group and its button leave the page: the focus goes where the outcome is said.
    statusLine.current?.focus();
  };

  const groups = state.status === 'loaded' ? state.value.filter(({ groupKey }) => !merged.has(groupKey)) : [];
  return (
    <div class="stack">
      <p class="page__intro">{texts.intro}</p>
      <p
        ref={statusLine}
        tabIndex={-1}
        class={status ? 'notice notice--ok' : 'visually-hidden'}
        role="status"
      >
        {status}
      </p>
      {state.status === 'loading' && <Loading format={format} />}
      {state.status === 'failed' &&
        (state.error instanceof ApiError && state.error.status === 403 ? (
          <p class="notice">{texts.reserved}</p>
        ) : (
          <LoadFailure error={state.error} format={format} retry={retry} />
        ))}
      {state.status === 'loaded' &&
        (groups.length === 0 ? (
          <p class="notice">{texts.none}</p>
        ) : (
          <>
            <p class="page__count">{format.count(texts.groupCount, groups.length)}</p>
            <ul class="duplicates" aria-label={texts.groups}>
              {groups.map((group) => (
                <li key={group.groupKey}>
                  <DuplicateGroupCard api={api} group={group} format={format} onMerged={onMerged} />
                </li>
              ))}
            </ul>
          </>
        ))}
    </div>
  );
};
