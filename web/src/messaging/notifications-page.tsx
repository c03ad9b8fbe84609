import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { isPlainClick, navigate } from '../shell/routing/navigation';
import { announceUnread, notificationPreferencesPath } from './notification-bell';
import type { FeedItem, FeedPage } from './notification-types';
import { notificationText } from './notification-words';

/** `/notifications`: one's feed, newest first, unread ones marked; « Tout marquer comme lu ». */
export const NotificationsPage = ({ api, format }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.notifications;
  const load = useCallback((signal: AbortSignal) => api.notifications(undefined, signal), [api]);
  const { state, retry } = useLoad(load);
  const [older, setOlder] = useState<FeedItem[]>([]);
  const [next, setNext] = useState<string | undefined | null>(null);
  const [read, setRead] = useState<{ all?: boolean; ids: Set<string>; unread?: number }>({ ids: new Set() });
  const [problem, setProblem] = useState<string>();

  const markAll = async () => {
    setProblem(undefined);
    try {
      const { unread } = await api.markAllNotificationsRead();
      setRead({ all: true, ids: new Set(), unread });
      announceUnread(unread);
    } catch (error) {
      setProblem(format.fill(words.markFailed, { reason: failureReason(error, format) }));
    }
  };

  const open = async (item: FeedItem) => {
    if (item.unread && !read.all && !read.ids.has(item.notificationId)) {
      const marked = await api
        .markNotificationRead({ notificationId: item.notificationId, occurredAt: item.occurredAt })
        .catch(() => undefined);
      if (marked) {
        setRead((now) => ({ ...now, unread: marked.unread }));
        announceUnread(marked.unread);
      }
    }
    navigate(item.link);
  };

  const showOlder = async (page: FeedPage) => {
    const cursor = next === null ? page.next : next;
    if (!cursor) return;
    const more = await api.notifications(cursor);
    setOlder((items) => [...items, ...more.items]);
    setNext(more.next);
  };

  return (
    <section class="page notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{words.title}</h2>
      <p class="page__intro">{words.intro}</p>
      <p>
        <Link href={notificationPreferencesPath}>{words.preferencesLink}</Link>
      </p>
      <Loaded state={state} format={format} retry={retry}>
        {(page) => {
          const items = [...page.items, ...older];
          const isUnread = (item: FeedItem) => item.unread && !read.all && !read.ids.has(item.notificationId);
          const unread = read.all ? 0 : (read.unread ?? page.unread);
          const more = next === null ? page.next : next;
          return (
            <>
              <div class="notifications__bar">
                <p class="notifications__count" aria-live="polite">
                  {format.message(words.unreadCount, { count: unread })}
                </p>
                <button type="button" class="button" onClick={markAll} disabled={unread === 0}>
                  {words.markAllRead}
                </button>
              </div>
              {problem && (
                <p class="notice notice--error" role="alert">
                  {problem}
                </p>
              )}
              {items.length === 0 ? (
                <p class="notice">{words.none}</p>
              ) : (
                <ul class="notifications__list">
                  {items.map((item) => (
                    <li
                      key={item.notificationId}
                      class={isUnread(item) ? 'notification notification--unread' : 'notification'}
                    >
                      <a
                        href={item.link}
                        class="notification__link"
                        onClick={(event) => {
                          if (!isPlainClick(event)) return;
                          event.preventDefault();
                          setRead((now) => ({ ...now, ids: new Set([...now.ids, item.notificationId]) }));
                          void open(item);
                        }}
                      >
                        <span class="notification__kind">{words.kinds[item.kind]}</span>
                        <span class="notification__text">{notificationText(item, format)}</span>
                        <time class="notification__time" dateTime={item.occurredAt}>
                          {format.instant(item.occurredAt)}
                        </time>
                        {isUnread(item) && <span class="badge notification__unread">{words.unread}</span>}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {more && (
                <button type="button" class="button" onClick={() => void showOlder(page)}>
                  {words.older}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
};
