import { useEffect, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import type { Candidate } from './group-types';

interface MemberPickerProps {
  api: Api;
  format: Format;
  chosen: Candidate[];
  onChosen: (chosen: Candidate[]) => void;
}

/**
 * People to add to a group, found by name among those one may add (the API filters: adults, and one's own pupils),
 * and the list of those chosen, each removable.
 */
export const MemberPicker = ({ api, format, chosen, onChosen }: MemberPickerProps) => {
  const texts = format.messages.workGroups.form;
  const id = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [found, setFound] = useState<Candidate[] | undefined>();

  useEffect(() => {
    if (name.trim().length < 2) {
      setFound(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .groupCandidates(name.trim(), controller.signal)
        .then(setFound)
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, name]);

  const label = (person: Candidate) =>
    `${person.firstName} ${person.lastName}${person.pupil ? ` (${texts.pupil})` : ''}`;
  const offered = (found ?? []).filter((person) => !chosen.some((one) => one.personId === person.personId));

  return (
    <div class="stack member-picker">
      <div class="field">
        <label for={id}>{texts.search}</label>
        <input
          id={id}
          type="search"
          value={name}
          autocomplete="off"
          aria-describedby={hintId}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <p id={hintId} class="field__hint">
          {texts.searchHint}
        </p>
      </div>
      {found && offered.length === 0 && <p class="muted">{texts.noMatch}</p>}
      {offered.length > 0 && (
        <ul class="item-list member-picker__found">
          {offered.map((person) => (
            <li key={person.personId}>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => onChosen([...chosen, person])}
              >
                {format.fill(texts.add, { name: label(person) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{texts.chosen}</h4>
      {chosen.length === 0 ? (
        <p class="muted">{texts.noneChosen}</p>
      ) : (
        <ul class="item-list member-picker__chosen" aria-label={texts.chosen}>
          {chosen.map((person) => (
            <li key={person.personId} class="member-picker__person">
              <span>{label(person)}</span>
              <button
                type="button"
                class="button button--quiet"
                aria-label={format.fill(texts.remove, { name: label(person) })}
                onClick={() => onChosen(chosen.filter((one) => one.personId !== person.personId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
