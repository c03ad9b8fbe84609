import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { InboxLine } from './message-types';

interface InboxPageProps {
  api: Api;
  format: Format;
  me: Me;
  query: string;
}

/** `/messagerie`: one's conversations, newest first, unread ones marked; a search in one's own messages. */
export const InboxPage = ({ api, format, query }: InboxPageProps) => {
  const texts = format.messages.messaging.inbox;
  const [typed, setTyped] = useState(query);
  const [searched, setSearched] = useState(query);
  const [older, setOlder] = useState<{ items: InboxLine[]; next?: string }>({ items: [] });
  const load = useCallback(
    (signal: AbortSignal) => {
      setOlder({ items: [] });
      return api.inbox({ q: searched || undefined }, signal);
    },
    [api, searched],
  );
  const { state, retry } = useLoad(load);

  const search = (event: Event) => {
    event.preventDefault();
    setSearched(typed.trim().length >= 2 ? typed.trim() : '');
  };
  const loadOlder = async (after: string) => {
    const page = await api.inbox({ q: searched || undefined, after });
    setOlder((previous) => ({ items: [...previous.items, ...page.items], next: page.next }));
  };

  return (
    <section class="page messaging" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{format.messages.messaging.title}</h2>
      <p>
        <Link href={paths.composeMessage} class="button">
          {texts.compose}
        </Link>
      </p>
      <form class="messaging-search" onSubmit={search}>
        <label for="inbox-search">{texts.search}</label>
        <div class="messaging-search__row">
          <input
            id="inbox-search"
            type="search"
            value={typed}
            maxLength={100}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit" class="button button--secondary">
            {texts.searchButton}
          </button>
        </div>
        {searched && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setTyped('');
              setSearched('');
            }}
          >
            {texts.clearSearch}
          </button>
        )}
      </form>
      <Loaded state={state} format={format} retry={retry}>
        {(page) => {
          const lines = [...page.items, ...older.items];
          const next = older.items.length > 0 || older.next ? older.next : page.next;
          if (lines.length === 0) return <p class="muted">{searched ? texts.noneFound : texts.empty}</p>;
          return (
            <>
              <ul class="item-list inbox">
                {lines.map((line) => (
                  <InboxItem key={line.conversationId} line={line} format={format} />
                ))}
              </ul>
              {next && (
                <button type="button" class="button button--secondary" onClick={() => loadOlder(next)}>
                  {texts.more}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
};

const InboxItem = ({ line, format }: { line: InboxLine; format: Format }) => {
  const texts = format.messages.messaging.inbox;
  return (
    <li class={`framed inbox__line${line.unread ? ' inbox__line--unread' : ''}`}>
      <Link href={paths.conversation(line.conversationId)} class="inbox__link">
        <span class="inbox__subject">
          {line.unread && <span class="badge inbox__badge">{texts.unread}</span>}
          {line.subject}
        </span>
        <span class="inbox__meta">
          {line.box === 'sent' ? texts.sent : format.fill(texts.from, { name: line.sender.name })} ·{' '}
          {format.instant(line.sentAt)}
          {line.attachmentCount > 0 && (
            <> · {format.message(texts.attachments, { count: line.attachmentCount })}</>
          )}
        </span>
        <span class="inbox__excerpt muted">{line.withdrawn ? texts.withdrawn : line.excerpt}</span>
      </Link>
    </li>
  );
};
