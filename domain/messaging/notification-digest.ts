import type { Notification, NotificationKind } from './notification';
import { notificationKinds } from './notification';

/** One person's digest: their notifications by kind, in the order of the kinds, each kind newest first. */
export interface Digest {
  personId: string;
  sections: { kind: NotificationKind; notifications: Notification[] }[];
  count: number;
}

/** Groups what waits for the daily digest by person (in the order of their ids), then by kind. */
export const groupDigests = (waiting: readonly Notification[]): Digest[] => {
  const byPerson = new Map<string, Notification[]>();
  for (const notification of waiting) {
    const list = byPerson.get(notification.personId) ?? [];
    list.push(notification);
    byPerson.set(notification.personId, list);
  }
  return [...byPerson.entries()]
    .sort(([one], [other]) => one.localeCompare(other))
    .map(([personId, notifications]) => ({
      personId,
      count: notifications.length,
      sections: notificationKinds
        .map((kind) => ({
          kind,
          notifications: notifications
            .filter((notification) => notification.kind === kind)
            .sort((one, other) => other.occurredAt.localeCompare(one.occurredAt)),
        }))
        .filter((section) => section.notifications.length > 0),
    }));
};
