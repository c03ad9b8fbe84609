import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { FollowedNote } from './liaison-api';
import { LinkedText } from './linked-text';
import { ReceivedNotes } from './received-notes';

interface LiaisonNotePageProps {
  api: Api;
  format: Format;
  me: Me;
  noteId: string;
}

/** `/carnet/<id>`: its author sees who signed and who has not, and reminds them; a family reads and signs it. */
export const LiaisonNotePage = ({ api, format, noteId }: LiaisonNotePageProps) => {
  const words = format.messages.liaison;
  const { state, retry } = useLoad(
    useCallback((signal: AbortSignal) => api.liaisonNote(noteId, signal), [api, noteId]),
  );
  return (
    <section class="page liaison" aria-labelledby="liaison-note-title">
      <Link href={paths.liaison} class="back-link">
        {words.back}
      </Link>
      {state.status !== 'loaded' && <h2 id="liaison-note-title">{words.note.title}</h2>}
      {state.status === 'loading' && <p role="status">{words.loading}</p>}
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {state.error instanceof ApiError && state.error.status === 404
            ? words.note.notFound
            : format.fill(words.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && state.value.view === 'received' && (
        <>
          <h2 id="liaison-note-title">{state.value.title}</h2>
          <p class="notice">{words.noReply}</p>
          <ReceivedNotes api={api} format={format} notes={[state.value]} counted={false} />
        </>
      )}
      {state.status === 'loaded' && state.value.view === 'author' && (
        <Followed api={api} format={format} note={state.value} onReminded={retry} />
      )}
    </section>
  );
};

interface FollowedProps {
  api: Api;
  format: Format;
  note: FollowedNote;
  onReminded: () => void;
}

const Followed = ({ api, format, note, onReminded }: FollowedProps) => {
  const words = format.messages.liaison;
  const texts = words.note;
  const [news, setNews] = useState<{ good?: string; bad?: string; busy?: boolean }>({});
  const unsignedTotal = note.unsigned.length + note.unnamed.unsigned;
  const remind = async () => {
    if (news.busy) return;
    setNews({ busy: true });
    try {
      const done = await api.remindLiaisonNote(note.id);
      setNews({ good: format.message(texts.reminded, { count: done.reminded }) });
      onReminded();
    } catch (error) {
      setNews({
        bad:
          error instanceof ApiError && error.code === 'liaison_reminded_today'
            ? texts.remindedToday
            : format.fill(texts.remindFailed, { reason: failureReason(error, format) }),
      });
    }
  };
  return (
    <>
      <h2 id="liaison-note-title">{note.title}</h2>
      <p class="card__detail">
        <span class="liaison__kind">{words.kinds[note.kind]}</span>{' '}
        {format.fill(words.from, {
          name: note.author.name,
          date: format.instant(note.postedAt),
          to: note.toLabel,
        })}
      </p>
      <LinkedText text={note.text} class="liaison__text" />
      <p class="page__count liaison__tally">
        {format.message(words.signedOf, { signed: note.signedCount, total: note.guardianCount })}
      </p>
      {note.pending > 0 && <p class="notice">{format.message(texts.pending, { count: note.pending })}</p>}
      {unsignedTotal > 0 &&
        (note.remindedToday ? (
          <p class="notice">{texts.remindedToday}</p>
        ) : (
          <button type="button" class="button" aria-disabled={news.busy} onClick={remind}>
            {news.busy ? texts.reminding : texts.remind}
          </button>
        ))}
      <div role="status">{news.good && <p class="notice notice--ok">{news.good}</p>}</div>
      <div role="alert">{news.bad && <p class="notice notice--error">{news.bad}</p>}</div>
      <h3 id="liaison-unsigned">{texts.unsigned}</h3>
      {unsignedTotal === 0 ? (
        <p class="notice">{texts.nobodyUnsigned}</p>
      ) : (
        <ul class="item-list liaison-people" aria-labelledby="liaison-unsigned">
          {note.unsigned.map((line) => (
            <li key={line.guardianId}>{line.name}</li>
          ))}
          {note.unnamed.unsigned > 0 && (
            <li>{format.message(texts.unnamed, { count: note.unnamed.unsigned })}</li>
          )}
        </ul>
      )}
      {note.signedCount > 0 && <h3 id="liaison-signed">{texts.signed}</h3>}
      {note.signedCount > 0 && (
        <ul class="item-list liaison-people" aria-labelledby="liaison-signed">
          {note.signed.map((line) => (
            <li key={line.guardianId}>
              {line.name} — {format.fill(words.signedAt, { date: format.instant(line.signedAt ?? '') })}
            </li>
          ))}
          {note.unnamed.signed > 0 && (
            <li>{format.message(texts.unnamed, { count: note.unnamed.signed })}</li>
          )}
        </ul>
      )}
    </>
  );
};
