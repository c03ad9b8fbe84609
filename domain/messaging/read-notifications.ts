import { NotFoundError } from '#domain/shared/errors';
import type { Clock } from '#domain/shared/ports';
import { defaultPreferences, type Notification, type NotificationPreferences } from './notification';
import type { NotificationStore } from './notification-ports';

/** A page of the feed holds this many notifications. */
export const feedPageSize = 30;

/** What the portal shows of a notification: unread when neither marked read nor before a « tout marquer comme lu ». */
export const feedItemOf = (notification: Notification, readUpTo: string | undefined) => ({
  notificationId: notification.notificationId,
  kind: notification.kind,
  subject: notification.subject,
  params: notification.params,
  link: notification.link,
  occurredAt: notification.occurredAt,
  unread: notification.readAt === undefined && (readUpTo === undefined || notification.receivedAt > readUpTo),
});

/** One's own feed, newest first, with the unread count (one read for the count, one query for the page). */
export const readFeed = async (personId: string, before: string | undefined, store: NotificationStore) => {
  const [unread, page] = await Promise.all([
    store.unread(personId),
    store.feed(personId, { limit: feedPageSize, before }),
  ]);
  return {
    unread: unread.count,
    items: page.items.map((notification) => feedItemOf(notification, unread.readUpTo)),
    ...(page.next && { next: page.next }),
  };
};

export const markAllRead = async (personId: string, ports: { store: NotificationStore; clock: Clock }) => {
  await ports.store.markAllRead(personId, ports.clock.now().toISOString());
  return { unread: 0 };
};

export const markRead = async (
  personId: string,
  which: { notificationId: string; occurredAt: string },
  ports: { store: NotificationStore; clock: Clock },
) => {
  const result = await ports.store.markRead(personId, which, ports.clock.now().toISOString());
  if (result === 'unknown') throw new NotFoundError('notification', which.notificationId);
  return { unread: (await ports.store.unread(personId)).count };
};

export const preferencesOf = async (
  personId: string,
  store: NotificationStore,
): Promise<NotificationPreferences> =>
  (await store.preferencesOf([personId])).get(personId) ?? defaultPreferences;
