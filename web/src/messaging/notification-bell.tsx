import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { isPlainClick, navigate } from '../shell/routing/navigation';

/** Where the feed is: the bell opens it. */
export const notificationsPath = paths.notifications;
export const notificationPreferencesPath = paths.notificationPreferences;

/** The bell's count changes when the feed marks things read: the page says so to the header. */
export const unreadChanged = 'preau:unread-notifications';

/**
 * The bell of the header bar: a link to the feed, with the number of unread notifications (one read of a
 * counter), read again at each new page and when the feed marks some read.
 */
export const NotificationBell = ({
  api,
  format,
  pathname,
}: {
  api: Api;
  format: Format;
  pathname: string;
}) => {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const request = new AbortController();
    const load = () => api.unreadNotifications(request.signal).then(setUnread, () => undefined);
    load();
    const changed = (event: Event) => setUnread((event as CustomEvent<number>).detail);
    window.addEventListener(unreadChanged, changed);
    return () => {
      request.abort();
      window.removeEventListener(unreadChanged, changed);
    };
  }, [api, pathname]);
  const label = format.message(format.messages.notifications.bell, { count: unread });
  return (
    <a
      href={notificationsPath}
      class="notification-bell button button--on-brand"
      aria-label={label}
      aria-current={pathname === notificationsPath ? 'page' : undefined}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(notificationsPath);
      }}
    >
      <svg class="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linejoin="round"
        />
      </svg>
      {unread > 0 && (
        <span class="notification-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : format.number(unread)}
        </span>
      )}
    </a>
  );
};

/** Tells the bell the new count, without asking the API again. */
export const announceUnread = (count: number) =>
  window.dispatchEvent(new CustomEvent(unreadChanged, { detail: count }));
