import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { FoundPerson } from '../people/directory-query';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';

/**
 * The head of school names the readers of the books (inspectors): adults of the school found by name, who read
 * every class's and teacher's book and write in none; and takes the right back.
 */
export const BookReaders = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.homework;
  const searchId = useId();
  const load = useCallback((signal: AbortSignal) => api.homeworkReaders(signal), [api]);
  const { state, retry } = useLoad(load);
  const [name, setName] = useState('');
  const [found, setFound] = useState<FoundPerson[]>();
  const [error, setError] = useState<string>();

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      retry();
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  const search = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      const people = await api.searchPeople({ name: name.trim(), limit: 10 });
      setFound(people.filter((person) => !person.profiles.includes('student')));
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };

  return (
    <section class="sheet__section" aria-labelledby="book-readers">
      <h3 id="book-readers">{texts.readers}</h3>
      <p class="muted">{texts.readersIntro}</p>
      <LoadedList state={state} none={texts.noReaders} format={format} retry={retry}>
        {(readers) => (
          <ul class="homework-links">
            {readers.map((reader) => (
              <li key={reader.personId}>
                <span>{reader.name}</span>{' '}
                <button
                  type="button"
                  class="button button--secondary button--small"
                  onClick={() => void act(() => api.revokeHomeworkReader(reader.personId))}
                >
                  {format.fill(texts.removeReader, { name: reader.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
      <form class="form" noValidate onSubmit={search}>
        <div class="field">
          <label for={searchId}>{texts.findReader}</label>
          <input id={searchId} value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </div>
        <button type="submit" class="button button--secondary">
          {texts.find}
        </button>
      </form>
      {found &&
        (found.length === 0 ? (
          <p class="muted">{texts.noneFound}</p>
        ) : (
          <ul class="homework-links">
            {found.map((person) => {
              const fullName = format.fullName(person);
              return (
                <li key={person.personId}>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => void act(() => api.grantHomeworkReader(person.personId))}
                  >
                    {format.fill(texts.grantReader, { name: fullName })}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      <FormAlert id={`${searchId}-error`} message={error} />
    </section>
  );
};
