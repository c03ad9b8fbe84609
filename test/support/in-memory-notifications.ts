import {
  defaultPreferences,
  type Notification,
  type NotificationPreferences,
  type PushSubscription,
} from '#domain/messaging/notification';
import type { Mail, NotificationPorts, OutgoingNotification } from '#domain/messaging/notification-ports';

/** Notification ports in memory, as DynamoDB holds them: the feed item's key is written once per event and person. */
export const inMemoryNotifications = (options: {
  now: () => Date;
  contacts?: Record<string, { name: string; email?: string }>;
  timeZone?: string;
}) => {
  const feed = new Map<string, Notification>();
  const unread = new Map<string, { count: number; readUpTo?: string }>();
  const choices = new Map<string, NotificationPreferences>();
  const outgoing = new Map<string, OutgoingNotification>();
  const digest = new Map<string, Notification>();
  const devices = new Map<string, PushSubscription[]>();
  const bounced = new Set<string>();
  const mails: Mail[] = [];
  const pushes: { endpoint: string; payload: string }[] = [];
  const itemKey = (n: Pick<Notification, 'personId' | 'occurredAt' | 'notificationId'>) =>
    `${n.personId}#${n.occurredAt}#${n.notificationId}`;
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  const ports: NotificationPorts = {
    store: {
      async add(notification, queued) {
        await tick();
        const key = itemKey(notification);
        if (feed.has(key)) return false;
        feed.set(key, notification);
        const counter = unread.get(notification.personId) ?? { count: 0 };
        unread.set(notification.personId, { ...counter, count: counter.count + 1 });
        if (queued.outgoing)
          outgoing.set(`${queued.outgoing}#${key}`, { notification, releaseAt: queued.outgoing });
        if (queued.digest) digest.set(key, notification);
        return true;
      },
      async feed(personId, { limit }) {
        const items = [...feed.values()]
          .filter((notification) => notification.personId === personId)
          .sort((one, other) => other.occurredAt.localeCompare(one.occurredAt));
        return { items: items.slice(0, limit) };
      },
      async unread(personId) {
        return unread.get(personId) ?? { count: 0 };
      },
      async markAllRead(personId, at) {
        unread.set(personId, { count: 0, readUpTo: at });
      },
      async markRead(personId, which, at) {
        const notification = feed.get(itemKey({ personId, ...which }));
        if (!notification) return 'unknown';
        if (notification.readAt) return 'already-read';
        feed.set(itemKey(notification), { ...notification, readAt: at });
        const counter = unread.get(personId) ?? { count: 0 };
        if (counter.readUpTo === undefined || notification.receivedAt > counter.readUpTo)
          unread.set(personId, { ...counter, count: Math.max(0, counter.count - 1) });
        return 'marked';
      },
      async preferencesOf(personIds) {
        return new Map(
          personIds.flatMap((id) => {
            const chosen = choices.get(id);
            return chosen ? [[id, chosen] as const] : [];
          }),
        );
      },
      async savePreferences(personId, preferences) {
        choices.set(personId, preferences);
      },
    },
    outgoing: {
      async due(now) {
        return [...outgoing.values()].filter((entry) => entry.releaseAt <= now);
      },
      async sent(entry) {
        outgoing.delete(`${entry.releaseAt}#${itemKey(entry.notification)}`);
      },
      async digestWaiting() {
        return [...digest.values()];
      },
      async digestSent(notifications) {
        for (const notification of notifications) digest.delete(itemKey(notification));
      },
    },
    push: {
      async of(personIds) {
        return new Map(
          personIds.flatMap((id) => {
            const subscriptions = devices.get(id);
            return subscriptions ? [[id, subscriptions] as const] : [];
          }),
        );
      },
      async add(personId, subscription) {
        devices.set(personId, [...(devices.get(personId) ?? []), subscription]);
      },
      async remove(personId, endpoint) {
        devices.set(
          personId,
          (devices.get(personId) ?? []).filter((subscription) => subscription.endpoint !== endpoint),
        );
      },
    },
    recipients: {
      async contactsOf(personIds) {
        const contacts = options.contacts ?? {};
        return new Map(personIds.flatMap((id) => (contacts[id] ? [[id, contacts[id]]] : [])));
      },
    },
    bounced: {
      async bouncedAmong(emails) {
        return new Set(emails.map((email) => email.toLowerCase()).filter((email) => bounced.has(email)));
      },
      async mark(email) {
        bounced.add(email.toLowerCase());
      },
    },
    mailer: {
      async send(mail) {
        mails.push(mail);
      },
    },
    pushSender: {
      async send(subscription, payload) {
        if (subscription.endpoint.includes('gone')) return 'gone';
        pushes.push({ endpoint: subscription.endpoint, payload });
        return 'sent';
      },
    },
    clock: { now: options.now },
    school: {
      name: 'Collège de test',
      timeZone: options.timeZone ?? 'Europe/Paris',
      portalUrl: 'https://preau.test',
    },
  };
  return {
    ports,
    feed,
    unread,
    choices,
    outgoing,
    digest,
    mails,
    pushes,
    bounced,
    devices,
    defaultPreferences,
  };
};
