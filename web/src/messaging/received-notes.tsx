import { useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import type { ReceivedNote } from './liaison-api';
import { LinkedText } from './linked-text';
import { SignButton } from './sign-button';

interface ReceivedNotesProps {
  api: Api;
  format: Format;
  notes: ReceivedNote[];
  /** Whether to say how many are left to sign: on the list, not on one note's page. */
  counted?: boolean;
}

/** A family's notes as cards, those to sign first: each with its « Vu et signé », or the time it was signed. */
export const ReceivedNotes = ({ api, format, notes, counted = true }: ReceivedNotesProps) => {
  const words = format.messages.liaison;
  const [signed, setSigned] = useState<Record<string, string>>({});
  const unsigned = notes.filter((note) => note.signable && !note.signedAt && !signed[note.noteId]).length;
  return (
    <>
      {counted && notes.some((note) => note.signable) && (
        <p class="page__count" role="status">
          {format.message(words.unsignedCount, { count: unsigned })}
        </p>
      )}
      <ul class="cards liaison-cards" aria-label={words.tabs.received}>
        {notes.map((note) => (
          <li key={note.noteId} class="card liaison-card">
            <span class="liaison__kind">{words.kinds[note.kind]}</span>
            <h3 class="card__title">{note.title}</h3>
            <span class="card__detail">
              {format.fill(words.from, {
                name: note.author.name,
                date: format.instant(note.postedAt),
                to: note.toLabel,
              })}
            </span>
            <LinkedText text={note.text} class="liaison__text" />
            {note.signable && (
              <SignButton
                api={api}
                format={format}
                noteId={note.noteId}
                signedAt={signed[note.noteId] ?? note.signedAt}
                onSigned={(at) => setSigned((now) => ({ ...now, [note.noteId]: at }))}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
};
