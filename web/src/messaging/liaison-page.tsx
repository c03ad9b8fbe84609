import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { readsLiaisonBook, writesLiaisonNotes } from '../people/abilities';
import type { Me } from '../people/person';
import { ChoiceField } from '../planning/fields';
import { paths } from '../routes';
import { NoticePage } from '../shell/frame/notice-page';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { NoteForm } from './note-form';
import { ReceivedNotes } from './received-notes';

type View = 'received' | 'written';

/**
 * `/carnet`: a family's notes to sign (a pupil's to read); for teachers and the school's team, the notes they
 * wrote, how many signed, and the form to write one. Someone who does both (a teacher who is a parent) chooses.
 */
export const LiaisonPage = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.liaison;
  const receives = me.profiles.includes('guardian') || me.profiles.includes('student');
  const writes = writesLiaisonNotes(me.profiles);
  const [view, setView] = useState<View>(receives ? 'received' : 'written');
  if (!readsLiaisonBook(me.profiles)) return <NoticePage title={words.title} notice={words.none.received} />;
  return (
    <section class="page liaison" aria-labelledby="liaison-title">
      <h2 id="liaison-title">{words.title}</h2>
      {receives && writes && (
        <ChoiceField
          legend={words.title}
          value={view}
          options={(['received', 'written'] as const).map((value) => ({ value, label: words.tabs[value] }))}
          onValue={setView}
        />
      )}
      {view === 'received' ? (
        <Received api={api} format={format} pupil={!me.profiles.includes('guardian')} />
      ) : (
        <Written api={api} format={format} me={me} />
      )}
    </section>
  );
};

const Received = ({ api, format, pupil }: { api: Api; format: Format; pupil: boolean }) => {
  const words = format.messages.liaison;
  const { state } = useLoad(useCallback((signal: AbortSignal) => api.receivedNotes(signal), [api]));
  return (
    <>
      <p class="page__intro">{pupil ? words.pupilIntro : words.intro.received}</p>
      <p class="notice">{words.noReply}</p>
      {state.status === 'loading' && <p role="status">{words.loading}</p>}
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {format.fill(words.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && state.value.items.length === 0 && (
        <p class="notice">{words.none.received}</p>
      )}
      {state.status === 'loaded' && state.value.items.length > 0 && (
        <ReceivedNotes api={api} format={format} notes={state.value.items} />
      )}
    </>
  );
};

const Written = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.liaison;
  const { state, retry } = useLoad(useCallback((signal: AbortSignal) => api.writtenNotes(signal), [api]));
  return (
    <>
      <p class="page__intro">{words.intro.written}</p>
      <NoteForm api={api} format={format} me={me} onPosted={retry} />
      <h3>{words.tabs.written}</h3>
      {state.status === 'loading' && <p role="status">{words.loading}</p>}
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {format.fill(words.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && state.value.length === 0 && <p class="notice">{words.none.written}</p>}
      {state.status === 'loaded' && state.value.length > 0 && (
        <ul class="cards liaison-cards" aria-label={words.tabs.written}>
          {state.value.map((note) => (
            <li key={note.id} class="card liaison-card">
              <span class="liaison__kind">{words.kinds[note.kind]}</span>
              <Link href={paths.liaisonNote(note.id)} class="card__title">
                {note.title}
              </Link>
              <span class="card__detail">
                {format.fill(words.from, {
                  name: note.author.name,
                  date: format.instant(note.postedAt),
                  to: note.toLabel,
                })}
              </span>
              <span class="card__detail">
                {format.message(words.signedOf, { signed: note.signedCount, total: note.guardianCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
